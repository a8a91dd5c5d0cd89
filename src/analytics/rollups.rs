//! Daily roll-ups of the events table, which every funnel figure is read from.
//!
//! A day is rolled up into two tables: per stage (with device, flow, language and campaign),
//! and per step and symptom. Visitors are distinct within a row. Visitor ids change every day,
//! so days add up exactly. Within a day, each person counts under one device and language
//! (those of their last event: what they settled on) and one campaign (their first tagged link),
//! so rows add up exactly across those too. Flows are per event: filtered by flow, a person
//! counts in each flow they followed; across all flows they count once, from rows kept for that. A day that has ended is rolled up once, for good; today is rolled up again
//! when its roll-up is older than the configured age, so reading the funnel costs the same
//! whether the tenant has a thousand events or ten million.

use std::collections::{HashMap, HashSet};
use std::sync::{LazyLock, Mutex};

use anyhow::Context;
use time::{Date, OffsetDateTime, Time};

use crate::db::Db;

/// Events are stamped by the server that took them; a day is final this long after it ended,
/// which covers the clocks of several instances and a batch still being written at midnight.
const GRACE_MS: i64 = 5 * 60 * 1000;

/// Which events a figure covers: a date range (inclusive), and optionally one device, flow,
/// campaign and language.
#[derive(Clone, Copy, Debug, Default)]
pub struct Slice<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub device: Option<&'a str>,
    pub flow: Option<&'a str>,
    pub campaign: Option<&'a str>,
    pub locale: Option<&'a str>,
}

impl Slice<'_> {
    /// `where …` over a roll-up table, and its values in placeholder order. Without a flow, the
    /// rows that count people across flows; with one, that flow's rows.
    /// `detail`: the rows that keep every dimension, needed when filtering by one that the
    /// summary rows leave out.
    fn clause(&self, tenant_id: i64, across_flows: bool, detail: bool) -> (String, Vec<Bind>) {
        let mut sql = String::from("tenant_id = $1 and detail = $2 and any_flow = $3 and day >= $4 and day <= $5");
        let mut binds = vec![
            Bind::Int(tenant_id),
            Bind::Int(i64::from(detail)),
            Bind::Int(i64::from(across_flows)),
            Bind::Text(self.from.to_owned()),
            Bind::Text(self.to.to_owned()),
        ];
        let flow = if across_flows { None } else { self.flow };
        for (column, value) in
            [("device", self.device), ("flow", flow), ("campaign", self.campaign), ("locale", self.locale)]
        {
            if let Some(v) = value {
                binds.push(Bind::Text(v.to_owned()));
                sql.push_str(&format!(" and {column} = ${}", binds.len()));
            }
        }
        (sql, binds)
    }
}

enum Bind {
    Int(i64),
    Text(String),
}

async fn fetch<T>(db: &Db, sql: &str, binds: Vec<Bind>) -> anyhow::Result<Vec<T>>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
{
    let mut query = sqlx::query_as::<_, T>(sql);
    for bind in binds {
        query = match bind {
            Bind::Int(v) => query.bind(v),
            Bind::Text(v) => query.bind(v),
        };
    }
    query.fetch_all(&db.pool).await.context("could not read the funnel roll-ups")
}

/// What stage totals are broken down by, besides the stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    Nothing,
    Day,
    Device,
    Campaign,
}

impl By {
    fn column(self) -> &'static str {
        match self {
            By::Nothing => "''",
            By::Day => "day",
            By::Device => "device",
            By::Campaign => "coalesce(campaign, '')",
        }
    }
}

/// People and events per stage within a slice, broken down by one dimension (`key` is empty
/// for `By::Nothing`, and for events without a campaign under `By::Campaign`). Summed in the
/// database, so only the figures come back.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StageTotal {
    pub key: String,
    pub stage: String,
    pub events: i64,
    pub visitors: i64,
}

pub async fn stage_totals(db: &Db, tenant_id: i64, slice: &Slice<'_>, by: By) -> anyhow::Result<Vec<StageTotal>> {
    // Summary rows keep device and campaign but not the language.
    let (clause, binds) = slice.clause(tenant_id, slice.flow.is_none(), slice.locale.is_some());
    let key = by.column();
    let group = if by == By::Nothing { "stage".to_owned() } else { format!("{key}, stage") };
    let sql = format!(
        "select {key} as key, stage, cast(sum(events) as bigint) as events, \
         cast(sum(visitors) as bigint) as visitors from rollup_stages \
         where {clause} and is_bot = 0 group by {group} order by 1, 2"
    );
    fetch(db, &sql, binds).await
}

