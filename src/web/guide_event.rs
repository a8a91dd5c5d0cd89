//! The funnel event a guide request stands for, and its recording.

use super::error::AppError;
use super::guide_context::GuideContext;
use super::state::AppState;
use crate::analytics::event::NewEvent;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::domain::stage::Stage;

/// When an event happened and whose it is: the parts of an event the request itself does not tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moment {
    pub at_ms: i64,
    /// The tenant's day of `at_ms` (in its time zone), `YYYY-MM-DD`.
    pub day: String,
    /// The visitor's keyed hash for that day.
    pub visitor: String,
}

impl GuideContext {
    /// Records a funnel event and waits until it is stored.
    pub async fn record(
        &self,
        state: &AppState,
        stage: Stage,
        flow: Option<FlowId>,
        step: Option<usize>,
        symptom: Option<&str>,
    ) -> Result<(), AppError> {
        if self.preview {
            return Ok(());
        }
        let at_ms = state.clock.now_ms();
        let day = self.tenant.time_zone.day_of(at_ms).to_string();
        let visitor =
            state.visitors.visitor_id(&state.db, &day, at_ms, self.tenant.id, self.ip, &self.user_agent).await?;
        let event = self.event(Moment { at_ms, day, visitor }, stage, flow, step, symptom);
        state.events.record(event).await?;
        Ok(())
    }

    /// The event this request stands for, at a given moment and for a given visitor.
    /// Automated clients are recorded as bots, whatever device they pretend to be.
    pub fn event(
        &self,
        moment: Moment,
        stage: Stage,
        flow: Option<FlowId>,
        step: Option<usize>,
        symptom: Option<&str>,
    ) -> NewEvent {
        let Moment { at_ms, day, visitor } = moment;
        let device = if self.automated { Device::Bot } else { self.device };
        NewEvent {
            tenant_id: self.tenant.id,
            at_ms,
            day,
            stage,
            step: step.map(|s| s as i64),
            symptom: symptom.map(str::to_owned),
            device,
            flow,
            locale: self.i18n.locale.as_str().to_owned(),
            campaign: self.query.campaign.clone(),
            profile: self.profile.clone(),
            visitor,
            is_bot: self.automated,
            is_test: self.test,
            recipient: if self.automated { None } else { self.recipient.clone() },
        }
    }
}

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, header};

    use super::*;
    use crate::brand::Tenant;
    use crate::domain::campaign::Campaign;

    fn tenant() -> Tenant {
        Tenant { support: Default::default(), ..crate::brand::tenant::sample_for_tests() }
    }

    fn moment() -> Moment {
        Moment { at_ms: 1_750_000_000_000, day: "2025-06-15".to_owned(), visitor: "v".to_owned() }
    }

    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

    #[test]
    fn the_event_carries_the_chosen_device_language_and_campaign() {
        let mut headers = HeaderMap::new();
        headers.insert(header::USER_AGENT, IPHONE.parse().unwrap());
        headers.insert(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9".parse().unwrap());
        let ctx = GuideContext::new(tenant(), &headers, Some("device=windows&c=Reminder"), None);
        let event = ctx.event(moment(), Stage::Step, Some(FlowId::WindowsHello), Some(2), None);
        assert_eq!((event.device, event.is_bot, event.step), (Device::Windows, false, Some(2)));
        assert_eq!(event.locale, "en");
        assert_eq!(event.campaign.as_ref().map(Campaign::as_str), Some("reminder"));
        assert_eq!((event.tenant_id, event.day.as_str(), event.visitor.as_str()), (7, "2025-06-15", "v"));
    }

    #[test]
    fn a_link_scanner_is_recorded_as_a_bot_whatever_device_it_picks() {
        let mut headers = HeaderMap::new();
        headers.insert(header::USER_AGENT, IPHONE.parse().unwrap());
        let ctx = GuideContext::new(tenant(), &headers, Some("device=windows"), None);
        let event = ctx.event(moment(), Stage::Visit, None, None, None);
        assert_eq!((event.device, event.is_bot), (Device::Bot, true));
        assert_eq!(event.locale, "de");
    }
}
