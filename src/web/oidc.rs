//! "Sign in with Microsoft" for administrators who already have an account here:
//! `GET /admin/oidc/start` sends the browser to the provider, `GET /admin/oidc/callback` takes it
//! back, and a verified ID token whose `email` (else `preferred_username`) is an enabled
//! administrator's starts the same session a password sign-in does. Sign-in never creates an
//! account. Every refusal is the sign-in page with a message and a 4xx status; nothing logged
//! carries a code or a token.
//!
//! The redirect URI registered in Entra (app registration, Authentication, platform "Web") is
//! `{public URL}/admin/oidc/callback`: see
//! <https://learn.microsoft.com/en-us/entra/identity-platform/how-to-add-redirect-uri> (checked
//! 2026-12-03).

use axum::Router;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum_extra::extract::CookieJar;
use secrecy::ExposeSecret;

use super::admin::admin_i18n;
use super::admin::sign_in::login_response;
use super::cookies;
use super::error::AppResult;
use super::paths::AdminLinks;
use super::state::AppState;
use super::transport::Https;
use crate::audit::{Action, Actor, NewEntry};
use crate::db::{admins, sessions};
use crate::i18n::I18n;
use crate::oidc::{OidcError, claim_allows};
use crate::pages::admin_login::{LoginMessage, MicrosoftSignIn};

/// How the audit log names this way of signing in.
const MICROSOFT: &str = "Microsoft";

pub use super::paths::oidc::{CALLBACK as OIDC_CALLBACK, START as OIDC_START};

pub fn routes() -> Router<AppState> {
    Router::new().route(OIDC_START, get(start)).route(OIDC_CALLBACK, get(callback))
}

/// The button (or the notice that it is unavailable) for the sign-in page; `None` when sign-in
/// with Microsoft is not configured.
pub fn sign_in_option(state: &AppState, i18n: &I18n) -> Option<MicrosoftSignIn> {
    let provider = state.oidc.as_ref()?;
    Some(if provider.available(state.clock.now_ms()) {
        MicrosoftSignIn::Available { href: OIDC_START.to_owned(), label: i18n.t("admin-oidc-sign-in") }
    } else {
        MicrosoftSignIn::Unavailable(i18n.t("admin-oidc-unavailable"))
    })
}

/// The callback's address as the provider must send the browser back to it: on the public URL
/// when one is configured, else on the host and scheme of this request.
fn redirect_uri(state: &AppState, headers: &HeaderMap, https: bool) -> String {
    let uri = super::guide::absolute_url(state, headers, OIDC_CALLBACK);
    match uri.strip_prefix("http://") {
        Some(rest) if https && state.settings.public_url.is_none() => format!("https://{rest}"),
        _ => uri,
    }
}

/// The sign-in page with the refusal's message and status, and the button again.
fn refuse(state: &AppState, headers: &HeaderMap, jar: CookieJar, https: bool, why: Refusal) -> Response {
    let i18n = admin_i18n(headers);
    let (status, message_id) = why.shown();
    let error = Some(LoginMessage::Error(i18n.t(message_id)));
    login_response(state, status, i18n, jar, https, String::new(), error)
}

/// Why a sign-in with Microsoft was refused, as the sign-in page says it.
#[derive(Debug)]
enum Refusal {
    Oidc(OidcError),
    NotConfigured,
    NoAccount,
    Role,
}

impl Refusal {
    fn shown(&self) -> (StatusCode, &'static str) {
        match self {
            Refusal::Oidc(OidcError::Unavailable) => (StatusCode::SERVICE_UNAVAILABLE, "admin-oidc-unavailable"),
            Refusal::NotConfigured => (StatusCode::NOT_FOUND, "admin-oidc-unavailable"),
            Refusal::Oidc(OidcError::Refused(_)) => (StatusCode::UNAUTHORIZED, "admin-oidc-refused"),
            Refusal::Oidc(OidcError::Expired) => (StatusCode::BAD_REQUEST, "admin-oidc-expired"),
            Refusal::Oidc(OidcError::Unverified(_)) => (StatusCode::UNAUTHORIZED, "admin-oidc-unverified"),
            Refusal::Oidc(OidcError::NoEmail) | Refusal::NoAccount => (StatusCode::FORBIDDEN, "admin-oidc-no-account"),
            Refusal::Role => (StatusCode::FORBIDDEN, "admin-oidc-role"),
        }
    }
}

