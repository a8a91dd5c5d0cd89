//! Passkey providers: stored with the import they came with (one transaction), and counted for
//! the dashboard against the tenant's current policy.

use anyhow::Context;
use serde::Serialize;

use super::aaguid::Provider;
use super::graph::RegisteredPasskey;
use super::report::RegisteredUser;
use crate::db::Db;
use crate::guide::policy::PasskeyPolicy;

/// Stores the users and, when they were read, their passkeys, as one import: all or nothing.
pub async fn store(
    db: &Db,
    tenant_id: i64,
    users: &[RegisteredUser],
    passkeys: Option<&[RegisteredPasskey]>,
    policy: &PasskeyPolicy,
    source: &str,
    now_ms: i64,
) -> anyhow::Result<i64> {
    let mut tx = db.pool.begin().await.context("could not start the import")?;
    let import_id = super::coverage::insert(&mut tx, tenant_id, users, passkeys, policy, source, now_ms).await?;
    if let Some(passkeys) = passkeys {
        sqlx::query("update entra_imports set passkey_details = 1 where id = $1")
            .bind(import_id)
            .execute(&mut *tx)
            .await
            .context("could not record the import")?;
        for chunk in passkeys.chunks(500) {
            let mut sql = String::from(
                "insert into entra_passkeys (import_id, user_principal_name, aaguid, provider, model, registered_at, created_at) values ",
            );
            sql.push_str(&crate::db::values_placeholders(chunk.len(), 7));
            let mut query = sqlx::query(&sql);
            for passkey in chunk {
                query = query
                    .bind(import_id)
                    .bind(passkey.user_principal_name.clone())
                    .bind(passkey.aaguid.map(|a| a.to_string()))
                    .bind(passkey.provider.as_str())
                    .bind(passkey.model.clone())
                    .bind(passkey.registered_at)
                    .bind(now_ms);
            }
            query.execute(&mut *tx).await.context("could not store the passkeys")?;
        }
    }
    tx.commit().await.context("could not finish the import")?;
    Ok(import_id)
}

/// Registrations in one provider, from the latest import.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ProviderCount {
    pub provider: Provider,
    pub registrations: i64,
    pub people: i64,
    /// Whether the tenant's policy accepts passkeys from this provider.
    pub allowed: bool,
}

/// The providers of the latest import, most registrations first; `None` when that import has
/// no provider data (a file import, or Graph would not let the app read passkeys).
pub async fn latest(db: &Db, tenant_id: i64, policy: &PasskeyPolicy) -> anyhow::Result<Option<Vec<ProviderCount>>> {
    let latest: Option<(i64, i64)> = sqlx::query_as(
        "select id, passkey_details from entra_imports where tenant_id = $1 order by created_at desc, id desc limit 1",
    )
    .bind(tenant_id)
    .fetch_optional(&db.pool)
    .await
    .context("could not read imports")?;
    let Some((import_id, 1)) = latest else { return Ok(None) };
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "select provider, count(*), count(distinct lower(user_principal_name)) from entra_passkeys \
         where import_id = $1 group by provider",
    )
    .bind(import_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read passkey providers")?;
    let mut counts: Vec<ProviderCount> = rows
        .into_iter()
        .map(|(name, registrations, people)| {
            let provider = Provider::parse(&name).unwrap_or(Provider::Unknown);
            ProviderCount { provider, registrations, people, allowed: provider.allowed_by(policy) }
        })
        .collect();
    counts.sort_by(|a, b| b.registrations.cmp(&a.registrations).then(a.provider.cmp(&b.provider)));
    Ok(Some(counts))
}
