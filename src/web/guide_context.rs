//! What every guide request starts from: the tenant, the detected device, the language, the
//! campaign, and the links that carry them on. Unknown tenants are rejected here. The query it
//! reads is `guide_query`, the cache key of its page `page_key`, the event it records
//! `guide_event`.

use std::net::IpAddr;
use std::sync::Arc;

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use super::client_ip::ClientIp;
use super::error::AppError;
use super::guide_query::GuideQuery;
use super::paths::Links;
use super::state::AppState;
use super::transport::Https;
use crate::brand::Tenant;
use crate::components::layout::{Chrome, LanguageLink};
use crate::db::recipients;
use crate::detect::{self, Detection, DetectionCache, Signals};
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::i18n::{I18n, NegotiationCache, negotiate};

/// Caches `GuideContext::build` answers from: detections by headers, languages by header and offer.
pub struct Lookups<'a> {
    pub detections: &'a DetectionCache,
    pub languages: &'a NegotiationCache,
}

pub struct GuideContext {
    /// The page is shown in the admin's preview: its links stay in the preview, and nothing is
    /// recorded.
    pub preview: bool,
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
    /// The passkey profile the link names (`?p=`), when the tenant has it.
    pub profile: Option<String>,
    /// A test visit (`?test=1`, or the browser of a signed-in admin): kept out of the figures.
    pub test: bool,
}

/// Marks a request as the admin's preview of a guide page (see `admin::settings::preview`).
#[derive(Clone, Copy, Debug)]
pub struct Preview;

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
        if parts.extensions.get::<Preview>().is_some() {
            ctx.preview = true;
            ctx.links = ctx.links.in_preview(ctx.tenant.slug.as_str());
        }
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
        // A profile the tenant does not have is ignored, not carried on.
        let profile = query.profile.as_deref().and_then(|id| tenant.profile(id)).map(|p| p.id.clone());
        let links = Links::new(tenant.slug.as_str())
            .keeping("c", query.campaign.as_ref().map(|c| c.as_str()))
            .keeping("lang", query.lang.as_deref())
            .keeping("p", profile.as_deref())
            .keeping("device", query.device.map(|d| d.as_str()))
            .keeping("test", query.test.then_some("1"));
        let hints_pending = headers.contains_key("sec-ch-ua")
            && !headers.contains_key("sec-ch-ua-platform-version")
            && is_secure_context(headers, https);
        let recipient =
            tenant.personal_links.then(|| query.recipient.clone().or_else(|| recipient_cookie(headers))).flatten();
        let test = query.test || has_cookie(headers, super::cookies::TESTER);
        GuideContext {
            preview: false,
            test,
            page_path: String::new(),
            profile,
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

    /// The policy the guide follows: the linked profile's, or the default one.
    pub fn policy(&self) -> &crate::guide::policy::PasskeyPolicy {
        self.tenant.policy_for(self.profile.as_deref())
    }

    /// The detection with the person's own device choice applied.
    pub fn detection(&self) -> Detection {
        let mut d = self.detected.clone();
        if d.device != self.device {
            d = Detection { device: self.device, ..Detection::unknown() };
        }
        d
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
            personal_links: self.tenant.personal_links,
        }
    }

    /// `DEMO-IPH-IA-2`: what the helpdesk asks for.
    pub fn support_code(&self, flow: Option<FlowId>, step: Option<usize>) -> String {
        format!(
            "{}-{}-{}-{}",
            self.tenant.slug.as_str().to_ascii_uppercase(),
            self.device.support_code(),
            flow.map_or("CH", FlowId::support_code),
            step.unwrap_or(0)
        )
    }
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
    cookie_values(headers, super::cookies::RECIPIENT).find_map(recipients::parse_code).map(str::to_owned)
}

/// Whether the request carries a cookie of that name with a value.
fn has_cookie(headers: &HeaderMap, name: &str) -> bool {
    cookie_values(headers, name).any(|value| !value.is_empty())
}

/// The values of every cookie of that name the request carries.
fn cookie_values<'a>(headers: &'a HeaderMap, name: &'a str) -> impl Iterator<Item = &'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(move |pair| pair.trim().split_once('=').filter(|(n, _)| *n == name).map(|(_, value)| value))
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
