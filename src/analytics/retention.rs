//! Funnel events (and sign-in usage) older than the retention period are deleted, at start and
//! every six hours.
//! The funnel's rows outlive them: they were counted as the events arrived, and name nobody.
//! The people behind the rows of ended days (`funnel_people`) go after two days.

use std::time::Duration;

use anyhow::Context;

use crate::clock::SharedClock;
use crate::db::Db;

/// The first day still kept when keeping `days` days up to `today`.
pub fn cutoff_day(clock: &SharedClock, days: u32) -> String {
    crate::clock::day_of(clock.now() - time::Duration::days(i64::from(days)))
}

pub async fn prune(db: &Db, clock: &SharedClock, days: u32) -> anyhow::Result<u64> {
    // A day in any time zone has ended two days after it began in UTC, late events included.
    crate::db::funnel_tally::forget_people(db, &cutoff_day(clock, 2)).await?;
    if days == 0 {
        return Ok(0);
    }
    let cutoff = cutoff_day(clock, days);
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
