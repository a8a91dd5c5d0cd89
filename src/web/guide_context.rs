//! What every guide request starts from: the tenant, the detected device, the language, the
//! campaign, and the links that carry them on. Unknown tenants are rejected here.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use super::client_ip::ClientIp;
use super::error::AppError;
use super::router::Links;
use super::state::AppState;
use super::transport::Https;
use crate::analytics::event::NewEvent;
use crate::brand::Tenant;
use crate::components::layout::{Chrome, LanguageLink};
use crate::db::recipients;
use crate::detect::{self, Detection, DetectionCache, Signals};
use crate::domain::campaign::Campaign;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::domain::stage::Stage;
use crate::i18n::{I18n, Locale, NegotiationCache, negotiate};

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
                _ => {}
            }
        }
        q
    }
}

/// Caches `GuideContext::build` answers from: detections by headers, languages by header and offer.
pub struct Lookups<'a> {
    pub detections: &'a DetectionCache,
    pub languages: &'a NegotiationCache,
}

pub struct GuideContext {
    pub tenant: Arc<Tenant>,
    pub query: GuideQuery,
    /// What the request's headers say.
    pub detected: Detection,
    /// The device the guide is for: the detected one unless the person picked another.
    pub device: Device,
    pub i18n: I18n,
    pub links: Links,
    pub ip: Option<IpAddr>,
    pub user_agent: String,
    /// An automated client (bot, scanner): shown the page, kept out of the funnel.
    pub automated: bool,
    /// A Chromium browser that was sent Critical-CH and will repeat this request with hints;
    /// the repeat is the one recorded.
    pub hints_pending: bool,
    /// The Host header as sent, for absolute links on the page.
    pub host: String,
    /// The personal link's code, from `?r=` or the cookie it left, where the tenant uses them.
    pub recipient: Option<String>,
    /// The request came over HTTPS (see `web::transport`).
    pub https: bool,
    /// The page's path below the tenant (`""`, `/samsung/2`), so the language switch stays on it.
    pub page_path: String,
}

impl FromRequestParts<AppState> for GuideContext {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let params = RawPathParams::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        let slug = params.iter().find(|(k, _)| *k == "tenant").map(|(_, v)| v.to_owned()).ok_or(AppError::NotFound)?;
        let tenant = state.guide_tenant(&slug).await?.ok_or(AppError::NotFound)?;
        let ClientIp(ip) = ClientIp::from_request_parts(parts, state).await.unwrap_or(ClientIp(None));
        let Https(https) = Https::from_request_parts(parts, state).await.unwrap_or_default();
        let mut ctx = GuideContext::build(tenant, &parts.headers, parts.uri.query(), ip, https, Some(state.lookups()));
        ctx.page_path = page_path(parts.uri.path(), ctx.tenant.slug.as_str());
        Ok(ctx)
    }
}

impl GuideContext {
    pub fn new(tenant: Tenant, headers: &HeaderMap, query: Option<&str>, ip: Option<IpAddr>) -> GuideContext {
        GuideContext::build(Arc::new(tenant), headers, query, ip, false, None)
    }

    /// As `new`, for a shared tenant, with detections and languages answered from `lookups`
    /// when given.
    pub fn build(
        tenant: Arc<Tenant>,
        headers: &HeaderMap,
        query: Option<&str>,
        ip: Option<IpAddr>,
        https: bool,
        lookups: Option<Lookups<'_>>,
    ) -> GuideContext {
        let query = GuideQuery::parse(query);
        let signals = Signals::from_headers(headers);
        let detected = match &lookups {
            Some(lookups) => lookups.detections.detect(&signals),
            None => detect::detect(&signals),
        };
        let scanner = looks_like_scanner(headers);
        let automated = detected.is_bot() || scanner;
        let device = query.device.unwrap_or(detected.device);
        let accept_language = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        let locale = match &lookups {
            Some(lookups) => lookups.languages.negotiate(
                query.lang.as_deref(),
                accept_language,
                &tenant.locales,
                &tenant.default_locale,
            ),
            None => negotiate(query.lang.as_deref(), accept_language, &tenant.locales, &tenant.default_locale),
        };
        let links = Links::new(tenant.slug.as_str())
            .keeping("c", query.campaign.as_ref().map(|c| c.as_str()))
            .keeping("lang", query.lang.as_deref())
            .keeping("device", query.device.map(|d| d.as_str()));
        let hints_pending = headers.contains_key("sec-ch-ua")
            && !headers.contains_key("sec-ch-ua-platform-version")
            && is_secure_context(headers, https);
        let recipient =
            tenant.personal_links.then(|| query.recipient.clone().or_else(|| recipient_cookie(headers))).flatten();
        GuideContext {
            page_path: String::new(),
            https,
            recipient,
            tenant,
            query,
            detected,
            device,
            i18n: I18n::new(locale),
            links,
            ip,
            user_agent: signals.user_agent,
            automated,
            hints_pending,
            host: headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .filter(|h| h.len() <= 255)
                .unwrap_or("")
                .to_owned(),
        }
    }

