//! Read-only API tokens, one tenant each. Only a SHA-256 of the token is stored.

use anyhow::Context;
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use sha2::{Digest, Sha256};

use super::Db;

const PREFIX: &str = "pgt_";

/// A fresh token: shown once, stored only as its hash.
pub fn generate() -> SecretString {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    SecretString::from(format!("{PREFIX}{}", hex::encode(bytes)))
}

pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Creates a token for the tenant and returns it with its id.
pub async fn create(db: &Db, tenant_id: i64, label: &str, now_ms: i64) -> anyhow::Result<(i64, SecretString)> {
    let token = generate();
    let (id,): (i64,) = sqlx::query_as(
        "insert into api_tokens (tenant_id, token_hash, label, created_at) values ($1, $2, $3, $4) returning id",
    )
    .bind(tenant_id)
    .bind(hash(token.expose_secret()))
    .bind(label)
    .bind(now_ms)
    .fetch_one(&db.pool)
    .await
    .context("could not store the token")?;
    Ok((id, token))
}

/// The tenant a live token belongs to.
pub async fn tenant_of(db: &Db, token: &str) -> anyhow::Result<Option<i64>> {
    if !token.starts_with(PREFIX) || token.len() > 128 {
        return Ok(None);
    }
    let row: Option<(i64,)> =
        sqlx::query_as("select tenant_id from api_tokens where token_hash = $1 and revoked_at is null")
            .bind(hash(token))
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
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

pub async fn list(db: &Db, tenant_id: i64) -> anyhow::Result<Vec<TokenRow>> {
    sqlx::query_as("select id, label, created_at, revoked_at from api_tokens where tenant_id = $1 order by id")
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
    }
}