/// Step views and "I'm stuck" reports within a slice, per flow (or across flows), step and
/// symptom.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StepTotal {
    pub stage: String,
    pub flow: Option<String>,
    pub step: Option<i64>,
    pub symptom: Option<String>,
    pub events: i64,
    pub visitors: i64,
}

pub async fn step_totals(
    db: &Db,
    tenant_id: i64,
    slice: &Slice<'_>,
    across_flows: bool,
) -> anyhow::Result<Vec<StepTotal>> {
    // Summary rows keep neither device, language nor campaign.
    let detail = slice.device.is_some() || slice.locale.is_some() || slice.campaign.is_some();
    let (clause, binds) = slice.clause(tenant_id, across_flows, detail);
    let sql = format!(
        "select stage, flow, step, symptom, cast(sum(events) as bigint) as events, cast(sum(visitors) as bigint) as visitors from rollup_steps \
         where {clause} group by stage, flow, step, symptom"
    );
    fetch(db, &sql, binds).await
}

/// Events from bots and link scanners in a date range, whatever else the slice says.
pub async fn bot_events(db: &Db, tenant_id: i64, from: &str, to: &str) -> anyhow::Result<i64> {
    let (n,): (Option<i64>,) = sqlx::query_as(
        "select cast(sum(events) as bigint) from rollup_stages \
         where tenant_id = $1 and detail = 0 and any_flow = 1 and day >= $2 and day <= $3 and is_bot = 1",
    )
    .bind(tenant_id)
    .bind(from)
    .bind(to)
    .fetch_one(&db.pool)
    .await
    .context("could not count bot events")?;
    Ok(n.unwrap_or(0))
}

/// How fresh the figures of a day that has not ended must be.
#[derive(Clone, Copy, Debug)]
pub struct Freshness {
    pub now_ms: i64,
    pub max_age_ms: i64,
}

/// Rolls up every day of `from..=to` (up to today) that has no final roll-up, or whose open
/// roll-up is older than `fresh.max_age_ms`. Days before the tenant's first event are skipped.
pub async fn refresh(db: &Db, tenant_id: i64, from: &str, to: &str, fresh: Freshness) -> anyhow::Result<()> {
    let now = OffsetDateTime::from_unix_timestamp_nanos(i128::from(fresh.now_ms) * 1_000_000)
        .context("the clock is out of range")?;
    let today = now.date();
    let (first,): (Option<String>,) = sqlx::query_as("select min(day) from events where tenant_id = $1")
        .bind(tenant_id)
        .fetch_one(&db.pool)
        .await
        .context("could not find the first event day")?;
    let (Some(first), Some(from), Some(to)) = (first.as_deref().and_then(parse_day), parse_day(from), parse_day(to))
    else {
        return Ok(());
    };
    let (from, to) = (from.max(first), to.min(today));
    if from > to {
        return Ok(());
    }
    let known: HashMap<String, (i64, bool)> = sqlx::query_as::<_, (String, i64, i64)>(
        "select day, rolled_at, complete from rollup_days where tenant_id = $1 and day >= $2 and day <= $3",
    )
    .bind(tenant_id)
    .bind(show_day(from))
    .bind(show_day(to))
    .fetch_all(&db.pool)
    .await
    .context("could not read which days are rolled up")?
    .into_iter()
    .map(|(day, rolled_at, complete)| (day, (rolled_at, complete != 0)))
    .collect();
    let mut day = from;
    loop {
        let name = show_day(day);
        let closed = fresh.now_ms >= end_of_day_ms(day) + GRACE_MS;
        match known.get(&name) {
            Some((_, true)) => {}
            // Today's figures are there but older than allowed: they are served as they are
            // while a fresh roll-up is made, so no reader waits for a busy day's recount.
            Some((rolled_at, false)) if !closed && fresh.max_age_ms > 0 => {
                if fresh.now_ms - rolled_at >= fresh.max_age_ms {
                    roll_up_in_background(db, tenant_id, name, fresh.now_ms);
                }
            }
            Some((rolled_at, false)) if !closed && fresh.now_ms - rolled_at < fresh.max_age_ms => {}
            _ => roll_up_day(db, tenant_id, &name, fresh.now_ms, closed).await?,
        }
        match day.next_day() {
            Some(next) if next <= to => day = next,
            _ => break,
        }
    }
    Ok(())
}

