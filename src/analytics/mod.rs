//! Funnel analytics: events in (`writer`, `visitor`), figures out (`funnel`).

pub mod event;
pub mod funnel;
pub mod report;
pub mod retention;
pub mod visitor;
pub mod writer;
