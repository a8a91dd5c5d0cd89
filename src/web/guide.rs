//! The guide's handlers: record what happened, build the page model, render.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;

use super::error::{AppError, AppResult};
use super::guide_context::GuideContext;
use super::page_key::PageKey;
use super::paths::Links;
use super::state::AppState;
use crate::brand::stylesheet;
use crate::db::tenants;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::domain::stage::Stage;
use crate::guide::flow::{Flow, Step};
use crate::guide::{catalog, chooser};
use crate::pages;

/// Hints worth a retry on the first visit: without them, a Samsung looks like any Android.
const CRITICAL_HINTS: &str = "Sec-CH-UA-Model, Sec-CH-UA-Platform-Version";

fn page(ctx: &GuideContext, html: impl Into<axum::body::Body>) -> Response {
    let mut response = Html(html.into()).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if ctx.hints_pending {
        headers.insert("critical-ch", HeaderValue::from_static(CRITICAL_HINTS));
    }
    response
}

/// The flow of a step link, when the tenant's policy allows it. A flow it rules out (a bookmark,
/// an old reminder email) answers `Err` with a 303 to the start page, which says why; a flow
/// that does not exist is not found.
pub fn allowed_flow(ctx: &GuideContext, flow: &str) -> AppResult<Result<&'static Flow, Response>> {
    let id = FlowId::parse(flow).ok_or(AppError::NotFound)?;
    let flow = catalog::flow(id);
    if ctx.policy().allows(flow) {
        Ok(Ok(flow))
    } else {
        Ok(Err(Redirect::to(&ctx.links.landing_flow(id)).into_response()))
    }
}

/// The guide's pages under `/{tenant}`: every one works without JavaScript.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(root))
        .route("/{tenant}", get(landing))
        .route("/{tenant}/", get(landing))
        .route("/{tenant}/devices", get(devices))
        .route("/{tenant}/go", get(go))
        .route("/{tenant}/done", get(done_page).post(confirm_done))
        .route("/{tenant}/thanks", get(thanks))
        .route("/{tenant}/brand.css", get(brand_css))
        .route("/{tenant}/logo", get(logo))
        .route("/{tenant}/help/{flow}", get(runbook))
        .route("/{tenant}/{flow}/print", get(handout))
        .route("/{tenant}/{flow}/{step}", get(step))
        .route("/{tenant}/{flow}/{step}/stuck", get(stuck))
        .route("/{tenant}/{flow}/{step}/stuck/{problem}", get(fix))
}

pub async fn root() -> AppError {
    AppError::NotFound
}

pub async fn landing(State(state): State<AppState>, ctx: GuideContext) -> AppResult<Response> {
    if !ctx.hints_pending {
        let stage =
            if ctx.query.device.is_some_and(|d| d != ctx.detected.device) { Stage::Switch } else { Stage::Visit };
        let flow = choice_for(&ctx).flow;
        ctx.record(&state, stage, flow, None, None).await?;
    }
    let key = PageKey::of(&ctx, "landing", ctx.query.flow, 0);
    let html = state.pages.get_or_render(key, || pages::landing::render(landing_model(&state, &ctx)));
    let mut response = page(&ctx, html);
    // A personal link's code rides along in a cookie, so the page stays the same for everyone.
    if let Some(code) = ctx.query.recipient.as_deref().filter(|_| ctx.tenant.personal_links) {
        let cookie = super::cookies::recipient(code, ctx.https);
        if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
            response.headers_mut().insert(header::SET_COOKIE, value);
        }
    }
    Ok(response)
}

/// The recommendation for this visitor, with a flow picked by `?flow=` put first.
pub fn choice_for(ctx: &GuideContext) -> chooser::Choice {
    let detection = ctx.detection();
    let mut choice = chooser::choose(&detection, ctx.policy());
    if let Some(picked) = ctx.query.flow.filter(|f| ctx.policy().allows(catalog::flow(*f)))
        && choice.flow != Some(picked)
    {
        choice.alternatives.retain(|f| *f != picked);
        if let Some(previous) = choice.flow.replace(picked) {
            choice.alternatives.insert(0, previous);
        }
        choice.update_first = None;
    }
    choice
}

