//! The query parameters of a guide link: read leniently, never an error.

use crate::db::recipients;
use crate::domain::campaign::Campaign;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::guide::policy::PasskeyProfile;
use crate::i18n::Locale;

/// Query parameters the guide understands; anything unreadable is ignored, never an error.
#[derive(Debug, Default, Clone)]
pub struct GuideQuery {
    pub device: Option<Device>,
    pub flow: Option<FlowId>,
    pub campaign: Option<Campaign>,
    pub lang: Option<String>,
    pub step: Option<usize>,
    /// `?r=`: the code of a personal link.
    pub recipient: Option<String>,
    /// `?p=`: the passkey profile (Entra's id) whose policy the guide follows.
    pub profile: Option<String>,
    /// `?test=1`: IT trying the guide; its visits stay out of the figures (every link keeps it).
    pub test: bool,
}

impl GuideQuery {
    pub fn parse(query: Option<&str>) -> GuideQuery {
        let mut q = GuideQuery::default();
        let Some(query) = query else { return q };
        for (name, value) in url::form_urlencoded::parse(query.as_bytes()).take(32) {
            match name.as_ref() {
                "device" => q.device = q.device.or(Device::parse(&value).filter(|d| *d != Device::Bot)),
                "flow" => q.flow = q.flow.or(FlowId::parse(&value)),
                "c" => q.campaign = q.campaign.clone().or(Campaign::parse(&value)),
                "lang" => q.lang = q.lang.clone().or(Locale::parse(&value).map(|l| l.as_str().to_owned())),
                "step" => q.step = q.step.or(value.parse().ok().filter(|n| (1..=50).contains(n))),
                "r" => q.recipient = q.recipient.clone().or(recipients::parse_code(&value).map(str::to_owned)),
                "test" => q.test |= matches!(value.as_ref(), "1" | "true" | "yes"),
                "p" => {
                    q.profile = q.profile.clone().or(PasskeyProfile::is_id(&value).then(|| value.to_ascii_lowercase()))
                }
                _ => {}
            }
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_ignores_garbage_and_keeps_what_it_understands() {
        let q = GuideQuery::parse(Some("device=samsung&flow=nope&c=Reminder&lang=PT-br&step=99&%ZZ=1&device=iphone"));
        assert_eq!(q.device, Some(Device::Samsung));
        assert_eq!(q.flow, None);
        assert_eq!(q.campaign.unwrap().as_str(), "reminder");
        assert_eq!(q.lang.as_deref(), Some("pt-BR"));
        assert_eq!(q.step, None);
    }

    #[test]
    fn a_profile_is_an_id_or_nothing() {
        let q = GuideQuery::parse(Some("p=7D4E0A55-2B1C-4F3E-9A8D-1E2F3A4B5C6D"));
        assert_eq!(q.profile.as_deref(), Some("7d4e0a55-2b1c-4f3e-9a8d-1e2f3a4b5c6d"));
        assert_eq!(GuideQuery::parse(Some("p=%3Cscript%3E")).profile, None);
        assert_eq!(GuideQuery::parse(Some(&format!("p={}", "a".repeat(65)))).profile, None);
    }

    #[test]
    fn nobody_can_pretend_to_be_a_bot_through_the_query() {
        assert_eq!(GuideQuery::parse(Some("device=bot")).device, None);
    }
}
