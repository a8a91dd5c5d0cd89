//! Storing an import (one transaction: all users or none) and reading coverage from it.

use anyhow::Context;
use serde::Serialize;

use super::report::RegisteredUser;
use crate::db::Db;

/// The share of in-scope users with a passkey needed for broad adoption, and before
/// passwords can be turned off.
pub const ADOPTION_TARGET: f64 = 0.5;
pub const PASSWORDLESS_THRESHOLD: f64 = 0.95;

pub async fn store(
    db: &Db,
    tenant_id: i64,
    users: &[RegisteredUser],
    source: &str,
    now_ms: i64,
) -> anyhow::Result<i64> {
    let mut tx = db.pool.begin().await.context("could not start the import")?;
    let import_id = insert(&mut tx, tenant_id, users, source, now_ms).await?;
    tx.commit().await.context("could not finish the import")?;
    Ok(import_id)
}

/// One import and its users, inside the caller's transaction.
pub(crate) async fn insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    tenant_id: i64,
    users: &[RegisteredUser],
    source: &str,
    now_ms: i64,
) -> anyhow::Result<i64> {
    let in_scope: Vec<&RegisteredUser> = users.iter().filter(|u| u.in_scope()).collect();
    let with_passkey = in_scope.iter().filter(|u| u.has_passkey()).count() as i64;
    let (import_id,): (i64,) = sqlx::query_as(
        "insert into entra_imports (tenant_id, source, users, in_scope, with_passkey, created_at) \
         values ($1, $2, $3, $4, $5, $6) returning id",
    )
    .bind(tenant_id)
    .bind(source)
    .bind(users.len() as i64)
    .bind(in_scope.len() as i64)
    .bind(with_passkey)
    .bind(now_ms)
    .fetch_one(&mut **tx)
    .await
    .context("could not record the import")?;
    for chunk in users.chunks(500) {
        let mut sql = String::from(
            "insert into entra_users (import_id, user_principal_name, display_name, user_type, methods, has_passkey, created_at) values ",
        );
        sql.push_str(&crate::db::values_placeholders(chunk.len(), 7));
        let mut query = sqlx::query(&sql);
        for user in chunk {
            query = query
                .bind(import_id)
                .bind(user.user_principal_name.clone())
                .bind(user.display_name.clone())
                .bind(user.user_type.clone())
                .bind(user.methods.join(","))
                .bind(i64::from(user.has_passkey()))
                .bind(now_ms);
        }
        query.execute(&mut **tx).await.context("could not store the imported users")?;
    }
    Ok(import_id)
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Coverage {
    pub in_scope: i64,
    pub with_passkey: i64,
    pub share: f64,
    /// When the latest import was made (milliseconds since 1970); the report itself lags by hours.
    pub imported_at: i64,
    pub imported_day: String,
    pub adoption_target: f64,
    pub passwordless_threshold: f64,
    /// `(day, share)` of every import, oldest first.
    pub trend: Vec<(String, f64)>,
}

pub async fn summary(db: &Db, tenant_id: i64) -> anyhow::Result<Option<Coverage>> {
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
        "select in_scope, with_passkey, created_at from entra_imports where tenant_id = $1 order by created_at, id",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read imports")?;
    let share = |with: i64, total: i64| if total == 0 { 0.0 } else { with as f64 / total as f64 };
    let day =
        |ms: i64| time::OffsetDateTime::from_unix_timestamp(ms / 1000).map(crate::clock::day_of).unwrap_or_default();
    let Some(&(in_scope, with_passkey, imported_at)) = rows.last() else { return Ok(None) };
    Ok(Some(Coverage {
        in_scope,
        with_passkey,
        share: share(with_passkey, in_scope),
        imported_at,
        imported_day: day(imported_at),
        adoption_target: ADOPTION_TARGET,
        passwordless_threshold: PASSWORDLESS_THRESHOLD,
        trend: rows.iter().map(|(total, with, at)| (day(*at), share(*with, *total))).collect(),
    }))
}

/// In-scope users of the latest import who have no passkey yet, for the next reminder.
pub async fn stragglers(db: &Db, tenant_id: i64) -> anyhow::Result<Vec<(String, Option<String>)>> {
    let rows: Vec<(String, Option<String>, Option<String>)> = sqlx::query_as(
        "select u.user_principal_name, u.display_name, u.user_type from entra_users u \
         where u.import_id = (select max(id) from entra_imports where tenant_id = $1) and u.has_passkey = 0 \
         order by u.user_principal_name",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read stragglers")?;
    Ok(rows
        .into_iter()
        .filter(|(_, _, kind)| !kind.as_deref().is_some_and(|k| k.eq_ignore_ascii_case("guest")))
        .map(|(upn, name, _)| (upn, name))
        .collect())
}
