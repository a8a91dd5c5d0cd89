//! Storing an import (one transaction: all users or none) and reading coverage from it.

use anyhow::Context;
use serde::Serialize;

use super::graph::RegisteredPasskey;
use super::report::RegisteredUser;
use crate::db::Db;
use crate::guide::policy::PasskeyPolicy;

/// The share of in-scope users with a passkey needed for broad adoption, and before
/// passwords can be turned off.
pub const ADOPTION_TARGET: f64 = 0.5;
pub const PASSWORDLESS_THRESHOLD: f64 = 0.95;

/// Stores a file import; its passkeys are judged by `policy` from their method names.
pub async fn store(
    db: &Db,
    tenant_id: i64,
    users: &[RegisteredUser],
    policy: &PasskeyPolicy,
    source: &str,
    now_ms: i64,
) -> anyhow::Result<i64> {
    let mut tx = db.pool.begin().await.context("could not start the import")?;
    let import_id = insert(&mut tx, tenant_id, users, None, policy, source, now_ms).await?;
    tx.commit().await.context("could not finish the import")?;
    Ok(import_id)
}

/// One import and its users, inside the caller's transaction. Each user's passkeys are judged
/// by `policy` (the tenant's default passkey profile): from `passkeys` (the registrations Graph
/// gave, when it did) or from the method names.
pub(crate) async fn insert(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    tenant_id: i64,
    users: &[RegisteredUser],
    passkeys: Option<&[RegisteredPasskey]>,
    policy: &PasskeyPolicy,
    source: &str,
    now_ms: i64,
) -> anyhow::Result<i64> {
    let mut by_user: std::collections::HashMap<String, Vec<&RegisteredPasskey>> = std::collections::HashMap::new();
    for passkey in passkeys.unwrap_or_default() {
        by_user.entry(passkey.user_principal_name.to_lowercase()).or_default().push(passkey);
    }
    let allowed: Vec<bool> = users
        .iter()
        .map(|u| {
            let own = by_user.get(&u.user_principal_name.to_lowercase()).map_or(&[][..], Vec::as_slice);
            u.has_passkey() && super::allowed::has_allowed_passkey(u, own, policy)
        })
        .collect();
    let in_scope = users.iter().filter(|u| u.in_scope()).count() as i64;
    let with_passkey = users.iter().filter(|u| u.in_scope() && u.has_passkey()).count() as i64;
    let with_allowed = users.iter().zip(&allowed).filter(|(u, allowed)| u.in_scope() && **allowed).count() as i64;
    let (import_id,): (i64,) = sqlx::query_as(
        "insert into entra_imports (tenant_id, source, users, in_scope, with_passkey, with_allowed_passkey, created_at) \
         values ($1, $2, $3, $4, $5, $6, $7) returning id",
    )
    .bind(tenant_id)
    .bind(source)
    .bind(users.len() as i64)
    .bind(in_scope)
    .bind(with_passkey)
    .bind(with_allowed)
    .bind(now_ms)
    .fetch_one(&mut **tx)
    .await
    .context("could not record the import")?;
    let rows: Vec<(&RegisteredUser, bool)> = users.iter().zip(allowed).collect();
    for chunk in rows.chunks(500) {
        let mut sql = String::from(
            "insert into entra_users (import_id, user_principal_name, display_name, user_type, methods, has_passkey, \
             has_allowed_passkey, created_at) values ",
        );
        sql.push_str(&crate::db::values_placeholders(chunk.len(), 8));
        let mut query = sqlx::query(&sql);
        for (user, allowed) in chunk {
            query = query
                .bind(import_id)
                .bind(user.user_principal_name.clone())
                .bind(user.display_name.clone())
                .bind(user.user_type.clone())
                .bind(user.methods.join(","))
                .bind(i64::from(user.has_passkey()))
                .bind(i64::from(*allowed))
                .bind(now_ms);
        }
        query.execute(&mut **tx).await.context("could not store the imported users")?;
    }
    Ok(import_id)
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Coverage {
    pub in_scope: i64,
    /// People in scope with any passkey.
    pub with_passkey: i64,
    /// `with_passkey / in_scope`.
    pub share: f64,
    /// People in scope with a passkey the tenant's policy allows (judged at the import):
    /// the figure the 50% and 95% marks are read against.
    pub with_allowed_passkey: i64,
    /// `with_allowed_passkey / in_scope`.
    pub allowed_share: f64,
    /// When the latest import was made (milliseconds since 1970); the report itself lags by hours.
    pub imported_at: i64,
    pub imported_day: String,
    pub adoption_target: f64,
    pub passwordless_threshold: f64,
    /// `(day, allowed share)`, one point per day (the day's latest import), oldest first.
    pub trend: Vec<(String, f64)>,
}

pub async fn summary(db: &Db, tenant_id: i64) -> anyhow::Result<Option<Coverage>> {
    // Imports made before policy-aware counting have no allowed figure: all their passkeys count.
    let rows: Vec<(i64, i64, i64, i64)> = sqlx::query_as(
        "select in_scope, with_passkey, coalesce(with_allowed_passkey, with_passkey), created_at from entra_imports \
         where tenant_id = $1 order by created_at, id",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read imports")?;
    let share = |with: i64, total: i64| if total == 0 { 0.0 } else { with as f64 / total as f64 };
    let day =
        |ms: i64| time::OffsetDateTime::from_unix_timestamp(ms / 1000).map(crate::clock::day_of).unwrap_or_default();
    let Some(&(in_scope, with_passkey, with_allowed_passkey, imported_at)) = rows.last() else { return Ok(None) };
    let mut trend: Vec<(String, f64)> = Vec::new();
    for &(total, _, allowed, at) in &rows {
        let point = (day(at), share(allowed, total));
        match trend.last_mut() {
            Some(last) if last.0 == point.0 => *last = point,
            _ => trend.push(point),
        }
    }
    Ok(Some(Coverage {
        in_scope,
        with_passkey,
        share: share(with_passkey, in_scope),
        with_allowed_passkey,
        allowed_share: share(with_allowed_passkey, in_scope),
        imported_at,
        imported_day: day(imported_at),
        adoption_target: ADOPTION_TARGET,
        passwordless_threshold: PASSWORDLESS_THRESHOLD,
        trend,
    }))
}

/// In-scope users of the latest import without a passkey the policy allows, for the next
/// reminder: those with none, and those whose only passkeys the policy forbids.
pub async fn stragglers(db: &Db, tenant_id: i64) -> anyhow::Result<Vec<(String, Option<String>)>> {
    latest_users(db, tenant_id, "coalesce(u.has_allowed_passkey, u.has_passkey) = 0").await
}

/// In-scope users of the latest import who have passkeys, none of which the policy allows: they
/// saved their passkey where Entra refuses it (a synced provider under a device-bound policy, an
/// app the key restrictions leave out) and must add one again.
pub async fn forbidden_only(db: &Db, tenant_id: i64) -> anyhow::Result<Vec<(String, Option<String>, String)>> {
    let rows: Vec<(String, Option<String>, Option<String>, String)> = sqlx::query_as(
        "select u.user_principal_name, u.display_name, u.user_type, u.methods from entra_users u \
         where u.import_id = (select max(id) from entra_imports where tenant_id = $1) \
         and u.has_passkey = 1 and u.has_allowed_passkey = 0 order by u.user_principal_name",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read the people whose passkeys the policy forbids")?;
    Ok(rows
        .into_iter()
        .filter(|r| in_scope(&r.0, r.2.as_deref()))
        .map(|(upn, name, _, methods)| (upn, name, methods))
        .collect())
}

async fn latest_users(db: &Db, tenant_id: i64, condition: &str) -> anyhow::Result<Vec<(String, Option<String>)>> {
    let rows: Vec<(String, Option<String>, Option<String>)> = sqlx::query_as(&format!(
        "select u.user_principal_name, u.display_name, u.user_type from entra_users u \
         where u.import_id = (select max(id) from entra_imports where tenant_id = $1) and {condition} \
         order by u.user_principal_name"
    ))
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read stragglers")?;
    Ok(rows.into_iter().filter(|r| in_scope(&r.0, r.2.as_deref())).map(|(upn, name, _)| (upn, name)).collect())
}

/// The report's rule (`RegisteredUser::in_scope`) for a stored row.
fn in_scope(upn: &str, user_type: Option<&str>) -> bool {
    RegisteredUser {
        user_principal_name: upn.to_owned(),
        display_name: None,
        user_type: user_type.map(str::to_owned),
        methods: Vec::new(),
    }
    .in_scope()
}