/// Days being rolled up in the background, so a busy dashboard starts one recount at a time.
static REFRESHING: LazyLock<Mutex<HashSet<(i64, String)>>> = LazyLock::new(Mutex::default);

fn roll_up_in_background(db: &Db, tenant_id: i64, day: String, now_ms: i64) {
    let key = (tenant_id, day);
    if !REFRESHING.lock().is_ok_and(|mut days| days.insert(key.clone())) {
        return;
    }
    let db = db.clone();
    tokio::spawn(async move {
        if let Err(error) = roll_up_day(&db, key.0, &key.1, now_ms, false).await {
            tracing::warn!(error = format!("{error:#}"), day = key.1, "could not refresh a roll-up");
        }
        if let Ok(mut days) = REFRESHING.lock() {
            days.remove(&key);
        }
    });
}

/// Computes one day's rows from its events, replacing what was there, in one transaction.
/// The `rollup_days` row is written first, so concurrent roll-ups of the same day (several
/// instances) wait for each other instead of interleaving.
pub async fn roll_up_day(db: &Db, tenant_id: i64, day: &str, now_ms: i64, complete: bool) -> anyhow::Result<()> {
    let mut tx = db.pool.begin().await.context("could not start a roll-up")?;
    sqlx::query(
        "insert into rollup_days (tenant_id, day, rolled_at, complete) values ($1, $2, $3, $4) \
         on conflict (tenant_id, day) do update set rolled_at = excluded.rolled_at, complete = excluded.complete",
    )
    .bind(tenant_id)
    .bind(day)
    .bind(now_ms)
    .bind(i64::from(complete))
    .execute(&mut *tx)
    .await
    .context("could not mark the day as rolled up")?;
    for table in ["rollup_stages", "rollup_steps"] {
        sqlx::query(&format!("delete from {table} where tenant_id = $1 and day = $2"))
            .bind(tenant_id)
            .bind(day)
            .execute(&mut *tx)
            .await
            .with_context(|| format!("could not clear {table}"))?;
    }
    let events: Vec<DayEvent> = sqlx::query_as(
        "select visitor, stage, step, symptom, device, flow, locale, campaign, is_bot from events \
         where tenant_id = $1 and day = $2 order by id",
    )
    .bind(tenant_id)
    .bind(day)
    .fetch_all(&mut *tx)
    .await
    .context("could not read the day's events")?;
    let (stages, steps) = summarise(&events);
    insert_rows(&mut tx, "rollup_stages", STAGE_COLUMNS, tenant_id, day, &stages).await?;
    insert_rows(&mut tx, "rollup_steps", STEP_COLUMNS, tenant_id, day, &steps).await?;
    tx.commit().await.context("could not commit a roll-up")?;
    Ok(())
}

#[derive(Debug, sqlx::FromRow)]
struct DayEvent {
    visitor: String,
    stage: String,
    step: Option<i64>,
    symptom: Option<String>,
    device: String,
    flow: Option<String>,
    locale: String,
    campaign: Option<String>,
    is_bot: i64,
}

/// One roll-up row before it is written: its key columns (text or number, possibly empty)
/// and its counts.
type Key<'a> = Vec<Value<'a>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Value<'a> {
    Text(Option<&'a str>),
    Int(Option<i64>),
}

