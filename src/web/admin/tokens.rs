//! A tenant's API tokens and share links: listed for everyone, created and revoked by owners.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use secrecy::ExposeSecret;
use serde::Deserialize;

use super::{admin_i18n, chrome, html, origin};
use crate::audit::Action;
use crate::db::admins::Role;
use crate::db::tokens::{self, TokenKind};
use crate::pages;
use crate::web::admin_auth::{AdminTenant, CsrfForm, Owner};
use crate::web::error::{AppError, AppResult};
use crate::web::paths::AdminLinks;
use crate::web::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/tenants/{tenant}/tokens", get(tokens_page).post(create_token))
        .route("/admin/tenants/{tenant}/tokens/revoke", post(revoke_token))
}

async fn tokens_response(
    state: &AppState,
    admin: &AdminTenant,
    headers: &HeaderMap,
    new_token: Option<(TokenKind, String)>,
) -> AppResult<Response> {
    let i18n = admin_i18n(headers);
    let links = AdminLinks::tenant(admin.tenant.slug.as_str());
    let list = tokens::list(&state.db, admin.tenant.id)
        .await?
        .into_iter()
        .map(|t| pages::admin_tokens::TokenItem {
            id: t.id,
            label: t.label,
            created: time::OffsetDateTime::from_unix_timestamp(t.created_at / 1000)
                .map(crate::clock::day_of)
                .unwrap_or_default(),
            revoked: t.revoked_at.is_some(),
            share: t.kind == TokenKind::Share.as_str(),
        })
        .collect();
    let model = pages::admin_tokens::TokensModel {
        chrome: chrome(i18n, Some(&admin.user), Some((&admin.tenant, "tokens"))),
        csrf: admin.user.csrf(),
        create_action: links.tokens(),
        revoke_action: links.revoke_token(),
        tokens: list,
        new_token: new_token.map(|(kind, value)| (kind == TokenKind::Share, value)),
        can_manage: admin.user.0.role == Role::Owner,
        api_example: format!(
            "curl -H \"Authorization: Bearer $TOKEN\" {}/api/v1/tenants/{}/funnel",
            origin(state, headers),
            admin.tenant.slug
        ),
    };
    Ok(html(StatusCode::OK, pages::admin_tokens::render(model)))
}

pub async fn tokens_page(State(state): State<AppState>, admin: AdminTenant, headers: HeaderMap) -> AppResult<Response> {
    tokens_response(&state, &admin, &headers, None).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    label: String,
    #[serde(default)]
    kind: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    Owner(admin): Owner,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<TokenForm>,
) -> AppResult<Response> {
    let label: String = form.label.trim().chars().filter(|c| !c.is_control()).take(60).collect();
    let label = if label.is_empty() { "admin".to_owned() } else { label };
    let kind = if form.kind == TokenKind::Share.as_str() { TokenKind::Share } else { TokenKind::Api };
    let (_, token) = tokens::create_kind(&state.db, admin.tenant.id, &label, kind, state.clock.now_ms()).await?;
    let action = match kind {
        TokenKind::Api => Action::TokenCreated,
        TokenKind::Share => Action::ShareLinkCreated,
    };
    state.audit(admin.audit(action).subject(label.clone())).await?;
    let shown = match kind {
        TokenKind::Api => token.expose_secret().to_owned(),
        TokenKind::Share => format!("{}/share/{}", origin(&state, &headers), token.expose_secret()),
    };
    tokens_response(&state, &admin, &headers, Some((kind, shown))).await
}

#[derive(Deserialize)]
pub struct RevokeForm {
    id: i64,
}

pub async fn revoke_token(
    State(state): State<AppState>,
    Owner(admin): Owner,
    CsrfForm(form): CsrfForm<RevokeForm>,
) -> AppResult<Response> {
    let listed = tokens::list(&state.db, admin.tenant.id).await?;
    let token = listed.iter().find(|t| t.id == form.id).ok_or(AppError::NotFound)?;
    if tokens::revoke(&state.db, &form.id.to_string(), state.clock.now_ms()).await? {
        let action =
            if token.kind == TokenKind::Share.as_str() { Action::ShareLinkRevoked } else { Action::TokenRevoked };
        state.audit(admin.audit(action).subject(token.label.clone())).await?;
    }
    Ok(Redirect::to(&AdminLinks::tenant(admin.tenant.slug.as_str()).tokens()).into_response())
}