pub fn landing_model(state: &AppState, ctx: &GuideContext) -> pages::landing::LandingModel {
    let detection = ctx.detection();
    let choice = choice_for(ctx);
    let page_url = url_on_host(state, &ctx.host, &ctx.links.landing());
    let shown = choice.flow.map(|f| shown_steps(ctx, f)).unwrap_or_default();
    // A phone's walkthrough shown on a computer goes across to the phone: the same walkthrough,
    // language and campaign, by QR code or by the link typed in.
    let phone_flow = choice.flow.filter(|f| chooser::belongs_on_phone(*f) && !ctx.device.is_mobile());
    let phone_link = phone_flow.map(|f| url_on_host(state, &ctx.host, &ctx.links_without_device().landing_flow(f)));
    let phone_qr = match (&phone_link, choice.flow) {
        (Some(link), _) => qr_svg(link),
        (None, Some(FlowId::CrossDevice)) => {
            qr_svg(&url_on_host(state, &ctx.host, &ctx.links_without_device().landing()))
        }
        _ => None,
    };
    pages::landing::LandingModel {
        chrome: ctx.chrome(Some(ctx.support_code(choice.flow, None))),
        tenant: ctx.tenant.slug.to_string(),
        device: ctx.device,
        os_version: detection.os_version.clone(),
        flow: choice.flow,
        in_app: detection.in_app,
        update_first: choice.update_first.clone(),
        start_href: choice.flow.map(|f| ctx.links.step(f, shown.first().copied().unwrap_or(1))),
        step_count: shown.len(),
        print_href: choice.flow.map(|f| ctx.links.handout(f)),
        alternatives: choice.alternatives.iter().map(|f| (*f, ctx.links.landing_flow(*f))).collect(),
        devices_href: ctx.links.devices(),
        ipad_href: ctx.links.landing_device(Device::Ipad),
        page_url,
        phone_qr,
        phone_link,
        refused: ctx.query.flow.and_then(|f| Some((f, ctx.policy().refusal(catalog::flow(f))?))),
        browser_note: browser_note(&detection),
    }
}

/// Browsers that cannot do the passkey part on their system, by Microsoft's support matrix:
/// Firefox on Linux cannot use a passkey in Authenticator from the phone ("Authenticator passkey
/// sign-in" is not supported there, concept-fido2-compatibility, ms.date 2025-05-12, checked
/// 2026-12-02; the 2024 revision marked Firefox on Linux unsupported altogether).
fn browser_note(detection: &crate::detect::Detection) -> Option<&'static str> {
    (detection.device == Device::Linux && detection.browser.as_deref() == Some("Firefox"))
        .then_some("guide-browser-linux-firefox")
}

impl GuideContext {
    /// Links without the device choice, for opening on another device.
    fn links_without_device(&self) -> Links {
        Links::new(self.tenant.slug.as_str())
            .keeping("c", self.query.campaign.as_ref().map(|c| c.as_str()))
            .keeping("lang", self.query.lang.as_deref())
            .keeping("p", self.profile.as_deref())
    }
}

pub async fn devices(ctx: GuideContext) -> AppResult<Response> {
    let devices = Device::CHOOSABLE.iter().map(|d| (*d, ctx.links.landing_device(*d))).collect();
    let flows = chooser::allowed_flows(ctx.policy()).into_iter().map(|f| (f, ctx.links.landing_flow(f))).collect();
    let model = pages::devices::DevicesModel {
        chrome: ctx.chrome(Some(ctx.support_code(None, None))),
        tenant: ctx.tenant.slug.to_string(),
        detected: ctx.device,
        devices,
        flows,
    };
    Ok(page(&ctx, pages::devices::render(model)))
}

/// The numbers of the steps of `flow` this visitor's system needs.
fn shown_steps(ctx: &GuideContext, flow: FlowId) -> Vec<usize> {
    catalog::flow(flow).steps_for(os_major_for(ctx, flow))
}

