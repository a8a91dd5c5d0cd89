//! One funnel event, ready to be written.

use crate::domain::campaign::Campaign;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::domain::stage::Stage;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEvent {
    pub tenant_id: i64,
    pub at_ms: i64,
    /// The tenant's day of `at_ms` (in its time zone), `YYYY-MM-DD`.
    pub day: String,
    pub stage: Stage,
    /// 1-based step number, for `step` and `stuck`.
    pub step: Option<i64>,
    /// Problem id, for `stuck`.
    pub symptom: Option<String>,
    pub device: Device,
    pub flow: Option<FlowId>,
    pub locale: String,
    pub campaign: Option<Campaign>,
    /// The passkey profile the link named (`?p=`), if any.
    pub profile: Option<String>,
    /// Keyed hash of client address and User-Agent; see `visitor.rs`.
    pub visitor: String,
    /// Bots and link scanners are kept apart from the funnel.
    pub is_bot: bool,
    /// A visit by IT checking the guide: kept out of the figures unless asked for.
    pub is_test: bool,
    /// The code of the personal link the person came through, where the tenant uses them.
    pub recipient: Option<String>,
}
