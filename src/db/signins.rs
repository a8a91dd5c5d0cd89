//! Sign-in usage per person and day (see `entra::signins`), and the figures read from it.

use anyhow::Context;
use serde::Serialize;

use super::Db;
use crate::entra::signins::SignInDays;

/// Adds a log's person-days: a day seen in two logs keeps what either saw. One transaction.
pub async fn store(db: &Db, tenant_id: i64, days: &SignInDays) -> anyhow::Result<usize> {
    let mut tx = db.pool.begin().await.context("could not store the sign-ins")?;
    for ((upn, day), seen) in days {
        sqlx::query(
            "insert into entra_signins (tenant_id, user_principal_name, day, passkey, password, legacy_client) \
             values ($1, $2, $3, $4, $5, $6) on conflict (tenant_id, user_principal_name, day) do update set \
             passkey = case when excluded.passkey = 1 then 1 else entra_signins.passkey end, \
             password = case when excluded.password = 1 then 1 else entra_signins.password end, \
             legacy_client = case when excluded.legacy_client = 1 then 1 else entra_signins.legacy_client end",
        )
        .bind(tenant_id)
        .bind(upn)
        .bind(day)
        .bind(i64::from(seen.passkey))
        .bind(i64::from(seen.password))
        .bind(i64::from(seen.legacy_client))
        .execute(&mut *tx)
        .await
        .context("could not store the sign-ins")?;
    }
    tx.commit().await.context("could not store the sign-ins")?;
    Ok(days.len())
}

/// `GET /api/v1/tenants/{tenant}/usage`: over the last `days` days (UTC, today included).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Usage {
    pub days: u32,
    /// People who signed in (the tenant's exclusions left out).
    pub people: i64,
    /// Of them, people with at least one passkey sign-in.
    pub with_passkey_sign_in: i64,
    /// `with_passkey_sign_in / people`.
    pub share: f64,
    /// People with a passkey the policy allows (latest report) who signed in with a password and
    /// never with a passkey: registered, but not yet using it.
    pub registered_password_only: i64,
    /// People who signed in with a legacy client (Exchange ActiveSync, IMAP, POP, SMTP, other
    /// clients): it breaks when passwords go.
    pub legacy_clients: i64,
}

/// One person's sign-ins over the window.
struct Person {
    upn: String,
    passkey: bool,
    password: bool,
    legacy_client: bool,
}

/// The people who signed in since `since_day` (exclusions left out), and who of them has a
/// passkey the policy allows in the latest report.
async fn people(
    db: &Db,
    tenant_id: i64,
    since_day: &str,
) -> anyhow::Result<(Vec<Person>, std::collections::HashSet<String>)> {
    let rows: Vec<(String, i64, i64, i64)> = sqlx::query_as(
        "select user_principal_name, max(passkey), max(password), max(legacy_client) from entra_signins \
         where tenant_id = $1 and day >= $2 group by user_principal_name order by user_principal_name",
    )
    .bind(tenant_id)
    .bind(since_day)
    .fetch_all(&db.pool)
    .await
    .context("could not read the sign-ins")?;
    let exclusions = super::exclusions::load(db, tenant_id).await?;
    let registered: std::collections::HashSet<String> = sqlx::query_as::<_, (String,)>(
        "select lower(user_principal_name) from entra_users where coalesce(has_allowed_passkey, has_passkey) = 1 \
         and import_id = (select id from entra_imports where tenant_id = $1 order by created_at desc, id desc limit 1)",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read the latest registration report")?
    .into_iter()
    .map(|(u,)| u)
    .collect();
    let people = rows
        .into_iter()
        .filter(|(upn, ..)| !exclusions.excludes(upn))
        .map(|(upn, passkey, password, legacy)| Person {
            upn,
            passkey: passkey != 0,
            password: password != 0,
            legacy_client: legacy != 0,
        })
        .collect();
    Ok((people, registered))
}

pub async fn usage(db: &Db, tenant_id: i64, since_day: &str, days: u32) -> anyhow::Result<Usage> {
    let (people, registered) = self::people(db, tenant_id, since_day).await?;
    let count = people.len() as i64;
    let with_passkey = people.iter().filter(|p| p.passkey).count() as i64;
    let password_only = people.iter().filter(|p| is_password_only(p, &registered)).count() as i64;
    let legacy = people.iter().filter(|p| p.legacy_client).count() as i64;
    Ok(Usage {
        days,
        people: count,
        with_passkey_sign_in: with_passkey,
        share: if count == 0 { 0.0 } else { with_passkey as f64 / count as f64 },
        registered_password_only: password_only,
        legacy_clients: legacy,
    })
}

fn is_password_only(person: &Person, registered: &std::collections::HashSet<String>) -> bool {
    !person.passkey && person.password && registered.contains(&person.upn)
}

/// What still stands in the way of removing passwords, by name: the people with a passkey who
/// sign in with a password only, and the people who use a legacy client.
pub async fn in_the_way(db: &Db, tenant_id: i64, since_day: &str) -> anyhow::Result<(Vec<String>, Vec<String>)> {
    let (people, registered) = self::people(db, tenant_id, since_day).await?;
    let password_only = people.iter().filter(|p| is_password_only(p, &registered)).map(|p| p.upn.clone()).collect();
    let legacy = people.iter().filter(|p| p.legacy_client).map(|p| p.upn.clone()).collect();
    Ok((password_only, legacy))
}

/// The latest day with stored sign-ins, where the next fetch starts again.
pub async fn latest_day(db: &Db, tenant_id: i64) -> anyhow::Result<Option<String>> {
    let (day,): (Option<String>,) = sqlx::query_as("select max(day) from entra_signins where tenant_id = $1")
        .bind(tenant_id)
        .fetch_one(&db.pool)
        .await
        .context("could not read the sign-ins")?;
    Ok(day)
}

/// One person's sign-ins on one day, as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SignInDay {
    pub user_principal_name: String,
    pub day: String,
    pub passkey: i64,
    pub password: i64,
    pub legacy_client: i64,
}

/// Every stored person-day of the tenant, by day and person.
pub async fn all(db: &Db, tenant_id: i64) -> anyhow::Result<Vec<SignInDay>> {
    sqlx::query_as(
        "select user_principal_name, day, passkey, password, legacy_client from entra_signins \
         where tenant_id = $1 order by day, user_principal_name",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read the sign-ins")
}

/// Deletes person-days before `cutoff_day` (the retention period).
pub async fn prune(db: &Db, cutoff_day: &str) -> anyhow::Result<u64> {
    let done = sqlx::query("delete from entra_signins where day < $1")
        .bind(cutoff_day)
        .execute(&db.pool)
        .await
        .context("could not delete old sign-ins")?;
    Ok(done.rows_affected())
}