/// The system version that decides `flow`'s steps: the visitor's, when the flow is one for their
/// device (a Windows PC reading the iPhone walkthrough says nothing about the iPhone).
fn os_major_for(ctx: &GuideContext, flow: FlowId) -> Option<u32> {
    let detection = ctx.detection();
    chooser::candidates(detection.device).contains(&flow).then(|| detection.os_major()).flatten()
}

/// The step number of a path, if the flow has that step; otherwise not found.
pub fn step_number(flow: &Flow, step: &str) -> AppResult<usize> {
    let number: usize = step.parse().map_err(|_| AppError::NotFound)?;
    flow.step(number).ok_or(AppError::NotFound)?;
    Ok(number)
}

pub async fn step(
    State(state): State<AppState>,
    Path((_, flow, step)): Path<(String, String, String)>,
    ctx: GuideContext,
) -> AppResult<Response> {
    let flow = match allowed_flow(&ctx, &flow)? {
        Ok(flow) => flow,
        Err(to_start) => return Ok(to_start),
    };
    let number = step_number(flow, &step)?;
    let data = *flow.step(number).ok_or(AppError::NotFound)?;
    if !ctx.hints_pending {
        ctx.record(&state, Stage::Step, Some(flow.id), Some(number), None).await?;
    }
    let key = PageKey::of(&ctx, "step", Some(flow.id), number);
    let html = state.pages.get_or_render(key, || {
        // Steps this system does not need are left out of the count and of Back/Next; a link to
        // one (an old bookmark) still shows it, within the full list.
        let os_major = os_major_for(&ctx, flow.id);
        let shown = flow.steps_for(os_major);
        let list: Vec<usize> = if shown.contains(&number) { shown } else { (1..=flow.steps.len()).collect() };
        let at = list.iter().position(|n| *n == number).unwrap_or(0);
        let (previous, next) = (at.checked_sub(1).map(|i| list[i]), list.get(at + 1).copied());
        let model = pages::step::StepModel {
            chrome: ctx.chrome(Some(ctx.support_code(Some(flow.id), Some(number)))),
            tenant: ctx.tenant.slug.to_string(),
            device: ctx.device,
            flow: flow.id,
            number,
            position: at + 1,
            total: list.len(),
            step: data,
            body_variant: data.variant_for(os_major),
            back_href: previous.map_or_else(|| ctx.links.landing_flow(flow.id), |n| ctx.links.step(flow.id, n)),
            next_href: next.map_or_else(|| ctx.links.done(flow.id), |n| ctx.links.step(flow.id, n)),
            next_is_done: next.is_none(),
            stuck_href: ctx.links.stuck(flow.id, number),
            handoff_href: data.handoff.then(|| ctx.links.go(flow.id, number)),
            browser_creates_passkey: !flow.id.uses_authenticator(),
            coming_next: if data.handoff {
                list[at + 1..].iter().map(|n| flow.steps[n - 1]).map(|s| (s.id, s.variant_for(os_major))).collect()
            } else {
                Vec::new()
            },
            illustration_url: data.illustration.map(Links::illustration),
        };
        pages::step::render(model)
    });
    Ok(page(&ctx, html))
}

pub async fn stuck(
    State(state): State<AppState>,
    Path((_, flow, step)): Path<(String, String, String)>,
    ctx: GuideContext,
) -> AppResult<Response> {
    stuck_page(state, ctx, flow, step, None).await
}

pub async fn fix(
    State(state): State<AppState>,
    Path((_, flow, step, problem)): Path<(String, String, String, String)>,
    ctx: GuideContext,
) -> AppResult<Response> {
    stuck_page(state, ctx, flow, step, Some(problem)).await
}

