//! Funnel analytics: events in (`writer`, `visitor`), counted as they arrive (`tally`), figures out
//! (`funnel` for the API, `report` for the dashboard).

pub mod event;
pub mod funnel;
pub mod retention;
pub mod tally;
pub mod visitor;
pub mod writer;
