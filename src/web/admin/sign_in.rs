//! Signing in with a password, and signing out.

use axum::Router;
use axum::extract::{DefaultBodyLimit, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum_extra::extract::{CookieJar, Form};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::{admin_i18n, chrome, html};
use crate::audit::{Action, Actor, NewEntry};
use crate::db::{admins, sessions, trusted_devices};
use crate::i18n::I18n;
use crate::pages;
use crate::pages::admin_login::LoginMessage;
use crate::web::admin_auth::{AdminUser, CsrfForm, NoFields};
use crate::web::client_ip::ClientIp;
use crate::web::cookies;
use crate::web::error::AppResult;
use crate::web::paths::{ADMIN_LOGIN, ADMIN_LOGOUT, AdminLinks};
use crate::web::rate_limit::LimitKey;
use crate::web::state::AppState;
use crate::web::transport::Https;

pub fn routes() -> Router<AppState> {
    Router::new()
        // A sign-in form is an email and a password: 16 KB is plenty, and nothing larger is read.
        .route(ADMIN_LOGIN, get(login_page).post(login).layer(DefaultBodyLimit::max(16 * 1024)))
        .route(ADMIN_LOGOUT, post(logout))
}

/// Failed sign-ins allowed per address, per account (for browsers that never signed in to it)
/// and per remembered browser, in `LOGIN_WINDOW_MS`.
pub const LOGIN_FAILURES: usize = 5;
pub const LOGIN_WINDOW_MS: i64 = 15 * 60 * 1000;
/// Longest email read from the sign-in form; longer ones are no account's.
const MAX_LOGIN_EMAIL: usize = 254;

/// The sign-in page with a fresh pre-session token in a cookie and in the form.
pub(crate) fn login_response(
    state: &AppState,
    status: StatusCode,
    i18n: I18n,
    jar: CookieJar,
    https: bool,
    email: String,
    message: Option<LoginMessage>,
) -> Response {
    let token = sessions::random_hex();
    let jar = jar.add(cookies::login(token.clone(), https));
    let microsoft = crate::web::oidc::sign_in_option(state, &i18n);
    let passkey = crate::web::webauthn::sign_in_ceremony(&state.settings, &i18n);
    let chrome = chrome(i18n, None, None);
    let body = pages::admin_login::render(chrome, AdminLinks::login(), token, email, message, microsoft, passkey);
    (jar, html(status, body)).into_response()
}

#[derive(Deserialize, Default)]
pub struct LoginQuery {
    /// Set after an invitation was used: the account is ready.
    ready: Option<String>,
    /// Set after a password change, which ended every session.
    changed: Option<String>,
}

pub async fn login_page(
    State(state): State<AppState>,
    Https(https): Https,
    headers: HeaderMap,
    jar: CookieJar,
    Query(query): Query<LoginQuery>,
) -> Response {
    let i18n = admin_i18n(&headers);
    let notice = if query.ready.is_some() {
        Some(LoginMessage::Notice(i18n.t("admin-account-ready")))
    } else if query.changed.is_some() {
        Some(LoginMessage::Notice(i18n.t("admin-password-changed")))
    } else {
        None
    };
    login_response(&state, StatusCode::OK, i18n, jar, https, String::new(), notice)
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    /// The pre-session token from the sign-in page.
    #[serde(rename = "_login", default)]
    login_token: String,
}

/// A sign-in post came from this application's own sign-in page: it carries the token its
/// cookie holds, and the browser does not call it cross-site.
fn is_own_sign_in_form(headers: &HeaderMap, jar: &CookieJar, submitted: &str) -> bool {
    let cross_site = headers.get("sec-fetch-site").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"cross-site"));
    let cookie = jar.get(cookies::LOGIN).map(|c| c.value()).unwrap_or("");
    !cross_site && !cookie.is_empty() && sessions::constant_time_eq(cookie.as_bytes(), submitted.as_bytes())
}