async fn stuck_page(
    state: AppState,
    ctx: GuideContext,
    flow: String,
    step: String,
    problem: Option<String>,
) -> AppResult<Response> {
    let flow = match allowed_flow(&ctx, &flow)? {
        Ok(flow) => flow,
        Err(to_start) => return Ok(to_start),
    };
    let number = step_number(flow, &step)?;
    let data = *flow.step(number).ok_or(AppError::NotFound)?;
    let chosen = problem.map(|p| known_problem(&data, &p)).transpose()?;
    ctx.record(&state, Stage::Stuck, Some(flow.id), Some(number), chosen).await?;
    let model = pages::stuck::StuckModel {
        chrome: ctx.chrome(Some(ctx.support_code(Some(flow.id), Some(number)))),
        tenant: ctx.tenant.slug.to_string(),
        device: ctx.device,
        flow: flow.id,
        step_id: data.id,
        number,
        problems: data.problems.iter().map(|p| (*p, ctx.links.fix(flow.id, number, p))).collect(),
        chosen,
        back_href: ctx.links.step(flow.id, number),
        list_href: ctx.links.stuck(flow.id, number),
        fix_illustration: chosen
            .and_then(|p| catalog::fix_illustration(flow.id, data.id, p))
            .map(|name| (Links::illustration(name), name)),
    };
    Ok(page(&ctx, pages::stuck::render(model)))
}

/// The problem id of a path, if the step lists it; otherwise not found.
pub fn known_problem(step: &Step, problem: &str) -> AppResult<&'static str> {
    step.problems.iter().find(|known| **known == problem).copied().ok_or(AppError::NotFound)
}

/// Every step of a walkthrough on one printable page, with the way onto a phone.
pub async fn handout(
    State(state): State<AppState>,
    Path((_, flow)): Path<(String, String)>,
    ctx: GuideContext,
) -> AppResult<Response> {
    let flow = match allowed_flow(&ctx, &flow)? {
        Ok(flow) => flow,
        Err(to_start) => return Ok(to_start),
    };
    let link = url_on_host(&state, &ctx.host, &ctx.links_without_device().landing_flow(flow.id));
    let model = pages::handout::HandoutModel {
        chrome: ctx.chrome(Some(ctx.support_code(Some(flow.id), None))),
        tenant: ctx.tenant.slug.to_string(),
        flow: flow.id,
        qr: qr_svg(&link),
        link,
    };
    Ok(page(&ctx, pages::handout::render(model)))
}

/// The helpdesk's page for one walkthrough.
pub async fn runbook(Path((_, flow)): Path<(String, String)>, ctx: GuideContext) -> AppResult<Response> {
    let flow = match allowed_flow(&ctx, &flow)? {
        Ok(flow) => flow,
        Err(to_start) => return Ok(to_start),
    };
    let others = chooser::allowed_flows(ctx.policy())
        .into_iter()
        .filter(|f| *f != flow.id)
        .map(|f| (f, ctx.links.runbook(f)))
        .collect();
    let model = pages::runbook::RunbookModel {
        chrome: ctx.chrome(None),
        tenant: ctx.tenant.slug.to_string(),
        flow: flow.id,
        others,
        guide_href: ctx.links.landing_flow(flow.id),
    };
    Ok(page(&ctx, pages::runbook::render(model)))
}