    /// The detection with the person's own device choice applied.
    pub fn detection(&self) -> Detection {
        let mut d = self.detected.clone();
        if d.device != self.device {
            d = Detection { device: self.device, ..Detection::unknown() };
        }
        d
    }

    /// Everything a rendered guide page depends on besides its handler: the page can be
    /// served from the cache under this key.
    pub fn page_key(&self, page: &'static str, flow: Option<FlowId>, step: usize) -> PageKey {
        PageKey {
            tenant: self.tenant.id,
            branding_version: self.tenant.branding_version,
            locale: self.i18n.locale.as_str(),
            device: self.device,
            detected: self.detected.device,
            os_version: self.detected.os_version.clone(),
            browser: self.detected.browser.clone(),
            in_app: self.detected.in_app,
            kept: self.links.kept().to_vec(),
            host: self.host.clone(),
            page,
            flow,
            step,
        }
    }

    pub fn chrome(&self, support_code: Option<String>) -> Chrome {
        let slug = self.tenant.slug.as_str();
        let languages = self
            .tenant
            .locales
            .iter()
            .map(|l| LanguageLink {
                label: I18n::new(l.clone()).t("language-name"),
                lang: l.as_str(),
                href: self.links.on_page(&self.page_path, self.query.flow, l.as_str()),
                current: *l == self.i18n.locale,
            })
            .collect();
        Chrome {
            i18n: self.i18n.clone(),
            tenant_name: self.tenant.name.clone(),
            logo_url: self.tenant.has_logo().then(|| Links::logo(slug, self.tenant.branding_version)),
            brand_css: Some(Links::brand_css(slug, self.tenant.branding_version)),
            home_href: self.links.landing(),
            languages,
            support: self.tenant.support.clone(),
            support_code,
            script: Some(*super::assets::SCRIPT_URL),
        }
    }

    /// `DEMO-IPH-IA-2`: what the helpdesk asks for.
    pub fn support_code(&self, flow: Option<FlowId>, step: Option<usize>) -> String {
        format!(
            "{}-{}-{}-{}",
            self.tenant.slug.as_str().to_ascii_uppercase(),
            device_code(self.device),
            flow.map_or("CH", flow_code),
            step.unwrap_or(0)
        )
    }

    /// Records a funnel event and waits until it is stored.
    pub async fn record(
        &self,
        state: &AppState,
        stage: Stage,
        flow: Option<FlowId>,
        step: Option<usize>,
        symptom: Option<&str>,
    ) -> Result<(), AppError> {
        let now = state.clock.now();
        let at_ms = state.clock.now_ms();
        let day = crate::clock::day_of(now);
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
            visitor,
            is_bot: self.automated,
            recipient: if self.automated { None } else { self.recipient.clone() },
        }
    }
}

/// What a cached guide page was rendered from: two requests with equal keys get the same bytes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PageKey {
    tenant: i64,
    branding_version: i64,
    locale: &'static str,
    device: Device,
    detected: Device,
    os_version: Option<String>,
    /// Some pages name the browser to use instead of this one.
    browser: Option<String>,
    in_app: Option<detect::InApp>,
    /// The parameters every link carries (campaign, language, device choice).
    kept: Vec<(&'static str, String)>,
    /// For the absolute links and the QR code.
    host: String,
    page: &'static str,
    flow: Option<FlowId>,
    step: usize,
}