/// Sends the browser to the provider, with the flow sealed in a cookie for the callback.
pub async fn start(
    State(state): State<AppState>,
    Https(https): Https,
    headers: HeaderMap,
    jar: CookieJar,
) -> AppResult<Response> {
    let Some(provider) = state.oidc.clone() else {
        return Ok(refuse(&state, &headers, jar, https, Refusal::NotConfigured));
    };
    let redirect = redirect_uri(&state, &headers, https);
    match provider.begin(&redirect, state.clock.now_ms()).await {
        Ok((url, sealed)) => {
            let jar = jar.add(cookies::oidc_flow(sealed, https));
            Ok((jar, Redirect::to(url.as_str())).into_response())
        }
        Err(error) => Ok(refuse(&state, &headers, jar, https, Refusal::Oidc(error))),
    }
}

/// The callback's parameters: `code` and `state`, or the provider's `error` code
/// (RFC 6749 §4.1.2 and §4.1.2.1, <https://www.rfc-editor.org/rfc/rfc6749>, checked 2026-12-03).
#[derive(Default)]
struct CallbackQuery {
    code: String,
    state: String,
    error: Option<String>,
}

impl CallbackQuery {
    /// Reads the query leniently: a missing or repeated parameter leaves the callback to fail
    /// as a refused sign-in, on the sign-in page.
    fn parse(query: Option<&str>) -> CallbackQuery {
        let mut parsed = CallbackQuery::default();
        for (name, value) in url::form_urlencoded::parse(query.unwrap_or("").as_bytes()) {
            match &*name {
                "code" => parsed.code = value.into_owned(),
                "state" => parsed.state = value.into_owned(),
                "error" => parsed.error = Some(value.into_owned()),
                _ => {}
            }
        }
        parsed
    }
}

/// Takes the browser back from the provider: a verified ID token naming an enabled
/// administrator starts a session; anything else is the sign-in page with the reason.
pub async fn callback(
    State(state): State<AppState>,
    Https(https): Https,
    headers: HeaderMap,
    jar: CookieJar,
    RawQuery(query): RawQuery,
) -> AppResult<Response> {
    let query = CallbackQuery::parse(query.as_deref());
    let flow = jar.get(cookies::OIDC_FLOW).map(|c| c.value().to_owned()).unwrap_or_default();
    // The flow serves once, whatever happens next.
    let jar = jar.add(cookies::expired_oidc_flow(https));
    let Some(provider) = state.oidc.clone() else {
        return Ok(refuse(&state, &headers, jar, https, Refusal::NotConfigured));
    };
    let now = state.clock.now_ms();
    let outcome = match query.error {
        // Only the code's plain characters reach the log.
        Some(error) => Err(OidcError::Refused(error.chars().filter(char::is_ascii_graphic).take(64).collect())),
        None => provider.finish(&flow, &query.state, &query.code, now).await,
    };
    let signed_in = match outcome {
        Ok(signed_in) => signed_in,
        Err(error) => {
            tracing::info!(reason = %error, "sign-in with Microsoft refused");
            return Ok(refuse(&state, &headers, jar, https, Refusal::Oidc(error)));
        }
    };
    // From here the provider has vouched for the email: a refusal is a failed sign-in of that
    // address, recorded in the audit log (an unverified callback names nobody and is not).
    let failed = NewEntry::new(Actor::attempted(&signed_in.email), Action::SignInFailed).subject(MICROSOFT);
    let admin = admins::find_by_email(&state.db, &signed_in.email).await?.filter(|a| !a.is_disabled());
    let Some(admin) = admin else {
        tracing::info!("sign-in with Microsoft refused: no enabled administrator has that email");
        state.audit(failed).await?;
        return Ok(refuse(&state, &headers, jar, https, Refusal::NoAccount));
    };
    if let Some(roles) = &signed_in.roles {
        let role = admins::Role::parse(&admin.role);
        if !role.is_some_and(|role| claim_allows(roles, role)) {
            tracing::info!(admin_id = admin.id, "sign-in with Microsoft refused: the role claim does not allow it");
            state.audit(failed).await?;
            return Ok(refuse(&state, &headers, jar, https, Refusal::Role));
        }
    }
    let browser = headers.get(axum::http::header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("");
    let session = sessions::create_labelled(&state.db, admin.id, &sessions::browser_label(browser), now).await?;
    state.audit(NewEntry::new(Actor::account(admin.id, &admin.email), Action::SignIn).subject(MICROSOFT)).await?;
    tracing::info!(admin_id = admin.id, "signed in with Microsoft");
    let jar = jar
        .add(cookies::session(session.expose_secret().to_owned(), https))
        .add(cookies::tester(https))
        .remove(cookies::login_removal());
    Ok((jar, Redirect::to(&AdminLinks::home())).into_response())
}
