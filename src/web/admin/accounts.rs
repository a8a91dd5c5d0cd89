//! Administrators, for owners of every tenant: roles and the tenant an account is limited to,
//! disabling, enabling and deleting, and invitations (a one-time link that expires, shown once).
//! An owner does not change their own account here, so an installation always keeps one owner.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use secrecy::ExposeSecret;
use serde::Deserialize;

use super::{admin_i18n, chrome, html, origin};
use crate::audit::{Action, Change};
use crate::db::admins::{self, AdminError, AdminRow, Role};
use crate::db::invites::{self, InviteError};
use crate::db::tenants;
use crate::i18n::{I18n, arg};
use crate::pages::admin_accounts::{AccountRow, AccountsModel, InviteRow, InviteValues, role_label};
use crate::web::admin_auth::{CsrfForm, InstallationOwner, NoFields};
use crate::web::error::{AppError, AppResult};
use crate::web::paths::AdminLinks;
use crate::web::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/accounts", get(page))
        .route("/admin/accounts/invite", post(invite))
        .route("/admin/accounts/invites/withdraw", post(withdraw))
        .route("/admin/accounts/{id}", post(change))
        .route("/admin/accounts/{id}/disable", post(disable))
        .route("/admin/accounts/{id}/enable", post(enable))
        .route("/admin/accounts/{id}/delete", post(delete))
}

/// What the page says after an action.
#[derive(Default)]
struct Outcome {
    notice: Option<String>,
    error: Option<String>,
    new_invite: Option<(String, String, String)>,
    invite_values: InviteValues,
}

async fn respond(
    state: &AppState,
    owner: &InstallationOwner,
    headers: &HeaderMap,
    outcome: Outcome,
    status: StatusCode,
) -> AppResult<Response> {
    let i18n = admin_i18n(headers);
    let now = state.clock.now_ms();
    let accounts = admins::list(&state.db)
        .await?
        .into_iter()
        .map(|row| AccountRow {
            id: row.admin.id,
            is_self: row.admin.id == owner.0.0.admin_id,
            role: Role::parse(&row.admin.role).unwrap_or(Role::Viewer),
            tenant_id: row.admin.tenant_id,
            disabled: row.admin.is_disabled(),
            email: row.admin.email,
        })
        .collect();
    let tenants = tenants::list(&state.db).await?.into_iter().map(|t| (t.id, t.name)).collect();
    let invites = invites::pending(&state.db, now)
        .await?
        .into_iter()
        .map(|i| InviteRow {
            id: i.id,
            role: i.role(),
            tenant_id: i.tenant_id,
            expires: crate::clock::utc_minute(i.expires_at),
            email: i.email,
        })
        .collect();
    let model = AccountsModel {
        chrome: chrome(i18n, Some(&owner.0), None),
        csrf: owner.csrf(),
        base: AdminLinks::accounts(),
        accounts,
        tenants,
        invites,
        new_invite: outcome.new_invite,
        invite_values: outcome.invite_values,
        notice: outcome.notice,
        error: outcome.error,
    };
    Ok(html(status, crate::pages::admin_accounts::render(model)))
}

async fn page(State(state): State<AppState>, owner: InstallationOwner, headers: HeaderMap) -> AppResult<Response> {
    respond(&state, &owner, &headers, Outcome::default(), StatusCode::OK).await
}

/// The role and tenant a form names: `tenant` empty for every tenant, else an existing one's id.
async fn access_of(state: &AppState, role: &str, tenant: &str) -> AppResult<(Role, Option<i64>)> {
    let role = Role::parse(role).ok_or_else(|| AppError::BadRequest("unknown role".into()))?;
    let tenant_id = match tenant.trim() {
        "" => None,
        id => {
            let id: i64 = id.parse().map_err(|_| AppError::BadRequest("unknown organisation".into()))?;
            tenants::find_by_id(&state.db, id)
                .await?
                .ok_or_else(|| AppError::BadRequest("unknown organisation".into()))?;
            Some(id)
        }
    };
    Ok((role, tenant_id))
}

async fn scope_name(state: &AppState, i18n: &I18n, tenant_id: Option<i64>) -> AppResult<String> {
    Ok(match tenant_id {
        None => i18n.t("admin-scope-all"),
        Some(id) => tenants::find_by_id(&state.db, id).await?.map(|t| t.slug.to_string()).unwrap_or_default(),
    })
}

#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    tenant: String,
}

async fn invite(
    State(state): State<AppState>,
    owner: InstallationOwner,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    let (role, tenant_id) = access_of(&state, &form.role, &form.tenant).await?;
    let now = state.clock.now_ms();
    let values = InviteValues { email: form.email.clone(), role: Some(role), tenant_id };
    match invites::create(&state.db, &form.email, (role, tenant_id), owner.0.0.admin_id, now).await {
        Ok((invite, token)) => {
            let scope = scope_name(&state, &i18n, tenant_id).await?;
            let change =
                vec![Change::new("role", None, Some(role.as_str().into())), Change::new("scope", None, Some(scope))];
            state.audit(owner.audit(Action::AdminInvited).subject(invite.email.clone()).changes(change)).await?;
            let link = format!("{}{}", origin(&state, &headers), AdminLinks::invite(token.expose_secret()));
            let expires = crate::clock::utc_minute(invite.expires_at);
            let outcome = Outcome { new_invite: Some((invite.email, link, expires)), ..Outcome::default() };
            respond(&state, &owner, &headers, outcome, StatusCode::OK).await
        }
        Err(e) => {
            let (message, status) = match e {
                InviteError::Admin(AdminError::BadEmail) => ("admin-error-email", StatusCode::UNPROCESSABLE_ENTITY),
                InviteError::Admin(AdminError::Taken) => ("admin-error-admin-taken", StatusCode::CONFLICT),
                InviteError::Pending => ("admin-error-invite-pending", StatusCode::CONFLICT),
                InviteError::Admin(AdminError::Other(e)) => return Err(AppError::Internal(e)),
                other => return Err(AppError::Internal(anyhow::Error::new(other))),
            };
            let outcome = Outcome { error: Some(i18n.t(message)), invite_values: values, ..Outcome::default() };
            respond(&state, &owner, &headers, outcome, status).await
        }
    }
}

