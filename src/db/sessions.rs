//! Admin sign-in sessions: the cookie holds a random id, the table only its hash, with the
//! session's CSRF token and expiry.

use anyhow::Context;
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};

use super::Db;
use super::admins::{AdminRow, Role};
use super::tokens::hash;

/// Sessions last eight hours.
pub const LIFETIME_MS: i64 = 8 * 60 * 60 * 1000;

/// 32 random bytes as 64 hex digits: session ids, CSRF and pre-session tokens.
pub fn random_hex() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// Starts a session and returns the cookie value.
pub async fn create(db: &Db, admin_id: i64, now_ms: i64) -> anyhow::Result<SecretString> {
    create_labelled(db, admin_id, "", now_ms).await
}

/// Starts a session labelled with the browser it was started in (see [`browser_label`]).
pub async fn create_labelled(db: &Db, admin_id: i64, label: &str, now_ms: i64) -> anyhow::Result<SecretString> {
    let id = random_hex();
    sqlx::query(
        "insert into sessions (id_hash, admin_id, csrf_token, expires_at, created_at, label) \
         values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(hash(&id))
    .bind(admin_id)
    .bind(random_hex())
    .bind(now_ms + LIFETIME_MS)
    .bind(now_ms)
    .bind(label)
    .execute(&db.pool)
    .await
    .context("could not start the session")?;
    sqlx::query("delete from sessions where expires_at < $1")
        .bind(now_ms)
        .execute(&db.pool)
        .await
        .context("could not clean up sessions")?;
    Ok(SecretString::from(id))
}

/// The signed-in administrator behind a cookie value.
#[derive(Clone, Debug)]
pub struct Session {
    pub admin_id: i64,
    pub email: String,
    pub role: Role,
    /// `None`: every tenant.
    pub tenant_id: Option<i64>,
    pub csrf_token: SecretString,
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    csrf_token: String,
    #[sqlx(flatten)]
    admin: AdminRow,
}

pub async fn find(db: &Db, cookie: &str, now_ms: i64) -> anyhow::Result<Option<Session>> {
    if cookie.len() != 64 || !cookie.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let row: Option<SessionRow> = sqlx::query_as(&format!(
        "select s.csrf_token, {} from sessions s join admins a on a.id = s.admin_id \
         where s.id_hash = $1 and s.expires_at > $2 and a.disabled_at is null",
        super::admins::ADMIN_COLUMNS
    ))
    .bind(hash(cookie))
    .bind(now_ms)
    .fetch_optional(&db.pool)
    .await
    .context("could not read the session")?;
    Ok(row.and_then(|r| {
        Some(Session {
            admin_id: r.admin.id,
            email: r.admin.email,
            role: Role::parse(&r.admin.role)?,
            tenant_id: r.admin.tenant_id,
            csrf_token: SecretString::from(r.csrf_token),
        })
    }))
}

pub async fn delete(db: &Db, cookie: &str) -> anyhow::Result<()> {
    sqlx::query("delete from sessions where id_hash = $1")
        .bind(hash(cookie))
        .execute(&db.pool)
        .await
        .context("could not end the session")?;
    Ok(())
}

/// "Firefox on Windows 10", from a User-Agent, for an administrator to recognise a session by;
/// empty when the User-Agent says nothing known.
pub fn browser_label(user_agent: &str) -> String {
    let Some(found) = woothee::parser::Parser::new().parse(user_agent) else { return String::new() };
    let known = |v: &str| (!v.is_empty() && v != woothee::woothee::VALUE_UNKNOWN).then(|| v.to_owned());
    match (known(found.name), known(found.os)) {
        (Some(browser), Some(os)) => format!("{browser} on {os}"),
        (Some(one), None) | (None, Some(one)) => one,
        (None, None) => String::new(),
    }
}

/// One of an administrator's open sessions, as the account page lists them.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OpenSession {
    /// The hash of the cookie value: names the session in a form without revealing the cookie.
    pub id_hash: String,
    pub label: String,
    pub created_at: i64,
    pub expires_at: i64,
}

/// The administrator's sessions that have not expired, newest first.
pub async fn list_open(db: &Db, admin_id: i64, now_ms: i64) -> anyhow::Result<Vec<OpenSession>> {
    sqlx::query_as(
        "select id_hash, label, created_at, expires_at from sessions \
         where admin_id = $1 and expires_at > $2 order by created_at desc",
    )
    .bind(admin_id)
    .bind(now_ms)
    .fetch_all(&db.pool)
    .await
    .context("could not list the sessions")
}

/// Ends one of the administrator's own sessions; false if they have none by that hash.
pub async fn end(db: &Db, admin_id: i64, id_hash: &str) -> anyhow::Result<bool> {
    let done = sqlx::query("delete from sessions where admin_id = $1 and id_hash = $2")
        .bind(admin_id)
        .bind(id_hash)
        .execute(&db.pool)
        .await
        .context("could not end the session")?;
    Ok(done.rows_affected() > 0)
}

/// Ends every session of the administrator but the one with this cookie value; how many ended.
pub async fn end_others(db: &Db, admin_id: i64, keep_cookie: &str) -> anyhow::Result<u64> {
    let done = sqlx::query("delete from sessions where admin_id = $1 and id_hash <> $2")
        .bind(admin_id)
        .bind(hash(keep_cookie))
        .execute(&db.pool)
        .await
        .context("could not end the other sessions")?;
    Ok(done.rows_affected())
}

/// The hash a session is listed under, for the cookie value that opened it.
pub fn id_hash_of(cookie: &str) -> String {
    hash(cookie)
}

/// Constant-time comparison of a submitted CSRF token with the session's.
pub fn csrf_matches(session: &Session, submitted: &str) -> bool {
    constant_time_eq(session.csrf_token.expose_secret().as_bytes(), submitted.as_bytes())
}

/// Compares two secrets in time that depends only on their length.
pub fn constant_time_eq(expected: &[u8], submitted: &[u8]) -> bool {
    expected.len() == submitted.len() && expected.iter().zip(submitted).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
}
