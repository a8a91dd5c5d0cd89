//! The admin pages, one module per area: sign-in, tenants, a tenant's settings (branding and
//! policy with a live preview), the rollout emails and API tokens. Plain forms with the
//! session's CSRF token; answers are 303s.

mod account;
mod accounts;
mod audit;
mod delete;
mod emails;
mod export;
mod invite;
mod settings;
pub mod sign_in;
mod tenants;
mod tokens;

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use secrecy::ExposeSecret;

use super::admin_auth::AdminUser;
use super::paths::AdminLinks;
use super::state::AppState;
use crate::brand::Tenant;
use crate::components::admin_frame::AdminChrome;
use crate::db::admins::Role;
use crate::i18n::{I18n, Locale, negotiate};

pub use settings::color_in_use;

/// Every admin route of this module's areas.
pub fn routes() -> Router<AppState> {
    Router::new()
        .merge(sign_in::routes())
        .merge(tenants::routes())
        .merge(settings::routes())
        .merge(emails::routes())
        .merge(tokens::routes())
        .merge(audit::routes())
        .merge(export::routes())
        .merge(delete::routes())
        .merge(accounts::routes())
        .merge(account::routes())
        .merge(invite::routes())
}

pub(super) fn admin_i18n(headers: &HeaderMap) -> I18n {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    I18n::new(negotiate(None, accept, &Locale::supported(), &Locale::english()))
}

pub(super) fn chrome(i18n: I18n, user: Option<&AdminUser>, tenant: Option<(&Tenant, &str)>) -> AdminChrome {
    let nav = tenant
        .map(|(t, current)| {
            let links = AdminLinks::tenant(t.slug.as_str());
            let owner = user.is_some_and(|u| u.0.role >= Role::Owner);
            [
                ("admin-settings", links.settings(), "settings"),
                ("admin-dashboard", links.dashboard(), "dashboard"),
                ("admin-emails", links.emails(), "emails"),
                ("admin-recipients", links.recipients(), "recipients"),
                ("admin-entra", links.entra(), "entra"),
                ("admin-tokens", links.tokens(), "tokens"),
            ]
            .into_iter()
            .chain(owner.then(|| ("admin-audit", links.tenant_audit(), "audit")))
            .map(|(id, href, key)| (i18n.t(id), href, key == current))
            .collect()
        })
        .unwrap_or_default();
    AdminChrome {
        i18n,
        user: user.map(|u| (u.0.email.clone(), u.0.csrf_token.expose_secret().to_owned())),
        nav,
        logout_action: AdminLinks::logout(),
        home_href: AdminLinks::home(),
        account_href: AdminLinks::account(),
    }
}

/// An admin page: never cached.
pub(super) fn html(status: StatusCode, body: String) -> Response {
    let mut response = (status, Html(body)).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Where this installation is reached from the browser of the request, for absolute links.
pub(super) fn origin(state: &AppState, headers: &HeaderMap) -> String {
    super::guide::absolute_url(state, headers, "")
}
