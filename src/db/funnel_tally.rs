//! Storing what a batch of events changes in the funnel (`analytics::tally`): the people it
//! touched and the rows. Called by the event writer inside the transaction that stores the
//! events, on SQLite (its own connection, `rusqlite`) and PostgreSQL; and on start, to count the
//! days listed in `funnel_recount` again from their events.

use std::collections::HashMap;

use anyhow::Context;
use rusqlite::OptionalExtension;
use serde_json::json;

use crate::analytics::event::NewEvent;
use crate::analytics::tally::{self, Change, Person, PersonKey};
use crate::domain::campaign::Campaign;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::domain::stage::Stage;

/// A stored person, or none: a state that cannot be read (it never should) counts the person as
/// new rather than stopping every later event of theirs.
fn read_person(key: &PersonKey, state: &str) -> Option<Person> {
    match serde_json::from_str(state) {
        Ok(person) => Some(person),
        Err(error) => {
            tracing::warn!(%error, tenant = key.tenant_id, day = key.day, "a funnel person could not be read");
            None
        }
    }
}

fn write_person(person: &Person) -> anyhow::Result<String> {
    serde_json::to_string(person).context("could not encode a funnel person")
}

const STAGE_UPSERT_SQLITE: &str = "insert into funnel_stages (tenant_id, detail, any_flow, day, stage, device, flow, \
     locale, campaign, profile, is_bot, is_test, events, visitors) \
     values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) \
     on conflict (tenant_id, detail, any_flow, day, stage, device, flow, locale, campaign, profile, is_bot, is_test) \
     do update set events = events + excluded.events, visitors = visitors + excluded.visitors";

const STEP_UPSERT_SQLITE: &str = "insert into funnel_steps (tenant_id, detail, any_flow, day, stage, flow, step, \
     symptom, device, locale, campaign, profile, is_test, events, visitors) \
     values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) \
     on conflict (tenant_id, detail, any_flow, day, stage, flow, step, symptom, device, locale, campaign, profile, is_test) \
     do update set events = events + excluded.events, visitors = visitors + excluded.visitors";

const DURATION_UPSERT_SQLITE: &str = "insert into funnel_durations (tenant_id, day, stage, device, bucket, people) \
     values (?1, ?2, ?3, ?4, ?5, ?6) \
     on conflict (tenant_id, day, stage, device, bucket) do update set people = people + excluded.people";

/// The values a batch's people rows carry, for the dashboard's filters to offer (`db::funnel::seen`):
/// devices, flows, languages, campaigns and profiles of people (not bots), and whether there were
/// test visits. In key order, so that writers on several instances lock them in the same order.
fn new_values(change: &Change) -> std::collections::BTreeSet<(i64, &'static str, String)> {
    let mut values = std::collections::BTreeSet::new();
    for (r, _) in change.rows.stages.iter().filter(|(r, _)| r.detail && !r.any_flow && !r.is_bot) {
        for (dimension, value) in [
            ("device", &r.device),
            ("flow", &r.flow),
            ("locale", &r.locale),
            ("campaign", &r.campaign),
            ("profile", &r.profile),
        ] {
            if !value.is_empty() {
                values.insert((r.tenant_id, dimension, value.clone()));
            }
        }
        if r.is_test {
            values.insert((r.tenant_id, "test", "1".to_owned()));
        }
    }
    values
}

/// SQLite: counts a batch into the funnel, within the caller's transaction.
pub fn count_sqlite(tx: &rusqlite::Transaction<'_>, events: &[NewEvent]) -> anyhow::Result<()> {
    let mut known = HashMap::new();
    {
        let mut select = tx
            .prepare_cached("select state from funnel_people where tenant_id = ?1 and day = ?2 and visitor = ?3")
            .context("could not prepare the funnel people query")?;
        for key in tally::people_of(events) {
            let state: Option<String> = select
                .query_row(rusqlite::params![key.tenant_id, key.day, key.visitor], |row| row.get(0))
                .optional()
                .context("could not read a funnel person")?;
            if let Some(person) = state.and_then(|state| read_person(&key, &state)) {
                known.insert(key, person);
            }
        }
    }
    store_sqlite(tx, &tally::tally(events, known))
}

