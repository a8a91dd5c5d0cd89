//! The signed-in administrator's own account: changing their password (which ends every
//! session, this one too) and the browsers they are signed in on, each of which they can end.

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum_extra::extract::CookieJar;
use secrecy::SecretString;
use serde::Deserialize;

use super::{admin_i18n, chrome, html};
use crate::audit::Action;
use crate::db::admin_passkeys;
use crate::db::admins::{self, AdminError};
use crate::db::sessions;
use crate::pages::admin_account::{AccountModel, PasskeyItem, Requirement, SessionRow};
use crate::web::admin_auth::{AdminUser, CsrfForm, NoFields};
use crate::web::cookies;
use crate::web::error::{AppError, AppResult};
use crate::web::paths::AdminLinks;
use crate::web::state::AppState;
use crate::web::transport::Https;
use crate::web::webauthn;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/account", get(page))
        .route("/admin/account/password", post(change_password))
        .route("/admin/account/sessions/end", post(end_session))
        .route("/admin/account/sessions/end-others", post(end_other_sessions))
}

async fn respond(
    state: &AppState,
    user: &AdminUser,
    headers: &HeaderMap,
    jar: &CookieJar,
    (notice, password_error): (Option<String>, Option<String>),
    status: StatusCode,
) -> AppResult<Response> {
    let i18n = admin_i18n(headers);
    let current = jar.get(cookies::SESSION).map(|c| sessions::id_hash_of(c.value())).unwrap_or_default();
    let unknown = i18n.t("admin-session-unknown-browser");
    let list = sessions::list_open(&state.db, user.0.admin_id, state.clock.now_ms())
        .await?
        .into_iter()
        .map(|s| SessionRow {
            current: s.id_hash == current,
            browser: if s.label.is_empty() { unknown.clone() } else { s.label },
            started: crate::clock::utc_minute(s.created_at),
            expires: crate::clock::utc_minute(s.expires_at),
            id_hash: s.id_hash,
        })
        .collect();
    let base = AdminLinks::account();
    let day =
        |ms: i64| time::OffsetDateTime::from_unix_timestamp(ms / 1000).map(crate::clock::day_of).unwrap_or_default();
    let passkeys = admin_passkeys::list_for_admin(&state.db, user.0.admin_id)
        .await?
        .into_iter()
        .map(|r| PasskeyItem {
            id: r.id,
            name: r.name,
            created: day(r.created_at),
            last_used: r.last_used_at.map(day).unwrap_or_else(|| i18n.t("admin-passkeys-never-used")),
        })
        .collect();
    let model = AccountModel {
        csrf: user.csrf(),
        email: user.0.email.clone(),
        notice,
        passkeys,
        rename_action: webauthn::RENAME.to_owned(),
        remove_action: webauthn::REMOVE.to_owned(),
        ceremony: webauthn::register_ceremony(&state.settings, &i18n, user.csrf()),
        required: admin_passkeys::passkeys_required(&state.db).await?,
        requirement: user.manages_installation().then(|| Requirement { action: webauthn::REQUIREMENT.to_owned() }),
        password_action: format!("{base}/password"),
        password_error,
        sessions: list,
        end_action: format!("{base}/sessions/end"),
        end_others_action: format!("{base}/sessions/end-others"),
        script: *crate::web::assets::PASSKEY_SCRIPT_URL,
        chrome: chrome(i18n, Some(user), None),
    };
    Ok(html(status, crate::pages::admin_account::render(model)))
}

#[derive(Deserialize, Default)]
pub struct AccountQuery {
    /// Which sessions were just ended: `one` or `others`.
    ended: Option<String>,
    /// What was just done to a passkey, or the requirement.
    done: Option<String>,
}

async fn page(
    State(state): State<AppState>,
    user: AdminUser,
    headers: HeaderMap,
    jar: CookieJar,
    Query(query): Query<AccountQuery>,
) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    let notice = match (query.ended.as_deref(), query.done.as_deref()) {
        (Some("one"), _) => Some(i18n.t("admin-session-ended")),
        (Some("others"), _) => Some(i18n.t("admin-sessions-ended")),
        (_, Some("added")) => Some(i18n.t("admin-passkeys-added")),
        (_, Some("renamed")) => Some(i18n.t("admin-passkeys-renamed")),
        (_, Some("removed")) => Some(i18n.t("admin-passkeys-removed")),
        (_, Some("saved")) => Some(i18n.t("admin-passkeys-requirement-saved")),
        _ => None,
    };
    respond(&state, &user, &headers, &jar, (notice, None), StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    repeat: String,
}

/// A new password, after the current one: every session ends, this one too, so whoever knew
/// the old password is signed out; the browser goes to the sign-in page.
async fn change_password(
    State(state): State<AppState>,
    Https(https): Https,
    user: AdminUser,
    headers: HeaderMap,
    jar: CookieJar,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    let refuse = |message: &str| (None, Some(i18n.t(message)));
    let account = admins::find_by_id(&state.db, user.0.admin_id).await?.ok_or(AppError::Forbidden)?;
    let verified = state.passwords.verify(SecretString::from(form.current), Some(account.password_hash.clone())).await;
    let refusal = if !verified {
        Some(refuse("admin-error-current-password"))
    } else if form.password != form.repeat {
        Some(refuse("admin-error-password-mismatch"))
    } else {
        None
    };
    if let Some(refusal) = refusal {
        return respond(&state, &user, &headers, &jar, refusal, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    match admins::set_password(&state.db, &account.email, &SecretString::from(form.password)).await {
        Ok(()) => {}
        Err(AdminError::WeakPassword) => {
            let refusal = refuse("admin-error-password-weak");
            return respond(&state, &user, &headers, &jar, refusal, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
        Err(e) => return Err(AppError::Internal(anyhow::Error::new(e))),
    }
    state.audit(user.audit(Action::PasswordChanged).subject(account.email)).await?;
    let jar = jar.add(cookies::expired_session(https)).add(cookies::expired_tester(https));
    Ok((jar, Redirect::to(&format!("{}?changed=1", AdminLinks::login()))).into_response())
}

#[derive(Deserialize)]
pub struct EndForm {
    #[serde(default)]
    session: String,
}

async fn end_session(
    State(state): State<AppState>,
    user: AdminUser,
    CsrfForm(form): CsrfForm<EndForm>,
) -> AppResult<Response> {
    if !sessions::end(&state.db, user.0.admin_id, &form.session).await? {
        return Err(AppError::NotFound);
    }
    state.audit(user.audit(Action::SessionEnded).subject(user.0.email.clone())).await?;
    Ok(Redirect::to(&format!("{}?ended=one", AdminLinks::account())).into_response())
}

async fn end_other_sessions(
    State(state): State<AppState>,
    user: AdminUser,
    jar: CookieJar,
    _: CsrfForm<NoFields>,
) -> AppResult<Response> {
    let keep = jar.get(cookies::SESSION).map(|c| c.value().to_owned()).ok_or(AppError::Forbidden)?;
    let ended = sessions::end_others(&state.db, user.0.admin_id, &keep).await?;
    if ended > 0 {
        let subject = format!("{} ({ended})", user.0.email);
        state.audit(user.audit(Action::SessionEnded).subject(subject)).await?;
    }
    Ok(Redirect::to(&format!("{}?ended=others", AdminLinks::account())).into_response())
}
