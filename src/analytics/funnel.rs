//! The funnel as rollout owners read it: stages in order, people and events, bots apart.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::db::Db;
use crate::db::funnel::{self, By, Slice};
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

pub async fn compute(db: &Db, tenant_id: i64, slug: &str, everything: &Slice) -> anyhow::Result<Funnel> {
    let stages = funnel::stage_totals(db, tenant_id, everything, By::Nothing).await?;
    let steps = funnel::step_totals(db, tenant_id, everything, true).await?;
    let stuck = funnel::step_totals(db, tenant_id, everything, false).await?;
    let bots = funnel::bot_events(db, tenant_id, everything.from, everything.to).await?;
    let mut totals: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    for r in &stages {
        let e = totals.entry(&r.stage).or_default();
        e.0 += r.events;
        e.1 += r.visitors;
    }
    let figures = |stage: Stage| {
        let (events, visitors) = totals.get(stage.as_str()).copied().unwrap_or_default();
        StageFigures { stage: stage.as_str(), events, visitors }
    };
    let mut by_step: BTreeMap<i64, (i64, i64)> = BTreeMap::new();
    for r in steps.iter().filter(|r| r.stage == "step") {
        let e = by_step.entry(r.step).or_default();
        e.0 += r.events;
        e.1 += r.visitors;
    }
    let mut stuck: Vec<StuckFigures> = stuck
        .into_iter()
        .filter(|r| r.stage == "stuck")
        .map(|r| StuckFigures {
            flow: Some(r.flow).filter(|f| !f.is_empty()),
            step: Some(r.step).filter(|s| *s > 0),
            symptom: Some(r.symptom).filter(|s| !s.is_empty()),
            events: r.events,
            visitors: r.visitors,
        })
        .collect();
    stuck.sort_by(|a, b| (b.events, &a.flow, a.step, &a.symptom).cmp(&(a.events, &b.flow, b.step, &b.symptom)));
    Ok(Funnel {
        tenant: slug.to_owned(),
        from: everything.from.to_string(),
        to: everything.to.to_string(),
        funnel: Stage::FUNNEL.into_iter().map(figures).collect(),
        steps: by_step.into_iter().map(|(step, (events, visitors))| StepFigures { step, events, visitors }).collect(),
        stuck,
        switches: figures(Stage::Switch),
        bots,
    })
}
