//! Every cookie the application sets comes from here: the admin session, and the personal
//! link's code on guides whose tenant turned personal links on (otherwise the guide sets no
//! cookies at all).

use axum_extra::extract::cookie::{Cookie, SameSite};

pub const SESSION: &str = "pg_admin";
pub const RECIPIENT: &str = "pg_r";

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
