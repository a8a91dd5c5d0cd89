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
    // The import reads the exclusions before it writes: on SQLite, a write by another connection
    // in between makes it fail at once with "database is locked". It is tried again, whole.
    let mut attempt = 0u64;
    loop {
        attempt += 1;
        let result: anyhow::Result<i64> = async {
            let mut tx = db.pool.begin().await.context("could not start the import")?;
            let import_id = insert(&mut tx, tenant_id, users, None, policy, source, now_ms).await?;
            tx.commit().await.context("could not finish the import")?;
            Ok(import_id)
        }
        .await;
        match result {
            Err(e) if attempt < 4 && crate::db::is_sqlite_busy(&e) => {
                tokio::time::sleep(std::time::Duration::from_millis(25 * attempt)).await;
            }
            result => return result,
        }
    }
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
    let exclusions = exclusions_in(tx, tenant_id).await?;
    let excluded: Vec<bool> =
        users.iter().map(|u| u.in_scope() && exclusions.excludes(&u.user_principal_name)).collect();
    let allowed: Vec<bool> = users
        .iter()
        .map(|u| {
            let own = by_user.get(&u.user_principal_name.to_lowercase()).map_or(&[][..], Vec::as_slice);
            u.has_passkey() && super::allowed::has_allowed_passkey(u, own, policy)
        })
        .collect();
    let counted = |i: usize| users[i].in_scope() && !excluded[i];
    let in_scope = (0..users.len()).filter(|&i| counted(i)).count() as i64;
    let with_passkey = (0..users.len()).filter(|&i| counted(i) && users[i].has_passkey()).count() as i64;
    let with_allowed = (0..users.len()).filter(|&i| counted(i) && allowed[i]).count() as i64;
    let excluded_count = excluded.iter().filter(|e| **e).count() as i64;
    let (import_id,): (i64,) = sqlx::query_as(
        "insert into entra_imports (tenant_id, source, users, in_scope, with_passkey, with_allowed_passkey, excluded, \
         created_at) values ($1, $2, $3, $4, $5, $6, $7, $8) returning id",
    )
    .bind(tenant_id)
    .bind(source)
    .bind(users.len() as i64)
    .bind(in_scope)
    .bind(with_passkey)
    .bind(with_allowed)
    .bind(excluded_count)
    .bind(now_ms)
    .fetch_one(&mut **tx)
    .await
    .context("could not record the import")?;
    let rows: Vec<(&RegisteredUser, bool, bool)> =
        users.iter().zip(allowed).zip(excluded).map(|((u, a), e)| (u, a, e)).collect();
    for chunk in rows.chunks(500) {
        let mut sql = String::from(
            "insert into entra_users (import_id, user_principal_name, display_name, user_type, methods, has_passkey, \
             has_allowed_passkey, is_admin, excluded, created_at) values ",
        );
        sql.push_str(&crate::db::values_placeholders(chunk.len(), 10));
        let mut query = sqlx::query(&sql);
        for (user, allowed, excluded) in chunk {
            query = query
                .bind(import_id)
                .bind(user.user_principal_name.clone())
                .bind(user.display_name.clone())
                .bind(user.user_type.clone())
                .bind(user.methods.join(","))
                .bind(i64::from(user.has_passkey()))
                .bind(i64::from(*allowed))
                .bind(user.is_admin.map(i64::from))
                .bind(i64::from(*excluded))
                .bind(now_ms);
        }
        query.execute(&mut **tx).await.context("could not store the imported users")?;
    }
    Ok(import_id)
}

async fn exclusions_in(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    tenant_id: i64,
) -> anyhow::Result<super::scope::Exclusions> {
    let rows: Vec<(String,)> = sqlx::query_as("select pattern from coverage_exclusions where tenant_id = $1")
        .bind(tenant_id)
        .fetch_all(&mut **tx)
        .await
        .context("could not read the exclusions")?;
    Ok(super::scope::Exclusions::from_stored(rows.into_iter().map(|(p,)| p).collect()))
}

/// A stored user as a recount reads it: id, principal name, user type, has a passkey, has one
/// the policy allows.
type StoredCount = (i64, String, Option<String>, i64, Option<i64>);

