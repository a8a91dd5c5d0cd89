//! An invitation link: the invited administrator chooses a password, and the account exists.
//! The link is the secret (only its hash is stored); it works once, until it expires.

use axum::Router;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum_extra::extract::Form;
use secrecy::SecretString;
use serde::Deserialize;

use super::{admin_i18n, chrome, html};
use crate::audit::{Action, Actor, Change, NewEntry};
use crate::db::admins::AdminError;
use crate::db::invites::{self, InviteError};
use crate::pages::admin_accounts::role_label;
use crate::pages::admin_invite::InviteModel;
use crate::web::error::{AppError, AppResult};
use crate::web::paths::AdminLinks;
use crate::web::state::AppState;

pub fn routes() -> Router<AppState> {
    // A password form: 16 KB is plenty, and nothing larger is read.
    Router::new().route("/admin/invite/{token}", get(page).post(accept).layer(DefaultBodyLimit::max(16 * 1024)))
}

async fn respond(state: &AppState, headers: &HeaderMap, token: &str, error: Option<String>) -> AppResult<Response> {
    let i18n = admin_i18n(headers);
    let invite = invites::find(&state.db, token, state.clock.now_ms()).await?;
    let status = match (&invite, &error) {
        (None, _) => StatusCode::NOT_FOUND,
        (Some(_), Some(_)) => StatusCode::UNPROCESSABLE_ENTITY,
        (Some(_), None) => StatusCode::OK,
    };
    let model = InviteModel {
        invite: invite.map(|i| (i.email.clone(), role_label(&i18n, i.role()))),
        chrome: chrome(i18n, None, None),
        action: AdminLinks::invite(token),
        error,
    };
    Ok(html(status, crate::pages::admin_invite::render(model)))
}

async fn page(State(state): State<AppState>, headers: HeaderMap, Path(token): Path<String>) -> AppResult<Response> {
    respond(&state, &headers, &token, None).await
}

#[derive(Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    password: String,
    #[serde(default)]
    repeat: String,
}

async fn accept(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(form): Form<AcceptForm>,
) -> AppResult<Response> {
    // The form is this page's own: a browser never sends it from another site.
    if headers.get("sec-fetch-site").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"cross-site")) {
        return Err(AppError::Forbidden);
    }
    let i18n = admin_i18n(&headers);
    if form.password != form.repeat {
        return respond(&state, &headers, &token, Some(i18n.t("admin-error-password-mismatch"))).await;
    }
    let password = SecretString::from(form.password);
    match invites::accept(&state.db, &token, &password, state.clock.now_ms()).await {
        Ok((invite, id)) => {
            let changes = vec![Change::new("role", None, Some(invite.role.clone()))];
            let entry = NewEntry::new(Actor::account(id, &invite.email), Action::AdminCreated)
                .subject(format!("{} (invitation)", invite.email))
                .changes(changes);
            state.audit(entry).await?;
            Ok(Redirect::to(&format!("{}?ready=1", AdminLinks::login())).into_response())
        }
        Err(InviteError::Admin(AdminError::WeakPassword)) => {
            respond(&state, &headers, &token, Some(i18n.t("admin-error-password-weak"))).await
        }
        Err(InviteError::Admin(AdminError::Taken)) => {
            respond(&state, &headers, &token, Some(i18n.t("admin-error-admin-taken"))).await
        }
        Err(InviteError::Gone) => respond(&state, &headers, &token, None).await,
        Err(e) => Err(AppError::Internal(anyhow::Error::new(e))),
    }
}
