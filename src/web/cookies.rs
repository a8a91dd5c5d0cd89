//! Every cookie the application sets comes from here: the admin session, the sign-in form's
//! pre-session token, the device cookie of a browser that signed in before, and the personal
//! link's code on guides whose tenant turned personal links on (otherwise the guide sets no
//! cookies at all), the mark that makes a signed-in admin's own guide visits tests, and the id
//! of a passkey registration or sign-in under way.

use axum_extra::extract::cookie::{Cookie, SameSite};

pub const SESSION: &str = "pg_admin";
pub const RECIPIENT: &str = "pg_r";
pub const LOGIN: &str = "pg_login";
pub const DEVICE: &str = "pg_device";
pub const TESTER: &str = "pg_tester";
pub const OIDC_FLOW: &str = "pg_oidc";
pub const PASSKEY_CEREMONY: &str = "pg_passkey";

/// Every cookie here: HttpOnly, `Secure` over HTTPS, scoped to `path`.
fn cookie(
    name: &'static str,
    value: String,
    path: &'static str,
    same_site: SameSite,
    max_age: time::Duration,
    secure: bool,
) -> Cookie<'static> {
    Cookie::build((name, value)).path(path).http_only(true).secure(secure).same_site(same_site).max_age(max_age).build()
}

/// Remembers which personal link a person came through, for the pages after the first.
pub fn recipient(code: &str, secure: bool) -> Cookie<'static> {
    cookie(RECIPIENT, code.to_owned(), "/", SameSite::Lax, time::Duration::days(60), secure)
}

pub fn session(value: String, secure: bool) -> Cookie<'static> {
    let lifetime = time::Duration::milliseconds(crate::db::sessions::LIFETIME_MS);
    cookie(SESSION, value, "/admin", SameSite::Strict, lifetime, secure)
}

pub fn expired_session(secure: bool) -> Cookie<'static> {
    cookie(SESSION, String::new(), "/admin", SameSite::Strict, time::Duration::ZERO, secure)
}

/// Marks the browser of a signed-in admin for the guide, whose visits from it are tests: IT
/// checking its own guide stays out of the figures. It carries no identity.
pub fn tester(secure: bool) -> Cookie<'static> {
    let lifetime = time::Duration::milliseconds(crate::db::sessions::LIFETIME_MS);
    cookie(TESTER, "1".to_owned(), "/", SameSite::Lax, lifetime, secure)
}

pub fn expired_tester(secure: bool) -> Cookie<'static> {
    cookie(TESTER, String::new(), "/", SameSite::Lax, time::Duration::ZERO, secure)
}

/// The sign-in form's pre-session token: a sign-in post must carry the same value in the form,
/// which a cross-site page cannot read (login CSRF).
pub fn login(value: String, secure: bool) -> Cookie<'static> {
    cookie(LOGIN, value, "/admin/login", SameSite::Strict, time::Duration::hours(1), secure)
}

/// Removes the pre-session token once it has served.
pub fn login_removal() -> Cookie<'static> {
    Cookie::build((LOGIN, "")).path("/admin/login").build()
}

/// Marks a browser that signed in successfully (see `db::trusted_devices`).
pub fn device(value: String, secure: bool) -> Cookie<'static> {
    let lifetime = time::Duration::milliseconds(crate::db::trusted_devices::LIFETIME_MS);
    cookie(DEVICE, value, "/admin/login", SameSite::Strict, lifetime, secure)
}

/// A sign-in with Microsoft on its way (`oidc::flow`, sealed): `Lax`, because the provider sends
/// the browser back with a top-level cross-site navigation, and scoped to the callback's folder.
pub fn oidc_flow(value: String, secure: bool) -> Cookie<'static> {
    let lifetime = time::Duration::milliseconds(crate::oidc::flow::LIFETIME_MS);
    cookie(OIDC_FLOW, value, "/admin/oidc", SameSite::Lax, lifetime, secure)
}

/// Removes the sign-in flow once its callback came, whatever the outcome.
pub fn expired_oidc_flow(secure: bool) -> Cookie<'static> {
    cookie(OIDC_FLOW, String::new(), "/admin/oidc", SameSite::Lax, time::Duration::ZERO, secure)
}

/// The id of a passkey registration or sign-in under way (its state stays on the server), for
/// the passkey endpoints only and for as long as the ceremony may take.
pub fn passkey_ceremony(value: String, secure: bool) -> Cookie<'static> {
    let lifetime = time::Duration::milliseconds(crate::db::admin_passkeys::CEREMONY_LIFETIME_MS);
    cookie(PASSKEY_CEREMONY, value, "/admin/passkeys", SameSite::Strict, lifetime, secure)
}

/// Removes the ceremony's id once it has served.
pub fn passkey_ceremony_removal() -> Cookie<'static> {
    Cookie::build((PASSKEY_CEREMONY, "")).path("/admin/passkeys").build()
}
