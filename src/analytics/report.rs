//! The dashboard's figures, filtered by date range, device, flow, campaign and language.
//! People only: bots and scanners are counted apart. Everything is summed from the daily
//! funnel rows (`db::funnel`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use anyhow::Context;
use serde::Serialize;

use crate::db::Db;
use crate::db::funnel::{self, By, Slice, StageTotal, StepTotal};

/// What the dashboard shows: a slice of the funnel.
pub type Filters = Slice;

#[derive(Debug, Clone, Serialize)]
pub struct StageRow {
    pub stage: String,
    pub events: i64,
    pub visitors: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayRow {
    pub day: String,
    pub stage: String,
    pub visitors: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeviceRow {
    pub device: String,
    pub stage: String,
    pub visitors: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct StepRow {
    pub flow: String,
    pub step: i64,
    pub visitors: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct StuckRow {
    pub flow: String,
    pub step: i64,
    pub symptom: String,
    pub events: i64,
    pub visitors: i64,
}

#[derive(Debug, Clone, Serialize)]
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

/// The dashboard's tables for a slice of the funnel.
pub async fn build(db: &Db, tenant_id: i64, slice: &Filters) -> anyhow::Result<Report> {
    let totals = |by| funnel::stage_totals(db, tenant_id, slice, by);
    let (stages, days, devices, campaigns) =
        (totals(By::Nothing).await?, totals(By::Day).await?, totals(By::Device).await?, totals(By::Campaign).await?);
    let steps = funnel::step_totals(db, tenant_id, slice, false).await?;
    let bots = funnel::bot_events(db, tenant_id, slice.from, slice.to).await?;
    let pairs = |rows: Vec<StageTotal>| rows.into_iter().map(|r| (r.key, r.stage, r.visitors));
    Ok(Report {
        stages: stages
            .into_iter()
            .map(|r| StageRow { stage: r.stage, events: r.events, visitors: r.visitors })
            .collect(),
        days: pairs(days).map(|(day, stage, visitors)| DayRow { day, stage, visitors }).collect(),
        devices: pairs(devices).map(|(device, stage, visitors)| DeviceRow { device, stage, visitors }).collect(),
        campaigns: pairs(campaigns)
            .map(|(campaign, stage, visitors)| CampaignRow { campaign, stage, visitors })
            .collect(),
        ..step_tables(&steps, bots)
    })
}

/// The steps and stuck tables from step totals. Sorted maps keep them in a stable order:
/// steps by flow and number, stuck reports by count.
fn step_tables(step_totals: &[StepTotal], bots: i64) -> Report {
    let mut steps: BTreeMap<(&str, i64), i64> = BTreeMap::new();
    let mut stuck: BTreeMap<(&str, i64, &str), (i64, i64)> = BTreeMap::new();
    for r in step_totals {
        let (flow, step, symptom) = (r.flow.as_str(), r.step, r.symptom.as_str());
        match r.stage.as_str() {
            "step" => *steps.entry((flow, step)).or_default() += r.visitors,
            "stuck" => {
                let e = stuck.entry((flow, step, symptom)).or_default();
                e.0 += r.events;
                e.1 += r.visitors;
            }
            _ => {}
        }
    }
    let mut stuck: Vec<StuckRow> = stuck
        .into_iter()
        .map(|((flow, step, symptom), (events, visitors))| StuckRow {
            flow: flow.to_owned(),
            step,
            symptom: symptom.to_owned(),
            events,
            visitors,
        })
        .collect();
    stuck.sort_by_key(|s| std::cmp::Reverse(s.events));
    Report {
        steps: steps
            .into_iter()
            .map(|((flow, step), visitors)| StepRow { flow: flow.to_owned(), step, visitors })
            .collect(),
        stuck,
        bots,
        ..Report::default()
    }
}

impl Report {
    pub fn visitors(&self, stage: &str) -> i64 {
        self.stages.iter().find(|s| s.stage == stage).map_or(0, |s| s.visitors)
    }
}

/// A table as CSV, with a header row. Every cell is defused (`csv_safe`): values such as
/// campaign tags come from visitors, and a spreadsheet must not run them.
pub fn to_csv<T: Serialize>(rows: &[T]) -> anyhow::Result<String> {
    let mut raw = csv::Writer::from_writer(Vec::new());
    for row in rows {
        raw.serialize(row).context("could not write CSV")?;
    }
    let raw = raw.into_inner().context("could not finish CSV")?;
    let mut records = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(raw.as_slice());
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in records.records() {
        let record = record.context("could not read back CSV")?;
        writer.write_record(record.iter().map(|cell| csv_safe(cell).into_owned())).context("could not write CSV")?;
    }
    let bytes = writer.into_inner().context("could not finish CSV")?;
    String::from_utf8(bytes).context("CSV is not UTF-8")
}

/// A cell that a spreadsheet will not run as a formula.
fn csv_safe(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}").into() } else { value.into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_in_csv_cells() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("Adele Vance"), "Adele Vance");
    }

    #[test]
    fn every_cell_of_every_table_is_defused() {
        #[derive(Serialize)]
        struct Row {
            campaign: &'static str,
            visitors: i64,
        }
        let rows = [
            Row { campaign: "-2-3", visitors: 4 },
            Row { campaign: "=1+1", visitors: 1 },
            Row { campaign: "@SUM(A1)", visitors: 1 },
            Row { campaign: "+1", visitors: 1 },
            Row { campaign: "\tx", visitors: 1 },
            Row { campaign: "announcement, \"q\"", visitors: 2 },
        ];
        let csv = to_csv(&rows).unwrap();
        assert_eq!(
            csv,
            "campaign,visitors\n'-2-3,4\n'=1+1,1\n'@SUM(A1),1\n'+1,1\n'\tx,1\n\"announcement, \"\"q\"\"\",2\n"
        );
    }
}