fn store_sqlite(tx: &rusqlite::Transaction<'_>, change: &Change) -> anyhow::Result<()> {
    let mut people = tx
        .prepare_cached(
            "insert into funnel_people (tenant_id, day, visitor, state) values (?1, ?2, ?3, ?4) \
             on conflict (tenant_id, day, visitor) do update set state = excluded.state",
        )
        .context("could not prepare the funnel people update")?;
    for (key, person) in &change.people {
        people
            .execute(rusqlite::params![key.tenant_id, key.day, key.visitor, write_person(person)?])
            .context("could not store a funnel person")?;
    }
    let mut stages = tx.prepare_cached(STAGE_UPSERT_SQLITE).context("could not prepare the stage rows")?;
    for (r, (events, visitors)) in &change.rows.stages {
        stages
            .execute(rusqlite::params![
                r.tenant_id,
                r.detail,
                r.any_flow,
                r.day,
                r.stage.as_str(),
                r.device,
                r.flow,
                r.locale,
                r.campaign,
                r.profile,
                r.is_bot,
                r.is_test,
                events,
                visitors
            ])
            .context("could not count into the stage rows")?;
    }
    let mut steps = tx.prepare_cached(STEP_UPSERT_SQLITE).context("could not prepare the step rows")?;
    for (r, (events, visitors)) in &change.rows.steps {
        steps
            .execute(rusqlite::params![
                r.tenant_id,
                r.detail,
                r.any_flow,
                r.day,
                r.stage.as_str(),
                r.flow,
                r.step,
                r.symptom,
                r.device,
                r.locale,
                r.campaign,
                r.profile,
                r.is_test,
                events,
                visitors
            ])
            .context("could not count into the step rows")?;
    }
    let mut values = tx
        .prepare_cached(
            "insert into funnel_values (tenant_id, dimension, value) values (?1, ?2, ?3) on conflict do nothing",
        )
        .context("could not prepare the funnel values")?;
    for (tenant_id, dimension, value) in new_values(change) {
        values.execute(rusqlite::params![tenant_id, dimension, value]).context("could not note a funnel value")?;
    }
    let mut durations = tx.prepare_cached(DURATION_UPSERT_SQLITE).context("could not prepare the duration rows")?;
    for (r, people) in &change.rows.durations {
        durations
            .execute(rusqlite::params![r.tenant_id, r.day, r.stage.as_str(), r.device, r.bucket, people])
            .context("could not count into the duration rows")?;
    }
    Ok(())
}

/// PostgreSQL: counts a batch into the funnel, within the caller's transaction. People are
/// locked in key order, so that instances writing the same people wait for each other.
pub async fn count_postgres(conn: &mut sqlx::AnyConnection, events: &[NewEvent]) -> anyhow::Result<()> {
    let keys = tally::people_of(events);
    let keys_json =
        serde_json::to_string(&keys.iter().map(|k| json!([k.tenant_id, k.day, k.visitor])).collect::<Vec<_>>())
            .context("could not encode funnel people")?;
    sqlx::query(
        "insert into funnel_people (tenant_id, day, visitor, state) \
         select (k ->> 0)::bigint, k ->> 1, k ->> 2, '' from jsonb_array_elements($1::text::jsonb) as k \
         on conflict do nothing",
    )
    .bind(&keys_json)
    .execute(&mut *conn)
    .await
    .context("could not add funnel people")?;
    let stored: Vec<(i64, String, String, String)> = sqlx::query_as(
        "select p.tenant_id, p.day, p.visitor, p.state from funnel_people p \
         join jsonb_array_elements($1::text::jsonb) as k \
         on p.tenant_id = (k ->> 0)::bigint and p.day = k ->> 1 and p.visitor = k ->> 2 \
         order by p.tenant_id, p.day, p.visitor for update of p",
    )
    .bind(&keys_json)
    .fetch_all(&mut *conn)
    .await
    .context("could not read funnel people")?;
    let known = stored
        .into_iter()
        .filter_map(|(tenant_id, day, visitor, state)| {
            let key = PersonKey { tenant_id, day, visitor };
            let person = if state.is_empty() { None } else { read_person(&key, &state) };
            person.map(|p| (key, p))
        })
        .collect();
    store_postgres(conn, &tally::tally(events, known)).await
}