type Counts<'a> = HashMap<Key<'a>, (i64, HashSet<&'a str>)>;

/// Key columns of `rollup_stages`, in the order `summarise` builds them.
const STAGE_COLUMNS: &[&str] = &["stage", "device", "flow", "any_flow", "locale", "campaign", "is_bot", "detail"];
/// Key columns of `rollup_steps`.
const STEP_COLUMNS: &[&str] =
    &["stage", "flow", "any_flow", "step", "symptom", "device", "locale", "campaign", "detail"];

/// Each person-day's device and language (of their last event) and campaign (of their first
/// tagged one), then every event counted under the rows it belongs to: within its flow and
/// across flows; with every dimension (detail) and summed over those no unfiltered view needs.
fn summarise(events: &[DayEvent]) -> (Counts<'_>, Counts<'_>) {
    struct Person<'a> {
        device: &'a str,
        locale: &'a str,
        campaign: Option<&'a str>,
    }
    let mut people: HashMap<&str, Person> = HashMap::new();
    for e in events {
        let p = people.entry(&e.visitor).or_insert(Person { device: &e.device, locale: &e.locale, campaign: None });
        p.device = &e.device;
        p.locale = &e.locale;
        p.campaign = p.campaign.or(e.campaign.as_deref());
    }
    let mut stages: Counts = HashMap::new();
    let mut steps: Counts = HashMap::new();
    for e in events {
        let Some(p) = people.get(e.visitor.as_str()) else { continue };
        for (flow, any_flow) in [(e.flow.as_deref(), 0), (None, 1)] {
            for detail in [0, 1] {
                let locale = (detail == 1).then_some(p.locale);
                let key = vec![
                    text(Some(&e.stage)),
                    text(Some(p.device)),
                    text(flow),
                    Value::Int(Some(any_flow)),
                    text(locale),
                    text(p.campaign),
                    Value::Int(Some(e.is_bot)),
                    Value::Int(Some(detail)),
                ];
                count(&mut stages, key, e.visitor.as_str());
                if e.is_bot == 0 && (e.stage == "step" || e.stage == "stuck") {
                    let (device, locale, campaign) =
                        if detail == 1 { (Some(p.device), Some(p.locale), p.campaign) } else { (None, None, None) };
                    let key = vec![
                        text(Some(&e.stage)),
                        text(flow),
                        Value::Int(Some(any_flow)),
                        Value::Int(e.step),
                        text(e.symptom.as_deref()),
                        text(device),
                        text(locale),
                        text(campaign),
                        Value::Int(Some(detail)),
                    ];
                    count(&mut steps, key, e.visitor.as_str());
                }
            }
        }
    }
    (stages, steps)
}

fn count<'a>(map: &mut Counts<'a>, key: Key<'a>, visitor: &'a str) {
    let entry = map.entry(key).or_default();
    entry.0 += 1;
    entry.1.insert(visitor);
}

fn text(value: Option<&str>) -> Value<'_> {
    Value::Text(value)
}

/// Writes roll-up rows: `tenant_id, day`, the key columns, `events, visitors`.
async fn insert_rows(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    table: &str,
    columns: &[&str],
    tenant_id: i64,
    day: &str,
    rows: &Counts<'_>,
) -> anyhow::Result<()> {
    let rows: Vec<_> = rows.iter().collect();
    let width = columns.len() + 4;
    for chunk in rows.chunks(200) {
        let sql = format!(
            "insert into {table} (tenant_id, day, {}, events, visitors) values {}",
            columns.join(", "),
            crate::db::values_placeholders(chunk.len(), width)
        );
        let mut query = sqlx::query(&sql);
        for (key, (events, visitors)) in chunk {
            query = query.bind(tenant_id).bind(day);
            for value in key.iter() {
                query = match *value {
                    Value::Text(v) => query.bind(v.map(str::to_owned)),
                    Value::Int(v) => query.bind(v),
                };
            }
            query = query.bind(*events).bind(visitors.len() as i64);
        }
        query.execute(&mut **tx).await.with_context(|| format!("could not write {table}"))?;
    }
    Ok(())
}

fn parse_day(day: &str) -> Option<Date> {
    Date::parse(day, time::macros::format_description!("[year]-[month]-[day]")).ok()
}

fn show_day(day: Date) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), u8::from(day.month()), day.day())
}

fn end_of_day_ms(day: Date) -> i64 {
    let next = day.next_day().unwrap_or(day);
    (next.with_time(Time::MIDNIGHT).assume_utc().unix_timestamp_nanos() / 1_000_000) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_ends_at_the_next_midnight_utc() {
        let day = parse_day("2026-11-21").unwrap();
        let end = end_of_day_ms(day);
        let midnight = time::macros::datetime!(2026-11-22 0:00 UTC);
        assert_eq!(end, (midnight.unix_timestamp_nanos() / 1_000_000) as i64);
        assert_eq!(show_day(day), "2026-11-21");
        assert_eq!(parse_day("2026-13-01"), None);
    }
}
