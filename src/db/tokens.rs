//! Read-only tokens, one tenant each: for the JSON API, or a link that opens the dashboard
//! without an account. Only a SHA-256 of the token is stored; the prefix tells the kinds apart.

use anyhow::Context;
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

use super::Db;

const PREFIX: &str = "pgt_";
const SHARE_PREFIX: &str = "pgs_";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// `Authorization: Bearer` on `/api/v1`.
    Api,
    /// A read-only dashboard link, `/share/{token}`.
    Share,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Api => "api",
            TokenKind::Share => "share",
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            TokenKind::Api => PREFIX,
            TokenKind::Share => SHARE_PREFIX,
        }
    }
}

/// A fresh API token: shown once, stored only as its hash.
pub fn generate() -> SecretString {
    generate_kind(TokenKind::Api)
}

fn generate_kind(kind: TokenKind) -> SecretString {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    SecretString::from(format!("{}{}", kind.prefix(), hex::encode(bytes)))
}

pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Creates an API token for the tenant and returns it with its id.
pub async fn create(db: &Db, tenant_id: i64, label: &str, now_ms: i64) -> anyhow::Result<(i64, SecretString)> {
    create_kind(db, tenant_id, label, TokenKind::Api, now_ms).await
}

/// Creates a token of either kind for the tenant and returns it with its id.
pub async fn create_kind(
    db: &Db,
    tenant_id: i64,
    label: &str,
    kind: TokenKind,
    now_ms: i64,
) -> anyhow::Result<(i64, SecretString)> {
    let token = generate_kind(kind);
    let (id,): (i64,) = sqlx::query_as(
        "insert into api_tokens (tenant_id, token_hash, label, kind, created_at) values ($1, $2, $3, $4, $5) \
         returning id",
    )
    .bind(tenant_id)
    .bind(hash(token.expose_secret()))
    .bind(label)
    .bind(kind.as_str())
    .bind(now_ms)
    .fetch_one(&db.pool)
    .await
    .context("could not store the token")?;
    Ok((id, token))
}

/// The tenant a live API token belongs to.
/// The tenant of the token with this id, revoked or not.
pub async fn tenant_of_id(db: &Db, id: i64) -> anyhow::Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as("select tenant_id from api_tokens where id = $1")
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("could not read the token")?;
    Ok(row.map(|(id,)| id))
}

pub async fn tenant_of(db: &Db, token: &str) -> anyhow::Result<Option<i64>> {
    tenant_of_kind(db, token, TokenKind::Api).await
}

/// The tenant a live token of this kind belongs to; a token of the other kind is no token.
pub async fn tenant_of_kind(db: &Db, token: &str, kind: TokenKind) -> anyhow::Result<Option<i64>> {
    if !token.starts_with(kind.prefix()) || token.len() > 128 {
        return Ok(None);
    }
    let row: Option<(i64,)> =
        sqlx::query_as("select tenant_id from api_tokens where token_hash = $1 and kind = $2 and revoked_at is null")
            .bind(hash(token))
            .bind(kind.as_str())
            .fetch_optional(&db.pool)
            .await
            .context("could not check the token")?;
    Ok(row.map(|(id,)| id))
}

/// Revokes a token by id or by its value. Returns whether a live token was revoked.
pub async fn revoke(db: &Db, id_or_token: &str, now_ms: i64) -> anyhow::Result<bool> {
    let result = if let Ok(id) = id_or_token.parse::<i64>() {
        sqlx::query("update api_tokens set revoked_at = $1 where id = $2 and revoked_at is null")
            .bind(now_ms)
            .bind(id)
            .execute(&db.pool)
            .await
    } else {
        sqlx::query("update api_tokens set revoked_at = $1 where token_hash = $2 and revoked_at is null")
            .bind(now_ms)
            .bind(hash(id_or_token.trim()))
            .execute(&db.pool)
            .await
    }
    .context("could not revoke the token")?;
    Ok(result.rows_affected() > 0)
}

#[derive(Debug, sqlx::FromRow)]
pub struct TokenRow {
    pub id: i64,
    pub label: String,
    pub kind: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

pub async fn list(db: &Db, tenant_id: i64) -> anyhow::Result<Vec<TokenRow>> {
    sqlx::query_as("select id, label, kind, created_at, revoked_at from api_tokens where tenant_id = $1 order by id")
        .bind(tenant_id)
        .fetch_all(&db.pool)
        .await
        .context("could not list tokens")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_hashed() {
        let a = generate();
        let b = generate();
        assert_ne!(a.expose_secret(), b.expose_secret());
        assert!(a.expose_secret().starts_with(PREFIX));
        assert_eq!(a.expose_secret().len(), PREFIX.len() + 64);
        assert_eq!(hash("x").len(), 64);
        assert!(generate_kind(TokenKind::Share).expose_secret().starts_with(SHARE_PREFIX));
    }
}
