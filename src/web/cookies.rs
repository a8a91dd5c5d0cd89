//! Every cookie the application sets comes from here: the admin session, the sign-in form's
//! pre-session token, the device cookie of a browser that signed in before, and the personal
//! link's code on guides whose tenant turned personal links on (otherwise the guide sets no
//! cookies at all).

use axum_extra::extract::cookie::{Cookie, SameSite};

pub const SESSION: &str = "pg_admin";
pub const RECIPIENT: &str = "pg_r";
pub const LOGIN: &str = "pg_login";
pub const DEVICE: &str = "pg_device";

/// Remembers which personal link a person came through, for the pages after the first.
pub fn recipient(code: &str, secure: bool) -> Cookie<'static> {
    Cookie::build((RECIPIENT, code.to_owned()))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(time::Duration::days(60))
        .build()
}

pub fn session(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION, value))
        .path("/admin")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(time::Duration::milliseconds(crate::db::sessions::LIFETIME_MS))
        .build()
}

pub fn expired_session(secure: bool) -> Cookie<'static> {
    Cookie::build((SESSION, ""))
        .path("/admin")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(time::Duration::ZERO)
        .build()
}

/// The sign-in form's pre-session token: a sign-in post must carry the same value in the form,
/// which a cross-site page cannot read (login CSRF).
pub fn login(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((LOGIN, value))
        .path("/admin/login")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(time::Duration::hours(1))
        .build()
}

/// Marks a browser that signed in successfully (see `db::trusted_devices`).
pub fn device(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build((DEVICE, value))
        .path("/admin/login")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(time::Duration::milliseconds(crate::db::trusted_devices::LIFETIME_MS))
        .build()
}

/// Removes the pre-session token once it has served.
pub fn login_removal() -> Cookie<'static> {
    Cookie::build((LOGIN, "")).path("/admin/login").build()
}
