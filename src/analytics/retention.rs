//! Funnel events (and sign-in usage) older than the retention period are deleted, at start and
//! every six hours.
//! Their days are rolled up first, so the funnel's history outlives them.

use std::time::Duration;

use anyhow::Context;

use super::rollups;
use crate::clock::SharedClock;
use crate::db::Db;

/// The first day still kept when keeping `days` days up to `today`.
pub fn cutoff_day(clock: &SharedClock, days: u32) -> String {
    crate::clock::day_of(clock.now() - time::Duration::days(i64::from(days)))
}

pub async fn prune(db: &Db, clock: &SharedClock, days: u32) -> anyhow::Result<u64> {
    if days == 0 {
        return Ok(0);
    }
    let cutoff = cutoff_day(clock, days);
    let tenants: Vec<(i64,)> = sqlx::query_as("select distinct tenant_id from events where day < $1")
        .bind(&cutoff)
        .fetch_all(&db.pool)
        .await
        .context("could not find tenants with old events")?;
    let fresh = rollups::Freshness { now_ms: clock.now_ms(), max_age_ms: 0 };
    for (tenant_id,) in tenants {
        rollups::refresh(db, tenant_id, "0000-01-01", &cutoff, fresh).await?;
    }
    let result = sqlx::query("delete from events where day < $1")
        .bind(&cutoff)
        .execute(&db.pool)
        .await
        .context("could not delete old events")?;
    // Sign-in usage names people per day: it goes with the events.
    crate::db::signins::prune(db, &cutoff).await?;
    Ok(result.rows_affected())
}

/// Runs `prune` now and then every six hours, for as long as the server runs.
pub fn spawn(db: Db, clock: SharedClock, days: u32) {
    if days == 0 {
        return;
    }
    tokio::spawn(async move {
        loop {
            match prune(&db, &clock, days).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, days, "deleted funnel events past the retention period"),
                Err(error) => tracing::warn!(error = format!("{error:#}"), "retention pruning failed"),
            }
            tokio::time::sleep(Duration::from_secs(6 * 60 * 60)).await;
        }
    });
}