/// Applies `exclusions` to the tenant's latest import: marks its users and recounts it.
pub(crate) async fn recount_latest(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    tenant_id: i64,
    exclusions: &super::scope::Exclusions,
) -> anyhow::Result<()> {
    let latest: Option<(i64,)> =
        sqlx::query_as("select id from entra_imports where tenant_id = $1 order by created_at desc, id desc limit 1")
            .bind(tenant_id)
            .fetch_optional(&mut **tx)
            .await
            .context("could not recount the latest import")?;
    let Some((import_id,)) = latest else { return Ok(()) };
    let users: Vec<StoredCount> = sqlx::query_as(
        "select id, user_principal_name, user_type, has_passkey, has_allowed_passkey from entra_users where import_id = $1",
    )
    .bind(import_id)
    .fetch_all(&mut **tx)
    .await
    .context("could not recount the latest import")?;
    let (mut in_scope, mut with_passkey, mut with_allowed, mut excluded) = (0i64, 0i64, 0i64, 0i64);
    let mut newly_excluded = Vec::new();
    for (id, upn, user_type, has_passkey, has_allowed) in users {
        if !stored_in_scope(&upn, user_type.as_deref()) {
            continue;
        }
        if exclusions.excludes(&upn) {
            excluded += 1;
            newly_excluded.push(id);
            continue;
        }
        in_scope += 1;
        with_passkey += has_passkey;
        with_allowed += has_allowed.unwrap_or(has_passkey);
    }
    sqlx::query("update entra_users set excluded = 0 where import_id = $1")
        .bind(import_id)
        .execute(&mut **tx)
        .await
        .context("could not recount the latest import")?;
    for chunk in newly_excluded.chunks(500) {
        let ids = chunk.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        sqlx::query(&format!("update entra_users set excluded = 1 where id in ({ids})"))
            .execute(&mut **tx)
            .await
            .context("could not recount the latest import")?;
    }
    sqlx::query(
        "update entra_imports set in_scope = $2, with_passkey = $3, with_allowed_passkey = $4, excluded = $5 where id = $1",
    )
    .bind(import_id)
    .bind(in_scope)
    .bind(with_passkey)
    .bind(with_allowed)
    .bind(excluded)
    .execute(&mut **tx)
    .await
    .context("could not recount the latest import")?;
    Ok(())
}

/// Coverage of one group of people (the administrators, one wave).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GroupCoverage {
    pub in_scope: i64,
    pub with_passkey: i64,
    pub with_allowed_passkey: i64,
    pub allowed_share: f64,
}

