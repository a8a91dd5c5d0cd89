//! Device cookies: a browser that signed in to an account successfully gets a random token, and
//! the table keeps only its hash. Sign-in attempts from such a browser are counted against that
//! browser alone, so guessing from elsewhere cannot lock the real administrator out.

use anyhow::Context;
use secrecy::SecretString;

use super::Db;
use super::tokens::hash;

/// A browser stays trusted for half a year after its last successful sign-in.
pub const LIFETIME_MS: i64 = 183 * 24 * 60 * 60 * 1000;

/// Whether a cookie value has the shape of a token this module hands out.
pub fn is_well_formed(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Remembers a browser for an account and returns the cookie value.
pub async fn create(db: &Db, admin_id: i64, now_ms: i64) -> anyhow::Result<SecretString> {
    let token = super::sessions::random_hex();
    sqlx::query("insert into trusted_devices (token_hash, admin_id, expires_at, created_at) values ($1, $2, $3, $4)")
        .bind(hash(&token))
        .bind(admin_id)
        .bind(now_ms + LIFETIME_MS)
        .bind(now_ms)
        .execute(&db.pool)
        .await
        .context("could not remember the browser")?;
    sqlx::query("delete from trusted_devices where expires_at < $1")
        .bind(now_ms)
        .execute(&db.pool)
        .await
        .context("could not clean up remembered browsers")?;
    Ok(SecretString::from(token))
}

/// Whether this cookie value is a browser that signed in to this account before.
pub async fn is_trusted(db: &Db, token: &str, admin_id: i64, now_ms: i64) -> anyhow::Result<bool> {
    if !is_well_formed(token) {
        return Ok(false);
    }
    let found: Option<(i64,)> = sqlx::query_as(
        "select admin_id from trusted_devices where token_hash = $1 and admin_id = $2 and expires_at > $3",
    )
    .bind(hash(token))
    .bind(admin_id)
    .bind(now_ms)
    .fetch_optional(&db.pool)
    .await
    .context("could not read the remembered browser")?;
    Ok(found.is_some())
}
