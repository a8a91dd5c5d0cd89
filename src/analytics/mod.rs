//! Funnel analytics: events in (`writer`, `visitor`), daily roll-ups (`rollups`), figures out
//! (`funnel` for the API, `report` for the dashboard).

pub mod event;
pub mod funnel;
pub mod report;
pub mod retention;
pub mod rollups;
pub mod visitor;
pub mod writer;