impl crate::web::caches::HeapSize for PageKey {
    fn heap_size(&self) -> usize {
        self.os_version.as_ref().map_or(0, String::capacity)
            + self.browser.as_ref().map_or(0, String::capacity)
            + self.host.capacity()
            + self.kept.iter().map(|(_, v)| v.capacity() + std::mem::size_of::<(&str, String)>()).sum::<usize>()
    }
}

/// When an event happened and whose it is: the parts of an event the request itself does not tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moment {
    pub at_ms: i64,
    /// UTC day of `at_ms`, `YYYY-MM-DD`.
    pub day: String,
    /// The visitor's keyed hash for that day.
    pub visitor: String,
}

/// The path of a guide page below `/{slug}`; the start page for anything else.
fn page_path(path: &str, slug: &str) -> String {
    path.strip_prefix('/')
        .and_then(|p| p.strip_prefix(slug))
        .filter(|rest| rest.len() <= 200 && rest.starts_with('/') && rest.len() > 1)
        .map(str::to_owned)
        .unwrap_or_default()
}

/// The code a personal link left in its cookie.
fn recipient_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().strip_prefix(super::cookies::RECIPIENT).and_then(|r| r.strip_prefix('=')))
        .find_map(recipients::parse_code)
        .map(str::to_owned)
}

/// Email security gateways often fetch links with a browser's User-Agent but none of the
/// headers a browser sends on a real navigation.
fn looks_like_scanner(headers: &HeaderMap) -> bool {
    !headers.contains_key(header::ACCEPT_LANGUAGE)
}

/// Client hints are only sent to secure origins; localhost counts as secure. Whether the request
/// came over HTTPS is decided once, in `web::transport`, where a proxy's word counts only from
/// a trusted proxy.
fn is_secure_context(headers: &HeaderMap, https: bool) -> bool {
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    let host =
        host.rsplit_once(':').map_or(host, |(h, port)| if port.bytes().all(|b| b.is_ascii_digit()) { h } else { host });
    let local = matches!(host, "localhost" | "127.0.0.1" | "[::1]") || host.ends_with(".localhost");
    local || https
}

pub fn device_code(device: Device) -> &'static str {
    match device {
        Device::Iphone => "IPH",
        Device::Ipad => "IPD",
        Device::Samsung => "SAM",
        Device::Android => "AND",
        Device::Windows => "WIN",
        Device::Mac => "MAC",
        Device::Chromeos => "CRO",
        Device::Linux => "LNX",
        Device::Bot => "BOT",
        Device::Unknown => "UNK",
    }
}

pub fn flow_code(flow: FlowId) -> &'static str {
    match flow {
        FlowId::IphoneAuthenticator => "IA",
        FlowId::IphoneIcloud => "IC",
        FlowId::Samsung => "SA",
        FlowId::Android => "AN",
        FlowId::AndroidAuthenticator => "AA",
        FlowId::WindowsHello => "WH",
        FlowId::Mac => "MC",
        FlowId::SecurityKey => "SK",
        FlowId::CrossDevice => "XD",
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
    fn nobody_can_pretend_to_be_a_bot_through_the_query() {
        assert_eq!(GuideQuery::parse(Some("device=bot")).device, None);
    }

    fn tenant() -> Tenant {
        Tenant {
            id: 7,
            slug: crate::domain::tenant_slug::TenantSlug::parse("contoso").unwrap(),
            name: "Contoso".to_owned(),
            primary_color: crate::domain::brand_color::BrandColor::parse("#0F6CBD").unwrap(),
            logo_type: None,
            support: Default::default(),
            handoff_url: Default::default(),
            domain: None,
            locales: vec![Locale::parse("de").unwrap(), Locale::english()],
            default_locale: Locale::parse("de").unwrap(),
            policy: Default::default(),
            personal_links: false,
            branding_version: 1,
        }
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
