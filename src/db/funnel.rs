//! Reading the funnel rows (`funnel_stages`, `funnel_steps`, `funnel_durations`), which the
//! event writer keeps up to date (`funnel_tally`): sums over rows, never over events.

use anyhow::Context;

use crate::db::Db;
use crate::domain::day::Day;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;

/// Which people a figure covers: a date range (inclusive), optionally one device, flow,
/// campaign, language and passkey profile; and whether IT's test visits count too.
#[derive(Clone, Debug)]
pub struct Slice {
    pub from: Day,
    pub to: Day,
    pub device: Option<Device>,
    pub flow: Option<FlowId>,
    pub campaign: Option<String>,
    pub locale: Option<String>,
    pub profile: Option<String>,
    pub with_tests: bool,
}

impl Slice {
    pub fn days(from: Day, to: Day) -> Slice {
        Slice { from, to, device: None, flow: None, campaign: None, locale: None, profile: None, with_tests: false }
    }

    /// `where …` over a funnel table and its values in placeholder order. Without a flow, the
    /// rows that count people across flows; with one, that flow's rows. `detail`: the rows that
    /// keep every dimension, for a filter on one the summary rows leave out.
    fn clause(&self, tenant_id: i64, across_flows: bool, detail: bool) -> (String, Vec<Bind>) {
        let mut sql = String::from("tenant_id = $1 and detail = $2 and any_flow = $3 and day >= $4 and day <= $5");
        let mut binds = vec![
            Bind::Int(tenant_id),
            Bind::Int(i64::from(detail)),
            Bind::Int(i64::from(across_flows)),
            Bind::Text(self.from.to_string()),
            Bind::Text(self.to.to_string()),
        ];
        let flow = if across_flows { None } else { self.flow.map(FlowId::as_str) };
        for (column, value) in [
            ("device", self.device.map(Device::as_str)),
            ("flow", flow),
            ("campaign", self.campaign.as_deref()),
            ("locale", self.locale.as_deref()),
            ("profile", self.profile.as_deref()),
        ] {
            if let Some(v) = value {
                binds.push(Bind::Text(v.to_owned()));
                sql.push_str(&format!(" and {column} = ${}", binds.len()));
            }
        }
        if !self.with_tests {
            sql.push_str(" and is_test = 0");
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
    query.fetch_all(&db.pool).await.context("could not read the funnel")
}

/// What stage totals are broken down by, besides the stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    Day,
    Device,
    Campaign,
}

impl By {
    fn column(self) -> &'static str {
        match self {
            By::Day => "day",
            By::Device => "device",
            By::Campaign => "campaign",
        }
    }
}

/// People and events per stage within a slice, broken down by one dimension (`key`; empty for
/// people without a campaign under `By::Campaign`). Summed in the database, so only the figures
/// come back.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StageTotal {
    pub key: String,
    pub stage: String,
    pub events: i64,
    pub visitors: i64,
}

pub async fn stage_totals(db: &Db, tenant_id: i64, slice: &Slice, by: By) -> anyhow::Result<Vec<StageTotal>> {
    // Summary rows keep device and campaign, not the language or profile.
    let detail = slice.locale.is_some() || slice.profile.is_some();
    let (clause, binds) = slice.clause(tenant_id, slice.flow.is_none(), detail);
    let key = by.column();
    let sql = format!(
        "select {key} as key, stage, cast(sum(events) as bigint) as events, \
         cast(sum(visitors) as bigint) as visitors from funnel_stages \
         where {clause} and is_bot = 0 group by {key}, stage having sum(events) <> 0"
    );
    fetch(db, &sql, binds).await
}

/// Step views and "I'm stuck" reports within a slice, per flow (empty across flows), step and
/// problem (empty when the report named none).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct StepTotal {
    pub stage: String,
    pub flow: String,
    pub step: i64,
    pub symptom: String,
    pub events: i64,
    pub visitors: i64,
}

