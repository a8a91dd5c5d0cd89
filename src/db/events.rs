//! The `events` table: batched inserts. Figures are read from the roll-ups (`analytics::rollups`).

use anyhow::Context;

use super::Db;
use crate::analytics::event::NewEvent;

/// Rows per insert statement, largest first: a batch is cut into these sizes so that only a
/// handful of distinct statements exist, each prepared once and then reused from the cache.
/// 14 parameters × 256 rows stays far below both backends' limits.
const CHUNK_SIZES: [usize; 5] = [256, 64, 16, 4, 1];
const COLUMNS: usize = 14;

/// `events` cut into slices whose lengths are all in `CHUNK_SIZES`.
fn chunks(events: &[NewEvent]) -> Vec<&[NewEvent]> {
    let mut out = Vec::new();
    let mut rest = events;
    while !rest.is_empty() {
        let size = CHUNK_SIZES.iter().copied().find(|s| *s <= rest.len()).unwrap_or(1);
        let (head, tail) = rest.split_at(size);
        out.push(head);
        rest = tail;
    }
    out
}

/// Writes all events in one transaction: all of them are stored, or none.
pub async fn insert_batch(db: &Db, events: &[NewEvent], now_ms: i64) -> anyhow::Result<()> {
    let mut tx = db.pool.begin().await.context("could not start a transaction")?;
    for chunk in chunks(events) {
        let mut sql = String::from(
            "insert into events (tenant_id, at_ms, day, stage, step, symptom, device, flow, locale, campaign, \
             visitor, is_bot, recipient, created_at) values ",
        );
        sql.push_str(&super::values_placeholders(chunk.len(), COLUMNS));
        let mut query = sqlx::query(&sql);
        for e in chunk {
            query = query
                .bind(e.tenant_id)
                .bind(e.at_ms)
                .bind(e.day.clone())
                .bind(e.stage.as_str())
                .bind(e.step)
                .bind(e.symptom.clone())
                .bind(e.device.as_str())
                .bind(e.flow.map(|f| f.as_str()))
                .bind(e.locale.clone())
                .bind(e.campaign.as_ref().map(|c| c.as_str().to_owned()))
                .bind(e.visitor.clone())
                .bind(i64::from(e.is_bot))
                .bind(e.recipient.clone())
                .bind(now_ms);
        }
        query.execute(&mut *tx).await.context("could not insert events")?;
    }
    tx.commit().await.context("could not commit events")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_are_cut_into_a_few_fixed_sizes() {
        let event = NewEvent {
            tenant_id: 1,
            at_ms: 0,
            day: "2026-11-20".into(),
            stage: crate::domain::stage::Stage::Visit,
            step: None,
            symptom: None,
            device: crate::domain::device::Device::Iphone,
            flow: None,
            locale: "en".into(),
            campaign: None,
            visitor: "v".into(),
            is_bot: false,
            recipient: None,
        };
        let events = vec![event; 349];
        let sizes: Vec<usize> = chunks(&events).iter().map(|c| c.len()).collect();
        assert_eq!(sizes, vec![256, 64, 16, 4, 4, 4, 1]);
        assert_eq!(sizes.iter().sum::<usize>(), 349);
    }
}
