//! The `events` table: batched inserts. Figures are read from the roll-ups (`analytics::rollups`).

use anyhow::Context;

use super::Backend;
use crate::analytics::event::NewEvent;

/// One statement writes a whole batch: the events travel as a single JSON array of rows, so a
/// batch costs one bound value and one round trip, and as one statement it is stored entirely
/// or not at all. Row fields are in `row`'s order. SQLite turns each row into its binary JSON
/// once (`materialized`), instead of once for every field read from it.
const INSERT_SQLITE: &str = "insert into events (tenant_id, at_ms, day, stage, step, symptom, device, flow, locale, \
     campaign, visitor, is_bot, recipient, created_at) \
     with rows (r) as materialized (select jsonb(value) from json_each($1)) \
     select r ->> 0, r ->> 1, r ->> 2, r ->> 3, r ->> 4, r ->> 5, r ->> 6, r ->> 7, r ->> 8, r ->> 9, r ->> 10, \
     r ->> 11, r ->> 12, $2 from rows";
const INSERT_POSTGRES: &str = "insert into events (tenant_id, at_ms, day, stage, step, symptom, device, flow, locale, \
     campaign, visitor, is_bot, recipient, created_at) \
     select (r ->> 0)::bigint, (r ->> 1)::bigint, r ->> 2, r ->> 3, (r ->> 4)::bigint, r ->> 5, r ->> 6, r ->> 7, \
     r ->> 8, r ->> 9, r ->> 10, (r ->> 11)::bigint, r ->> 12, $2 \
     from jsonb_array_elements($1::text::jsonb) as r";

/// The events as the JSON array `insert_batch` reads. An error here is a batch that must not
/// be acknowledged, never an empty one.
pub fn rows_json<'a>(events: impl IntoIterator<Item = &'a NewEvent>) -> anyhow::Result<String> {
    let rows: Vec<_> = events.into_iter().map(row).collect();
    serde_json::to_string(&rows).context("could not encode events")
}

type Row<'a> = (
    i64,
    i64,
    &'a str,
    &'static str,
    Option<i64>,
    Option<&'a str>,
    &'static str,
    Option<&'static str>,
    &'a str,
    Option<&'a str>,
    &'a str,
    i64,
    Option<&'a str>,
);

fn row(e: &NewEvent) -> Row<'_> {
    (
        e.tenant_id,
        e.at_ms,
        &e.day,
        e.stage.as_str(),
        e.step,
        e.symptom.as_deref(),
        e.device.as_str(),
        e.flow.map(|f| f.as_str()),
        &e.locale,
        e.campaign.as_ref().map(|c| c.as_str()),
        &e.visitor,
        i64::from(e.is_bot),
        e.recipient.as_deref(),
    )
}

/// Writes the events of `rows_json` in one statement: all of them are stored, or none.
pub async fn insert_batch<'e>(
    executor: impl sqlx::Executor<'e, Database = sqlx::Any>,
    backend: Backend,
    rows_json: &str,
    now_ms: i64,
) -> anyhow::Result<()> {
    let sql = match backend {
        Backend::Sqlite => INSERT_SQLITE,
        Backend::Postgres => INSERT_POSTGRES,
    };
    sqlx::query(sql).bind(rows_json).bind(now_ms).execute(executor).await.context("could not insert events")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_json_arrays_in_column_order() {
        let event = NewEvent {
            tenant_id: 1,
            at_ms: 5,
            day: "2026-11-20".into(),
            stage: crate::domain::stage::Stage::Stuck,
            step: Some(2),
            symptom: Some("no-\"prompt\"".into()),
            device: crate::domain::device::Device::Iphone,
            flow: Some(crate::domain::flow_id::FlowId::IphoneIcloud),
            locale: "en".into(),
            campaign: None,
            visitor: "v".into(),
            is_bot: false,
            recipient: None,
        };
        assert_eq!(
            rows_json([&event]).unwrap(),
            r#"[[1,5,"2026-11-20","stuck",2,"no-\"prompt\"","iphone","iphone-icloud","en",null,"v",0,null]]"#
        );
        assert_eq!(rows_json([]).unwrap(), "[]");
    }
}
