//! The accounts a tenant leaves out of coverage (see `entra::scope`).

use anyhow::Context;

use super::Db;
use crate::entra::scope::Exclusions;

pub async fn load(db: &Db, tenant_id: i64) -> anyhow::Result<Exclusions> {
    let rows: Vec<(String,)> =
        sqlx::query_as("select pattern from coverage_exclusions where tenant_id = $1 order by pattern")
            .bind(tenant_id)
            .fetch_all(&db.pool)
            .await
            .context("could not read the exclusions")?;
    Ok(Exclusions::from_stored(rows.into_iter().map(|(p,)| p).collect()))
}

/// Replaces the list and recounts the latest import under it, in one transaction: the card
/// changes at once; earlier days keep the figures they had.
pub async fn replace(db: &Db, tenant_id: i64, exclusions: &Exclusions) -> anyhow::Result<()> {
    let mut tx = db.pool.begin().await.context("could not save the exclusions")?;
    sqlx::query("delete from coverage_exclusions where tenant_id = $1")
        .bind(tenant_id)
        .execute(&mut *tx)
        .await
        .context("could not save the exclusions")?;
    for pattern in exclusions.patterns() {
        sqlx::query("insert into coverage_exclusions (tenant_id, pattern) values ($1, $2)")
            .bind(tenant_id)
            .bind(pattern)
            .execute(&mut *tx)
            .await
            .context("could not save the exclusions")?;
    }
    crate::entra::coverage::recount_latest(&mut tx, tenant_id, exclusions).await?;
    tx.commit().await.context("could not save the exclusions")
}
