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

use std::collections::HashMap;

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
    fn clause(&self, tenant_id: i64, across_flows: bool) -> (String, Vec<Bind>) {
        let mut sql = String::from("tenant_id = $1 and day >= $2 and day <= $3 and any_flow = $4");
        let mut binds = vec![
            Bind::Int(tenant_id),
            Bind::Text(self.from.to_owned()),
            Bind::Text(self.to.to_owned()),
            Bind::Int(i64::from(across_flows)),
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

/// People per day, stage, device and campaign within a slice (languages and flows summed).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StageTotal {
    pub day: String,
    pub stage: String,
    pub device: String,
    pub campaign: Option<String>,
    pub events: i64,
    pub visitors: i64,
}

pub async fn stage_totals(db: &Db, tenant_id: i64, slice: &Slice<'_>) -> anyhow::Result<Vec<StageTotal>> {
    let (clause, binds) = slice.clause(tenant_id, slice.flow.is_none());
    let sql = format!(
        "select day, stage, device, campaign, cast(sum(events) as bigint) as events, cast(sum(visitors) as bigint) as visitors from rollup_stages \
         where {clause} and is_bot = 0 group by day, stage, device, campaign"
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
    let (clause, binds) = slice.clause(tenant_id, across_flows);
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
         where tenant_id = $1 and day >= $2 and day <= $3 and any_flow = 1 and is_bot = 1",
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
        let needed = match known.get(&name) {
            Some((_, true)) => false,
            Some((rolled_at, false)) => closed || fresh.now_ms - rolled_at >= fresh.max_age_ms,
            None => true,
        };
        if needed {
            roll_up_day(db, tenant_id, &name, fresh.now_ms, closed).await?;
        }
        match day.next_day() {
            Some(next) if next <= to => day = next,
            _ => break,
        }
    }
    Ok(())
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
    for sql in [ROLL_UP_STAGES, ROLL_UP_STEPS] {
        sqlx::query(sql)
            .bind(tenant_id)
            .bind(day)
            .execute(&mut *tx)
            .await
            .context("could not roll up the day's events")?;
    }
    tx.commit().await.context("could not commit a roll-up")?;
    Ok(())
}

/// Each person-day (a visitor id is one person on one day) with the device and language of
/// its last event and the campaign of its first tagged one.
macro_rules! people {
    () => {
        "with people as ( \
       select visitor, max(id) as last_id, min(case when campaign is not null then id end) as tagged_id \
       from events where tenant_id = $1 and day = $2 group by visitor \
     ), attrs as ( \
       select p.visitor, l.device, l.locale, t.campaign \
       from people p join events l on l.id = p.last_id left join events t on t.id = p.tagged_id \
     ) "
    };
}

const ROLL_UP_STAGES: &str = concat!(
    people!(),
    "insert into rollup_stages \
       (tenant_id, day, stage, device, flow, any_flow, locale, campaign, is_bot, events, visitors) \
     select e.tenant_id, e.day, e.stage, a.device, e.flow, 0, a.locale, a.campaign, e.is_bot, \
       count(*), count(distinct e.visitor) \
     from events e join attrs a on a.visitor = e.visitor where e.tenant_id = $1 and e.day = $2 \
     group by e.tenant_id, e.day, e.stage, a.device, e.flow, a.locale, a.campaign, e.is_bot \
     union all \
     select e.tenant_id, e.day, e.stage, a.device, null, 1, a.locale, a.campaign, e.is_bot, \
       count(*), count(distinct e.visitor) \
     from events e join attrs a on a.visitor = e.visitor where e.tenant_id = $1 and e.day = $2 \
     group by e.tenant_id, e.day, e.stage, a.device, a.locale, a.campaign, e.is_bot"
);

const ROLL_UP_STEPS: &str = concat!(
    people!(),
    "insert into rollup_steps \
       (tenant_id, day, stage, flow, any_flow, step, symptom, device, locale, campaign, events, visitors) \
     select e.tenant_id, e.day, e.stage, e.flow, 0, e.step, e.symptom, a.device, a.locale, a.campaign, \
       count(*), count(distinct e.visitor) \
     from events e join attrs a on a.visitor = e.visitor \
     where e.tenant_id = $1 and e.day = $2 and e.is_bot = 0 and e.stage in ('step', 'stuck') \
     group by e.tenant_id, e.day, e.stage, e.flow, e.step, e.symptom, a.device, a.locale, a.campaign \
     union all \
     select e.tenant_id, e.day, e.stage, null, 1, e.step, e.symptom, a.device, a.locale, a.campaign, \
       count(*), count(distinct e.visitor) \
     from events e join attrs a on a.visitor = e.visitor \
     where e.tenant_id = $1 and e.day = $2 and e.is_bot = 0 and e.stage in ('step', 'stuck') \
     group by e.tenant_id, e.day, e.stage, e.step, e.symptom, a.device, a.locale, a.campaign"
);

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