impl GroupCoverage {
    fn of(in_scope: i64, with_passkey: i64, with_allowed_passkey: i64) -> GroupCoverage {
        let allowed_share = if in_scope == 0 { 0.0 } else { with_allowed_passkey as f64 / in_scope as f64 };
        GroupCoverage { in_scope, with_passkey, with_allowed_passkey, allowed_share }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct WaveCoverage {
    pub wave: String,
    #[serde(flatten)]
    pub coverage: GroupCoverage,
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
    /// In-scope accounts left out by the tenant's exclusions (rooms, services, break-glass).
    pub excluded: i64,
    /// The administrators (`isAdmin`), when the report says who they are.
    pub administrators: Option<GroupCoverage>,
    /// Per wave of the recipients list, for people in both the list and the report.
    pub waves: Vec<WaveCoverage>,
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
    let rows: Vec<(i64, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "select id, in_scope, with_passkey, coalesce(with_allowed_passkey, with_passkey), excluded, created_at \
         from entra_imports where tenant_id = $1 order by created_at, id",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read imports")?;
    let share = |with: i64, total: i64| if total == 0 { 0.0 } else { with as f64 / total as f64 };
    let day =
        |ms: i64| time::OffsetDateTime::from_unix_timestamp(ms / 1000).map(crate::clock::day_of).unwrap_or_default();
    let Some(&(import_id, in_scope, with_passkey, with_allowed_passkey, excluded, imported_at)) = rows.last() else {
        return Ok(None);
    };
    let mut trend: Vec<(String, f64)> = Vec::new();
    for &(_, total, _, allowed, _, at) in &rows {
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
        excluded,
        administrators: administrators(db, import_id).await?,
        waves: waves(db, tenant_id, import_id).await?,
        imported_at,
        imported_day: day(imported_at),
        adoption_target: ADOPTION_TARGET,
        passwordless_threshold: PASSWORDLESS_THRESHOLD,
        trend,
    }))
}

/// The users of an import who count (in scope, not excluded), as SQL over `entra_users u`.
const COUNTED: &str = "u.excluded = 0 and coalesce(lower(u.user_type), 'member') <> 'guest' \
    and (u.user_type is not null or upper(u.user_principal_name) not like '%#EXT#%')";

async fn administrators(db: &Db, import_id: i64) -> anyhow::Result<Option<GroupCoverage>> {
    let (known, in_scope, with_passkey, with_allowed): (i64, i64, i64, i64) = sqlx::query_as(&format!(
        "select count(u.is_admin), cast(coalesce(sum(case when u.is_admin = 1 then 1 else 0 end), 0) as bigint), \
         cast(coalesce(sum(case when u.is_admin = 1 then u.has_passkey else 0 end), 0) as bigint), \
         cast(coalesce(sum(case when u.is_admin = 1 then coalesce(u.has_allowed_passkey, u.has_passkey) else 0 end), 0) \
         as bigint) from entra_users u where u.import_id = $1 and {COUNTED}"
    ))
    .bind(import_id)
    .fetch_one(&db.pool)
    .await
    .context("could not count the administrators")?;
    Ok((known > 0).then(|| GroupCoverage::of(in_scope, with_passkey, with_allowed)))
}

async fn waves(db: &Db, tenant_id: i64, import_id: i64) -> anyhow::Result<Vec<WaveCoverage>> {
    let rows: Vec<(String, i64, i64, i64)> = sqlx::query_as(&format!(
        "select r.wave, count(*), cast(coalesce(sum(u.has_passkey), 0) as bigint), \
         cast(coalesce(sum(coalesce(u.has_allowed_passkey, u.has_passkey)), 0) as bigint) \
         from entra_users u join recipients r on r.tenant_id = $1 and lower(r.user_principal_name) = lower(u.user_principal_name) \
         where u.import_id = $2 and r.wave is not null and r.wave <> '' and {COUNTED} group by r.wave order by r.wave"
    ))
    .bind(tenant_id)
    .bind(import_id)
    .fetch_all(&db.pool)
    .await
    .context("could not count coverage per wave")?;
    Ok(rows
        .into_iter()
        .map(|(wave, in_scope, with_passkey, with_allowed)| WaveCoverage {
            wave,
            coverage: GroupCoverage::of(in_scope, with_passkey, with_allowed),
        })
        .collect())
}

/// In-scope users of the latest import without a passkey the policy allows, for the next
/// reminder: those with none, and those whose only passkeys the policy forbids.
pub async fn stragglers(db: &Db, tenant_id: i64) -> anyhow::Result<Vec<(String, Option<String>)>> {
    latest_users(db, tenant_id, "coalesce(u.has_allowed_passkey, u.has_passkey) = 0 and u.excluded = 0").await
}

/// In-scope users of the latest import who have passkeys, none of which the policy allows: they
/// saved their passkey where Entra refuses it (a synced provider under a device-bound policy, an
/// app the key restrictions leave out) and must add one again.
pub async fn forbidden_only(db: &Db, tenant_id: i64) -> anyhow::Result<Vec<(String, Option<String>, String)>> {
    let rows: Vec<(String, Option<String>, Option<String>, String)> = sqlx::query_as(
        "select u.user_principal_name, u.display_name, u.user_type, u.methods from entra_users u \
         where u.import_id = (select max(id) from entra_imports where tenant_id = $1) \
         and u.has_passkey = 1 and u.has_allowed_passkey = 0 and u.excluded = 0 order by u.user_principal_name",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read the people whose passkeys the policy forbids")?;
    Ok(rows
        .into_iter()
        .filter(|r| stored_in_scope(&r.0, r.2.as_deref()))
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
    Ok(rows.into_iter().filter(|r| stored_in_scope(&r.0, r.2.as_deref())).map(|(upn, name, _)| (upn, name)).collect())
}

/// The report's rule (`RegisteredUser::in_scope`) for a stored row.
fn stored_in_scope(upn: &str, user_type: Option<&str>) -> bool {
    RegisteredUser {
        user_principal_name: upn.to_owned(),
        display_name: None,
        user_type: user_type.map(str::to_owned),
        methods: Vec::new(),
        is_admin: None,
    }
    .in_scope()
}
