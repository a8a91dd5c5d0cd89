//! The funnel as rollout owners read it: stages in order, people and events, bots apart.

use serde::Serialize;

use crate::db::{Db, events};
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

pub async fn compute(db: &Db, tenant_id: i64, slug: &str, from: &str, to: &str) -> anyhow::Result<Funnel> {
    let counts = events::stage_counts(db, tenant_id, from, to).await?;
    let figures = |stage: Stage| {
        let row = counts.iter().find(|c| c.stage == stage.as_str());
        StageFigures {
            stage: stage.as_str(),
            events: row.map_or(0, |r| r.events),
            visitors: row.map_or(0, |r| r.visitors),
        }
    };
    Ok(Funnel {
        tenant: slug.to_owned(),
        from: from.to_owned(),
        to: to.to_owned(),
        funnel: Stage::FUNNEL.into_iter().map(figures).collect(),
        steps: events::step_counts(db, tenant_id, from, to)
            .await?
            .into_iter()
            .map(|s| StepFigures { step: s.step, events: s.events, visitors: s.visitors })
            .collect(),
        stuck: events::stuck_counts(db, tenant_id, from, to)
            .await?
            .into_iter()
            .map(|s| StuckFigures {
                flow: s.flow,
                step: s.step,
                symptom: s.symptom,
                events: s.events,
                visitors: s.visitors,
            })
            .collect(),
        switches: figures(Stage::Switch),
        bots: events::bot_count(db, tenant_id, from, to).await?,
    })
}
