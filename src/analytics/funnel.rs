//! The funnel as rollout owners read it: stages in order, people and events, bots apart.

use std::collections::BTreeMap;

use serde::Serialize;

use super::rollups::{self, Freshness, Rollup};
use crate::db::Db;
use crate::domain::stage::Stage;

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct StageFigures {
    pub stage: &'static str,
    pub events: i64,
    pub visitors: i64,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct StepFigures {
    pub step: i64,
    pub events: i64,
    pub visitors: i64,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct StuckFigures {
    pub flow: Option<String>,
    pub step: Option<i64>,
    pub symptom: Option<String>,
    pub events: i64,
    pub visitors: i64,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Funnel {
    pub tenant: String,
    pub from: String,
    pub to: String,
    /// `visit`, `step`, `handoff`, `done`, in that order.
    pub funnel: Vec<StageFigures>,
    pub steps: Vec<StepFigures>,
    pub stuck: Vec<StuckFigures>,
    pub switches: StageFigures,
    /// Events from crawlers, monitors and link scanners, left out of everything above.
    pub bots: i64,
}

pub async fn compute(
    db: &Db,
    tenant_id: i64,
    slug: &str,
    from: &str,
    to: &str,
    fresh: Freshness,
) -> anyhow::Result<Funnel> {
    let rollup = rollups::load(db, tenant_id, from, to, fresh).await?;
    Ok(from_rollup(&rollup, slug, from, to))
}

/// The funnel summed from roll-up rows: people only, with bots' events counted apart.
pub fn from_rollup(rollup: &Rollup, slug: &str, from: &str, to: &str) -> Funnel {
    let mut stages: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    let mut bots = 0;
    for r in rollup.stages.iter().filter(|r| r.any_flow == 1) {
        if r.is_bot != 0 {
            bots += r.events;
        } else {
            let e = stages.entry(&r.stage).or_default();
            e.0 += r.events;
            e.1 += r.visitors;
        }
    }
    let figures = |stage: Stage| {
        let (events, visitors) = stages.get(stage.as_str()).copied().unwrap_or_default();
        StageFigures { stage: stage.as_str(), events, visitors }
    };
    let mut steps: BTreeMap<i64, (i64, i64)> = BTreeMap::new();
    let mut stuck: BTreeMap<(Option<&str>, Option<i64>, Option<&str>), (i64, i64)> = BTreeMap::new();
    for r in &rollup.steps {
        let e = match (r.stage.as_str(), r.step, r.any_flow) {
            ("step", Some(step), 1) => steps.entry(step).or_default(),
            ("stuck", step, 0) => stuck.entry((r.flow.as_deref(), step, r.symptom.as_deref())).or_default(),
            _ => continue,
        };
        e.0 += r.events;
        e.1 += r.visitors;
    }
    let mut stuck: Vec<StuckFigures> = stuck
        .into_iter()
        .map(|((flow, step, symptom), (events, visitors))| StuckFigures {
            flow: flow.map(str::to_owned),
            step,
            symptom: symptom.map(str::to_owned),
            events,
            visitors,
        })
        .collect();
    stuck.sort_by(|a, b| b.events.cmp(&a.events));
    Funnel {
        tenant: slug.to_owned(),
        from: from.to_owned(),
        to: to.to_owned(),
        funnel: Stage::FUNNEL.into_iter().map(figures).collect(),
        steps: steps.into_iter().map(|(step, (events, visitors))| StepFigures { step, events, visitors }).collect(),
        stuck,
        switches: figures(Stage::Switch),
        bots,
    }
}
