//! The walkthroughs: what they are (`flow`), the data (`catalog`), the policy and the chooser.

pub mod catalog;
pub mod chooser;
pub mod flow;
pub mod policy;
