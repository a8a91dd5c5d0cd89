//! Funnel stages (SPEC.md, "Funnel").

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    Visit,
    Step,
    Handoff,
    Done,
    Stuck,
    Switch,
}

impl Stage {
    /// The funnel's stages in order; `stuck` and `switch` are side events.
    pub const FUNNEL: [Stage; 4] = [Stage::Visit, Stage::Step, Stage::Handoff, Stage::Done];
    pub const ALL: [Stage; 6] = [Stage::Visit, Stage::Step, Stage::Handoff, Stage::Done, Stage::Stuck, Stage::Switch];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Visit => "visit",
            Stage::Step => "step",
            Stage::Handoff => "handoff",
            Stage::Done => "done",
            Stage::Stuck => "stuck",
            Stage::Switch => "switch",
        }
    }

    pub fn parse(value: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_round_trip() {
        for stage in Stage::ALL {
            assert_eq!(Stage::parse(stage.as_str()), Some(stage));
        }
    }
}