async fn store_postgres(conn: &mut sqlx::AnyConnection, change: &Change) -> anyhow::Result<()> {
    let mut people = Vec::with_capacity(change.people.len());
    for (k, person) in &change.people {
        people.push(json!([k.tenant_id, k.day, k.visitor, write_person(person)?]));
    }
    sqlx::query(
        "update funnel_people p set state = k ->> 3 from jsonb_array_elements($1::text::jsonb) as k \
         where p.tenant_id = (k ->> 0)::bigint and p.day = k ->> 1 and p.visitor = k ->> 2",
    )
    .bind(serde_json::to_string(&people).context("could not encode funnel people")?)
    .execute(&mut *conn)
    .await
    .context("could not store funnel people")?;

    let b = i64::from;
    let stages: Vec<_> = change
        .rows
        .stages
        .iter()
        .map(|(r, (events, visitors))| {
            json!([
                r.tenant_id,
                b(r.detail),
                b(r.any_flow),
                r.day,
                r.stage.as_str(),
                r.device,
                r.flow,
                r.locale,
                r.campaign,
                r.profile,
                b(r.is_bot),
                b(r.is_test),
                events,
                visitors
            ])
        })
        .collect();
    upsert_postgres(
        conn,
        "insert into funnel_stages (tenant_id, detail, any_flow, day, stage, device, flow, locale, campaign, profile, \
         is_bot, is_test, events, visitors) \
         select (r ->> 0)::bigint, (r ->> 1)::bigint, (r ->> 2)::bigint, r ->> 3, r ->> 4, r ->> 5, r ->> 6, r ->> 7, \
         r ->> 8, r ->> 9, (r ->> 10)::bigint, (r ->> 11)::bigint, (r ->> 12)::bigint, (r ->> 13)::bigint \
         from jsonb_array_elements($1::text::jsonb) as r \
         on conflict (tenant_id, detail, any_flow, day, stage, device, flow, locale, campaign, profile, is_bot, is_test) \
         do update set events = funnel_stages.events + excluded.events, visitors = funnel_stages.visitors + excluded.visitors",
        &stages,
        "stage rows",
    )
    .await?;
    let steps: Vec<_> = change
        .rows
        .steps
        .iter()
        .map(|(r, (events, visitors))| {
            json!([
                r.tenant_id,
                b(r.detail),
                b(r.any_flow),
                r.day,
                r.stage.as_str(),
                r.flow,
                r.step,
                r.symptom,
                r.device,
                r.locale,
                r.campaign,
                r.profile,
                b(r.is_test),
                events,
                visitors
            ])
        })
        .collect();
    upsert_postgres(
        conn,
        "insert into funnel_steps (tenant_id, detail, any_flow, day, stage, flow, step, symptom, device, locale, \
         campaign, profile, is_test, events, visitors) \
         select (r ->> 0)::bigint, (r ->> 1)::bigint, (r ->> 2)::bigint, r ->> 3, r ->> 4, r ->> 5, (r ->> 6)::bigint, \
         r ->> 7, r ->> 8, r ->> 9, r ->> 10, r ->> 11, (r ->> 12)::bigint, (r ->> 13)::bigint, (r ->> 14)::bigint \
         from jsonb_array_elements($1::text::jsonb) as r \
         on conflict (tenant_id, detail, any_flow, day, stage, flow, step, symptom, device, locale, campaign, profile, is_test) \
         do update set events = funnel_steps.events + excluded.events, visitors = funnel_steps.visitors + excluded.visitors",
        &steps,
        "step rows",
    )
    .await?;
    let values: Vec<_> = new_values(change).into_iter().map(|(t, d, v)| json!([t, d, v])).collect();
    upsert_postgres(
        conn,
        "insert into funnel_values (tenant_id, dimension, value) \
         select (r ->> 0)::bigint, r ->> 1, r ->> 2 from jsonb_array_elements($1::text::jsonb) as r \
         on conflict do nothing",
        &values,
        "funnel values",
    )
    .await?;
    let durations: Vec<_> = change
        .rows
        .durations
        .iter()
        .map(|(r, people)| json!([r.tenant_id, r.day, r.stage.as_str(), r.device, r.bucket, people]))
        .collect();
    upsert_postgres(
        conn,
        "insert into funnel_durations (tenant_id, day, stage, device, bucket, people) \
         select (r ->> 0)::bigint, r ->> 1, r ->> 2, r ->> 3, (r ->> 4)::bigint, (r ->> 5)::bigint \
         from jsonb_array_elements($1::text::jsonb) as r \
         on conflict (tenant_id, day, stage, device, bucket) \
         do update set people = funnel_durations.people + excluded.people",
        &durations,
        "duration rows",
    )
    .await
}