#[derive(Deserialize)]
pub struct WithdrawForm {
    id: i64,
}

async fn withdraw(
    State(state): State<AppState>,
    owner: InstallationOwner,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> AppResult<Response> {
    let invite = invites::withdraw(&state.db, form.id, state.clock.now_ms()).await?.ok_or(AppError::NotFound)?;
    state.audit(owner.audit(Action::AdminInviteWithdrawn).subject(invite.email.clone())).await?;
    let notice = admin_i18n(&headers).t_args("admin-invite-withdrawn", &[("email", arg(invite.email))]);
    respond(&state, &owner, &headers, Outcome { notice: Some(notice), ..Outcome::default() }, StatusCode::OK).await
}

/// Another administrator's account, by id: never the owner's own (403), which this page leaves
/// alone so that an installation always keeps an owner.
async fn other_account(state: &AppState, owner: &InstallationOwner, id: i64) -> AppResult<AdminRow> {
    if id == owner.0.0.admin_id {
        return Err(AppError::Forbidden);
    }
    admins::find_by_id(&state.db, id).await?.ok_or(AppError::NotFound)
}

#[derive(Deserialize)]
pub struct AccessForm {
    #[serde(default)]
    role: String,
    #[serde(default)]
    tenant: String,
}

async fn change(
    State(state): State<AppState>,
    owner: InstallationOwner,
    headers: HeaderMap,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<AccessForm>,
) -> AppResult<Response> {
    let account = other_account(&state, &owner, id).await?;
    let (role, tenant_id) = access_of(&state, &form.role, &form.tenant).await?;
    let i18n = admin_i18n(&headers);
    admins::set_access(&state.db, id, role, tenant_id).await.map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
    let mut changes = Vec::new();
    if account.role != role.as_str() {
        changes.push(Change::new("role", Some(account.role.clone()), Some(role.as_str().to_owned())));
    }
    if account.tenant_id != tenant_id {
        let old = scope_name(&state, &i18n, account.tenant_id).await?;
        changes.push(Change::new("scope", Some(old), Some(scope_name(&state, &i18n, tenant_id).await?)));
    }
    if !changes.is_empty() {
        state.audit(owner.audit(Action::AdminChanged).subject(account.email.clone()).changes(changes)).await?;
    }
    let scope = scope_name(&state, &i18n, tenant_id).await?;
    let notice = i18n.t_args(
        "admin-account-saved",
        &[("email", arg(account.email)), ("role", arg(role_label(&i18n, role))), ("scope", arg(scope))],
    );
    respond(&state, &owner, &headers, Outcome { notice: Some(notice), ..Outcome::default() }, StatusCode::OK).await
}

async fn disable(
    State(state): State<AppState>,
    owner: InstallationOwner,
    headers: HeaderMap,
    Path(id): Path<i64>,
    _: CsrfForm<NoFields>,
) -> AppResult<Response> {
    let account = other_account(&state, &owner, id).await?;
    if !account.is_disabled() {
        admins::disable(&state.db, &account.email, state.clock.now_ms())
            .await
            .map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
        state.audit(owner.audit(Action::AdminDisabled).subject(account.email.clone())).await?;
    }
    let notice = admin_i18n(&headers).t_args("admin-account-disabled-notice", &[("email", arg(account.email))]);
    respond(&state, &owner, &headers, Outcome { notice: Some(notice), ..Outcome::default() }, StatusCode::OK).await
}

async fn enable(
    State(state): State<AppState>,
    owner: InstallationOwner,
    headers: HeaderMap,
    Path(id): Path<i64>,
    _: CsrfForm<NoFields>,
) -> AppResult<Response> {
    let account = other_account(&state, &owner, id).await?;
    if account.is_disabled() {
        admins::enable(&state.db, &account.email).await.map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
        state.audit(owner.audit(Action::AdminEnabled).subject(account.email.clone())).await?;
    }
    let notice = admin_i18n(&headers).t_args("admin-account-enabled-notice", &[("email", arg(account.email))]);
    respond(&state, &owner, &headers, Outcome { notice: Some(notice), ..Outcome::default() }, StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct DeleteForm {
    confirm: Option<String>,
}

async fn delete(
    State(state): State<AppState>,
    owner: InstallationOwner,
    headers: HeaderMap,
    Path(id): Path<i64>,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> AppResult<Response> {
    let account = other_account(&state, &owner, id).await?;
    let i18n = admin_i18n(&headers);
    if form.confirm.as_deref() != Some("yes") {
        let error = i18n.t_args("admin-account-delete-needs-confirm", &[("email", arg(account.email))]);
        let outcome = Outcome { error: Some(error), ..Outcome::default() };
        return respond(&state, &owner, &headers, outcome, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    admins::delete(&state.db, &account.email).await.map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
    state.audit(owner.audit(Action::AdminDeleted).subject(account.email.clone())).await?;
    let notice = i18n.t_args("admin-account-deleted-notice", &[("email", arg(account.email))]);
    respond(&state, &owner, &headers, Outcome { notice: Some(notice), ..Outcome::default() }, StatusCode::OK).await
}
