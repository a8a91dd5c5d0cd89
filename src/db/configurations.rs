//! The last Entra authentication-methods configuration read for each tenant, kept as JSON.

use anyhow::Context;

use super::Db;
use crate::entra::configuration::EntraConfiguration;

/// Replaces the tenant's stored configuration.
pub async fn store(db: &Db, tenant_id: i64, config: &EntraConfiguration, now_ms: i64) -> anyhow::Result<()> {
    let body = serde_json::to_string(config).context("could not write the configuration")?;
    let mut tx = db.pool.begin().await.context("could not store the configuration")?;
    sqlx::query("delete from entra_configurations where tenant_id = $1")
        .bind(tenant_id)
        .execute(&mut *tx)
        .await
        .context("could not store the configuration")?;
    sqlx::query("insert into entra_configurations (tenant_id, body, fetched_at) values ($1, $2, $3)")
        .bind(tenant_id)
        .bind(body)
        .bind(now_ms)
        .execute(&mut *tx)
        .await
        .context("could not store the configuration")?;
    tx.commit().await.context("could not store the configuration")
}

/// The stored configuration and when it was read (milliseconds since 1970). A body this version
/// cannot read counts as none: the next fetch replaces it.
pub async fn latest(db: &Db, tenant_id: i64) -> anyhow::Result<Option<(EntraConfiguration, i64)>> {
    let row: Option<(String, i64)> =
        sqlx::query_as("select body, fetched_at from entra_configurations where tenant_id = $1")
            .bind(tenant_id)
            .fetch_optional(&db.pool)
            .await
            .context("could not read the configuration")?;
    Ok(row.and_then(|(body, at)| serde_json::from_str(&body).ok().map(|c| (c, at))))
}