async fn upsert_postgres(
    conn: &mut sqlx::AnyConnection,
    sql: &str,
    rows: &[serde_json::Value],
    what: &str,
) -> anyhow::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let rows = serde_json::to_string(rows).with_context(|| format!("could not encode {what}"))?;
    sqlx::query(sql).bind(rows).execute(&mut *conn).await.with_context(|| format!("could not count into {what}"))?;
    Ok(())
}

/// Events read back for a recount.
#[derive(sqlx::FromRow)]
struct StoredEvent {
    id: i64,
    at_ms: i64,
    stage: String,
    step: Option<i64>,
    symptom: Option<String>,
    device: String,
    flow: Option<String>,
    locale: String,
    campaign: Option<String>,
    profile: Option<String>,
    visitor: String,
    is_bot: i64,
    is_test: i64,
}

impl StoredEvent {
    fn into_event(self, tenant_id: i64, day: &str) -> NewEvent {
        NewEvent {
            tenant_id,
            at_ms: self.at_ms,
            day: day.to_owned(),
            stage: Stage::parse(&self.stage).unwrap_or(Stage::Visit),
            step: self.step,
            symptom: self.symptom,
            device: Device::parse(&self.device).unwrap_or(Device::Unknown),
            flow: self.flow.as_deref().and_then(FlowId::parse),
            locale: self.locale,
            campaign: self.campaign.as_deref().and_then(Campaign::parse),
            profile: self.profile,
            visitor: self.visitor,
            is_bot: self.is_bot != 0,
            is_test: self.is_test != 0,
            recipient: None,
        }
    }
}

/// Events counted per transaction when a day is counted again.
const RECOUNT_CHUNK: i64 = 20_000;

/// Counts every day listed in `funnel_recount` again from its events, replacing its rows. Runs
/// on start, before the event writer: these are the days that earlier versions had not closed.
pub async fn recount_listed_days(db: &crate::db::Db) -> anyhow::Result<()> {
    let days: Vec<(i64, String)> = sqlx::query_as("select tenant_id, day from funnel_recount order by tenant_id, day")
        .fetch_all(&db.pool)
        .await
        .context("could not read the days to count again")?;
    for (tenant_id, day) in days {
        recount_day(db, tenant_id, &day).await?;
        tracing::info!(tenant = tenant_id, day, "funnel counted again from the events");
    }
    Ok(())
}

/// Counts one day again from its events, replacing its rows, in one transaction.
pub async fn recount_day(db: &crate::db::Db, tenant_id: i64, day: &str) -> anyhow::Result<()> {
    match db.sqlite_file.clone() {
        Some(file) => {
            let day = day.to_owned();
            tokio::task::spawn_blocking(move || recount_day_sqlite(&file, tenant_id, &day))
                .await
                .context("the recount stopped")?
        }
        None => recount_day_postgres(db, tenant_id, day).await,
    }
}

