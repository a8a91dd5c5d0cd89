//! Every cookie the application sets comes from here: the admin session, and nothing else
//! (the guide sets no cookies at all).

use axum_extra::extract::cookie::{Cookie, SameSite};

pub const SESSION: &str = "pg_admin";

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