/// Records the hand-off and sends the person to Microsoft's security-info page.
pub async fn go(State(state): State<AppState>, ctx: GuideContext) -> AppResult<Response> {
    let flow = ctx.query.flow.filter(|f| ctx.policy().allows(catalog::flow(*f)));
    ctx.record(&state, Stage::Handoff, flow, ctx.query.step, None).await?;
    let mut response = Redirect::to(ctx.tenant.handoff_url.as_str()).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

pub async fn done_page(ctx: GuideContext) -> AppResult<Response> {
    let flow = ctx.query.flow.filter(|f| ctx.policy().allows(catalog::flow(*f)));
    let mut hidden: Vec<(&'static str, String)> = ctx.links.kept().to_vec();
    if let Some(flow) = flow {
        hidden.push(("flow", flow.as_str().to_owned()));
    }
    let last = flow.and_then(|f| shown_steps(&ctx, f).last().copied()).unwrap_or(1);
    let model = pages::done::DoneModel {
        chrome: ctx.chrome(Some(ctx.support_code(flow, None))),
        tenant: ctx.tenant.slug.to_string(),
        device: ctx.device,
        flow,
        confirm: Some(pages::done::ConfirmForm {
            action: ctx.links.done_action(),
            hidden,
            stuck_href: match flow {
                Some(f) => ctx.links.stuck(f, last),
                None => ctx.links.devices(),
            },
        }),
    };
    Ok(page(&ctx, pages::done::render(model)))
}

#[derive(Debug, Deserialize)]
pub struct DoneForm {
    flow: Option<String>,
    c: Option<String>,
    lang: Option<String>,
    device: Option<String>,
}

pub async fn confirm_done(
    State(state): State<AppState>,
    Path(tenant): Path<String>,
    headers: HeaderMap,
    ip: super::client_ip::ClientIp,
    https: super::transport::Https,
    Form(form): Form<DoneForm>,
) -> AppResult<Response> {
    let tenant = state.guide_tenant(&tenant).await?.ok_or(AppError::NotFound)?;
    let query = {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in [("flow", &form.flow), ("c", &form.c), ("lang", &form.lang), ("device", &form.device)] {
            if let Some(value) = value {
                query.append_pair(name, value);
            }
        }
        query.finish()
    };
    let ctx = GuideContext::build(tenant, &headers, Some(&query), ip.0, https.0, Some(state.lookups()));
    let flow = ctx.query.flow.filter(|f| ctx.policy().allows(catalog::flow(*f)));
    ctx.record(&state, Stage::Done, flow, None, None).await?;
    Ok(Redirect::to(&ctx.links.thanks(flow)).into_response())
}

pub async fn thanks(ctx: GuideContext) -> AppResult<Response> {
    let model = pages::done::DoneModel {
        chrome: ctx.chrome(Some(ctx.support_code(ctx.query.flow, None))),
        tenant: ctx.tenant.slug.to_string(),
        device: ctx.device,
        flow: ctx.query.flow,
        confirm: None,
    };
    Ok(page(&ctx, pages::done::render(model)))
}

/// The tenant's colours as a stylesheet: versioned, so it can be cached for a year.
pub async fn brand_css(State(state): State<AppState>, Path(tenant): Path<String>) -> AppResult<Response> {
    let tenant = state.guide_tenant(&tenant).await?.ok_or(AppError::NotFound)?;
    let css = stylesheet::render(&tenant);
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable")),
        ],
        css,
    )
        .into_response())
}

pub async fn logo(State(state): State<AppState>, Path(tenant): Path<String>) -> AppResult<Response> {
    let tenant = state.guide_tenant(&tenant).await?.ok_or(AppError::NotFound)?;
    let (kind, bytes) = tenants::logo(&state.db, tenant.id).await?.ok_or(AppError::NotFound)?;
    let kind = HeaderValue::from_str(&kind).map_err(|_| AppError::NotFound)?;
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, kind),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable")),
        ],
        bytes,
    )
        .into_response())
}

/// The public address of a path: the configured public URL, else this request's host.
pub fn absolute_url(state: &AppState, headers: &HeaderMap, path: &str) -> String {
    url_on_host(state, headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or(""), path)
}

/// Where a tenant's guide opens for people following a link: its own domain (always https) when
/// it has one, else `/{tenant}` on the public URL (or the request's host).
pub fn guide_home(state: &AppState, headers: &HeaderMap, tenant: &crate::brand::Tenant) -> String {
    match &tenant.domain {
        Some(domain) => format!("https://{domain}/"),
        None => absolute_url(state, headers, &format!("/{}", tenant.slug)),
    }
}

/// `path` on the configured public URL, else on the Host the request was sent to.
pub fn url_on_host(state: &AppState, host: &str, path: &str) -> String {
    if let Some(base) = &state.settings.public_url {
        let origin = base.origin().ascii_serialization();
        return format!("{origin}{path}");
    }
    let host = Some(host)
        .filter(|h| {
            !h.is_empty() && h.len() <= 255 && h.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
        })
        .unwrap_or("localhost");
    format!("http://{host}{path}")
}

/// A QR code as inline SVG markup, generated here from a URL we built.
fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let svg = code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(180, 180).quiet_zone(true).build();
    Some(svg.find("<svg").map_or(svg.clone(), |i| svg[i..].to_owned()))
}