const CLEAR_DAY: [&str; 5] = [
    "delete from funnel_stages where tenant_id = $1 and day = $2",
    "delete from funnel_steps where tenant_id = $1 and day = $2",
    "delete from funnel_durations where tenant_id = $1 and day = $2",
    "delete from funnel_people where tenant_id = $1 and day = $2",
    "delete from funnel_recount where tenant_id = $1 and day = $2",
];

const DAY_EVENTS: &str = "select id, at_ms, stage, step, symptom, device, flow, locale, campaign, profile, visitor, \
     is_bot, is_test from events where tenant_id = $1 and day = $2 and id > $3 order by id limit $4";

fn recount_day_sqlite(file: &std::path::Path, tenant_id: i64, day: &str) -> anyhow::Result<()> {
    let mut connection = crate::db::events::connect(file)?;
    let tx = connection.transaction().context("could not start a recount")?;
    for sql in CLEAR_DAY {
        tx.execute(sql, rusqlite::params![tenant_id, day]).context("could not clear a day's funnel")?;
    }
    let mut after = 0i64;
    loop {
        let events: Vec<StoredEvent> = {
            let mut select = tx.prepare_cached(DAY_EVENTS).context("could not prepare the events query")?;
            let rows = select
                .query_map(rusqlite::params![tenant_id, day, after, RECOUNT_CHUNK], |r| {
                    Ok(StoredEvent {
                        id: r.get(0)?,
                        at_ms: r.get(1)?,
                        stage: r.get(2)?,
                        step: r.get(3)?,
                        symptom: r.get(4)?,
                        device: r.get(5)?,
                        flow: r.get(6)?,
                        locale: r.get(7)?,
                        campaign: r.get(8)?,
                        profile: r.get(9)?,
                        visitor: r.get(10)?,
                        is_bot: r.get(11)?,
                        is_test: r.get(12)?,
                    })
                })
                .context("could not read events to count again")?;
            rows.collect::<Result<_, _>>().context("could not read events to count again")?
        };
        let Some(last) = events.last() else { break };
        after = last.id;
        let events: Vec<NewEvent> = events.into_iter().map(|e| e.into_event(tenant_id, day)).collect();
        count_sqlite(&tx, &events)?;
    }
    tx.commit().context("could not commit a recount")
}

async fn recount_day_postgres(db: &crate::db::Db, tenant_id: i64, day: &str) -> anyhow::Result<()> {
    let mut tx = db.pool.begin().await.context("could not start a recount")?;
    for sql in CLEAR_DAY {
        sqlx::query(sql).bind(tenant_id).bind(day).execute(&mut *tx).await.context("could not clear a day's funnel")?;
    }
    let mut after = 0i64;
    loop {
        let events: Vec<StoredEvent> = sqlx::query_as(DAY_EVENTS)
            .bind(tenant_id)
            .bind(day)
            .bind(after)
            .bind(RECOUNT_CHUNK)
            .fetch_all(&mut *tx)
            .await
            .context("could not read events to count again")?;
        let Some(last) = events.last() else { break };
        after = last.id;
        let events: Vec<NewEvent> = events.into_iter().map(|e| e.into_event(tenant_id, day)).collect();
        count_postgres(&mut tx, &events).await?;
    }
    tx.commit().await.context("could not commit a recount")
}

/// Deletes the people of days that can get no more events (`before` is the first day kept):
/// the rows keep their figures, and no visitor id outlives its use.
pub async fn forget_people(db: &crate::db::Db, before: &str) -> anyhow::Result<u64> {
    let result = sqlx::query("delete from funnel_people where day < $1")
        .bind(before)
        .execute(&db.pool)
        .await
        .context("could not delete old funnel people")?;
    Ok(result.rows_affected())
}