/// Signs in with a password. Attempts are limited with device cookies (OWASP "slow down online
/// guessing with device cookies"): a browser that signed in to the account before is limited on
/// its own; every other attempt counts against its address and against the account, so neither
/// one address nor many can guess more than the limit, and the real administrator's browser is
/// never locked out by them.
pub async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Https(https): Https,
    headers: HeaderMap,
    jar: CookieJar,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    let now = state.clock.now_ms();
    let email: String = form.email.trim().chars().take(MAX_LOGIN_EMAIL + 1).collect::<String>().to_lowercase();
    if !is_own_sign_in_form(&headers, &jar, &form.login_token) {
        let error = Some(LoginMessage::Error(i18n.t("admin-sign-in-expired")));
        return Ok(login_response(&state, StatusCode::FORBIDDEN, i18n, jar, https, String::new(), error));
    }
    let admin = if email.len() <= MAX_LOGIN_EMAIL { admins::find_by_email(&state.db, &email).await? } else { None };
    let device = jar.get(cookies::DEVICE).map(|c| c.value().to_owned()).unwrap_or_default();
    let trusted = match &admin {
        Some(a) if !device.is_empty() => trusted_devices::is_trusted(&state.db, &device, a.id, now).await?,
        _ => false,
    };
    let keys = if trusted {
        vec![LimitKey::new("device", device.as_bytes())]
    } else {
        let address = ip.map(|i| i.to_string()).unwrap_or_default();
        vec![LimitKey::new("address", address.as_bytes()), LimitKey::new("account", email.as_bytes())]
    };
    let Some(attempt) = state.login_limiter.try_reserve(&keys, now) else {
        let error = Some(LoginMessage::Error(i18n.t("admin-too-many-attempts")));
        let mut response = login_response(&state, StatusCode::TOO_MANY_REQUESTS, i18n, jar, https, email, error);
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("900"));
        return Ok(response);
    };
    let password = SecretString::from(form.password);
    let hash = admin.as_ref().filter(|a| !a.is_disabled()).map(|a| a.password_hash.clone());
    let verified = state.passwords.verify(password, hash).await;
    let Some(admin) = admin.filter(|_| verified) else {
        state.login_limiter.failed(attempt);
        state.audit(NewEntry::new(Actor::attempted(&email), Action::SignInFailed).subject("password")).await?;
        let error = Some(LoginMessage::Error(i18n.t("admin-wrong-credentials")));
        return Ok(login_response(&state, StatusCode::UNAUTHORIZED, i18n, jar, https, email, error));
    };
    state.login_limiter.succeeded(attempt);
    if crate::db::admin_passkeys::password_refused(&state.db, admin.id).await? {
        let error = Some(LoginMessage::Error(i18n.t("admin-passkeys-password-refused")));
        state
            .audit(
                NewEntry::new(Actor::account(admin.id, &admin.email), Action::SignInFailed)
                    .subject("password, passkey required"),
            )
            .await?;
        return Ok(login_response(&state, StatusCode::FORBIDDEN, i18n, jar, https, email, error));
    }
    state.audit(NewEntry::new(Actor::account(admin.id, &admin.email), Action::SignIn).subject("password")).await?;
    let browser = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("");
    let session = sessions::create_labelled(&state.db, admin.id, &sessions::browser_label(browser), now).await?;
    let mut jar = jar
        .add(cookies::session(session.expose_secret().to_owned(), https))
        .add(cookies::tester(https))
        .remove(cookies::login_removal());
    if !trusted {
        let device = trusted_devices::create(&state.db, admin.id, now).await?;
        jar = jar.add(cookies::device(device.expose_secret().to_owned(), https));
    }
    Ok((jar, Redirect::to(&AdminLinks::home())).into_response())
}

pub async fn logout(
    State(state): State<AppState>,
    Https(https): Https,
    _user: AdminUser,
    jar: CookieJar,
    _: CsrfForm<NoFields>,
) -> AppResult<Response> {
    if let Some(cookie) = jar.get(cookies::SESSION) {
        sessions::delete(&state.db, cookie.value()).await?;
    }
    let jar = jar.add(cookies::expired_session(https)).add(cookies::expired_tester(https));
    Ok((jar, Redirect::to(&AdminLinks::login())).into_response())
}
