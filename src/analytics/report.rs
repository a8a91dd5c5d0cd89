//! The dashboard's figures, filtered by date range, device, flow, campaign and language.
//! People only: bots and scanners are counted apart.

use anyhow::Context;
use serde::Serialize;

use crate::db::Db;

#[derive(Clone, Debug, Default)]
pub struct Filters {
    pub from: String,
    pub to: String,
    pub device: Option<String>,
    pub flow: Option<String>,
    pub campaign: Option<String>,
    pub locale: Option<String>,
}

impl Filters {
    /// `where …` with `$1…` placeholders, and the values to bind in order.
    fn clause(&self, tenant_id: i64) -> (String, Vec<Bind>) {
        let mut sql = String::from("tenant_id = $1 and day >= $2 and day <= $3 and is_bot = 0");
        let mut binds = vec![Bind::Int(tenant_id), Bind::Text(self.from.clone()), Bind::Text(self.to.clone())];
        for (column, value) in
            [("device", &self.device), ("flow", &self.flow), ("campaign", &self.campaign), ("locale", &self.locale)]
        {
            if let Some(v) = value {
                binds.push(Bind::Text(v.clone()));
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

async fn rows<T>(db: &Db, tenant_id: i64, filters: &Filters, select: &str, tail: &str) -> anyhow::Result<Vec<T>>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
{
    let (clause, binds) = filters.clause(tenant_id);
    let sql = format!("{select} from events where {clause} {tail}");
    let mut query = sqlx::query_as::<_, T>(&sql);
    for bind in binds {
        query = match bind {
            Bind::Int(v) => query.bind(v),
            Bind::Text(v) => query.bind(v),
        };
    }
    query.fetch_all(&db.pool).await.with_context(|| format!("dashboard query failed: {select}"))
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct StageRow {
    pub stage: String,
    pub events: i64,
    pub visitors: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct DayRow {
    pub day: String,
    pub stage: String,
    pub visitors: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct DeviceRow {
    pub device: String,
    pub stage: String,
    pub visitors: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct StepRow {
    pub flow: String,
    pub step: i64,
    pub visitors: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct StuckRow {
    pub flow: String,
    pub step: i64,
    pub symptom: String,
    pub events: i64,
    pub visitors: i64,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct CampaignRow {
    pub campaign: String,
    pub stage: String,
    pub visitors: i64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub stages: Vec<StageRow>,
    pub days: Vec<DayRow>,
    pub devices: Vec<DeviceRow>,
    pub steps: Vec<StepRow>,
    pub stuck: Vec<StuckRow>,
    pub campaigns: Vec<CampaignRow>,
    pub bots: i64,
}

pub async fn build(db: &Db, tenant_id: i64, f: &Filters) -> anyhow::Result<Report> {
    let stages = rows(
        db,
        tenant_id,
        f,
        "select stage, count(*) as events, count(distinct visitor) as visitors",
        "group by stage",
    )
    .await?;
    let days = rows(
        db,
        tenant_id,
        f,
        "select day, stage, count(distinct visitor) as visitors",
        "group by day, stage order by day",
    )
    .await?;
    let devices = rows(
        db,
        tenant_id,
        f,
        "select device, stage, count(distinct visitor) as visitors",
        "group by device, stage order by device",
    )
    .await?;
    let steps = rows(
        db,
        tenant_id,
        f,
        "select flow, step, count(distinct visitor) as visitors",
        "and stage = 'step' and flow is not null and step is not null group by flow, step order by flow, step",
    )
    .await?;
    let stuck = rows(
        db,
        tenant_id,
        f,
        "select flow, step, symptom, count(*) as events, count(distinct visitor) as visitors",
        "and stage = 'stuck' and flow is not null and step is not null and symptom is not null \
         group by flow, step, symptom order by count(*) desc, flow, step, symptom",
    )
    .await?;
    let campaigns = rows(
        db,
        tenant_id,
        f,
        "select coalesce(campaign, '') as campaign, stage, count(distinct visitor) as visitors",
        "group by coalesce(campaign, ''), stage order by 1",
    )
    .await?;
    let bots = crate::db::events::bot_count(db, tenant_id, &f.from, &f.to).await?;
    Ok(Report { stages, days, devices, steps, stuck, campaigns, bots })
}

impl Report {
    pub fn visitors(&self, stage: &str) -> i64 {
        self.stages.iter().find(|s| s.stage == stage).map_or(0, |s| s.visitors)
    }
}

/// A table as CSV, with a header row.
pub fn to_csv<T: Serialize>(rows: &[T]) -> anyhow::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.serialize(row).context("could not write CSV")?;
    }
    let bytes = writer.into_inner().context("could not finish CSV")?;
    String::from_utf8(bytes).context("CSV is not UTF-8")
}

/// A cell that a spreadsheet will not run as a formula.
pub fn csv_safe(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_in_csv_cells() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("Adele Vance"), "Adele Vance");
    }
}