pub async fn step_totals(db: &Db, tenant_id: i64, slice: &Slice, across_flows: bool) -> anyhow::Result<Vec<StepTotal>> {
    // Summary rows keep neither device, language, campaign nor profile.
    let detail =
        slice.device.is_some() || slice.locale.is_some() || slice.campaign.is_some() || slice.profile.is_some();
    let (clause, binds) = slice.clause(tenant_id, across_flows, detail);
    let sql = format!(
        "select stage, flow, step, symptom, cast(sum(events) as bigint) as events, \
         cast(sum(visitors) as bigint) as visitors from funnel_steps \
         where {clause} group by stage, flow, step, symptom having sum(events) <> 0"
    );
    fetch(db, &sql, binds).await
}

/// Events from bots and link scanners in a date range, whatever else the slice says.
pub async fn bot_events(db: &Db, tenant_id: i64, from: Day, to: Day) -> anyhow::Result<i64> {
    let (n,): (Option<i64>,) = sqlx::query_as(
        "select cast(sum(events) as bigint) from funnel_stages \
         where tenant_id = $1 and detail = 0 and any_flow = 1 and day >= $2 and day <= $3 and is_bot = 1",
    )
    .bind(tenant_id)
    .bind(from.to_string())
    .bind(to.to_string())
    .fetch_one(&db.pool)
    .await
    .context("could not count bot events")?;
    Ok(n.unwrap_or(0))
}

/// People per span of time from their first visit of the day to a stage (`tally::duration_bucket`).
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct DurationTotal {
    pub stage: String,
    pub bucket: i64,
    pub people: i64,
}

pub async fn durations(db: &Db, tenant_id: i64, slice: &Slice) -> anyhow::Result<Vec<DurationTotal>> {
    let mut sql = String::from(
        "select stage, bucket, cast(sum(people) as bigint) as people from funnel_durations \
         where tenant_id = $1 and day >= $2 and day <= $3",
    );
    let mut binds = vec![Bind::Int(tenant_id), Bind::Text(slice.from.to_string()), Bind::Text(slice.to.to_string())];
    if let Some(device) = slice.device {
        binds.push(Bind::Text(device.as_str().to_owned()));
        sql.push_str(" and device = $4");
    }
    sql.push_str(" group by stage, bucket having sum(people) > 0 order by stage, bucket");
    fetch(db, &sql, binds).await
}

/// The values a tenant's funnel has seen, for the filters to offer: devices, flows, languages,
/// campaigns and profiles of people (not bots), ever.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Seen {
    pub devices: Vec<Device>,
    pub flows: Vec<FlowId>,
    pub locales: Vec<String>,
    pub campaigns: Vec<String>,
    pub profiles: Vec<String>,
    /// Whether any test visit was recorded.
    pub tests: bool,
}

pub async fn seen(db: &Db, tenant_id: i64) -> anyhow::Result<Seen> {
    let values: Vec<(String, String)> =
        sqlx::query_as("select dimension, value from funnel_values where tenant_id = $1 order by dimension, value")
            .bind(tenant_id)
            .fetch_all(&db.pool)
            .await
            .context("could not read the funnel's values")?;
    let mut seen = Seen::default();
    for (dimension, value) in values {
        match dimension.as_str() {
            "device" => seen.devices.extend(Device::parse(&value)),
            "flow" => seen.flows.extend(FlowId::parse(&value)),
            "locale" => seen.locales.push(value),
            "campaign" => seen.campaigns.push(value),
            "profile" => seen.profiles.push(value),
            "test" => seen.tests = true,
            _ => {}
        }
    }
    Ok(seen)
}

/// The day each campaign brought its first visit (people, not bots; test visits aside), ever:
/// when each announcement or reminder went out.
pub async fn campaign_first_days(db: &Db, tenant_id: i64) -> anyhow::Result<Vec<(String, Day)>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "select campaign, min(day) from funnel_stages where tenant_id = $1 and detail = 0 and any_flow = 1 \
         and is_bot = 0 and is_test = 0 and stage = 'visit' and campaign <> '' group by campaign order by 2, 1",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read when campaigns began")?;
    Ok(rows.into_iter().filter_map(|(campaign, day)| Some((campaign, Day::parse(&day)?))).collect())
}
