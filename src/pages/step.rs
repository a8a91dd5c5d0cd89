//! `GET /{tenant}/{flow}/{step}`: one screen of the walkthrough.

use leptos::prelude::*;

use crate::app::document;
use crate::components::layout::{Chrome, Frame};
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::guide::flow::Step;
use crate::i18n::arg;

pub struct StepModel {
    pub chrome: Chrome,
    pub tenant: String,
    pub device: Device,
    pub flow: FlowId,
    /// The step's number in links and the funnel.
    pub number: usize,
    /// Where it stands among the steps this system needs, and how many those are.
    pub position: usize,
    pub total: usize,
    pub step: Step,
    /// The wording of the body for an older system, if it has its own.
    pub body_variant: Option<&'static str>,
    pub back_href: String,
    pub next_href: String,
    pub next_is_done: bool,
    pub stuck_href: String,
    pub handoff_href: Option<String>,
    /// On the hand-off step, the steps that follow on Microsoft's page (their step ids, with the
    /// wording for this system), so the person has read them before the guide is left behind.
    pub coming_next: Vec<(&'static str, Option<&'static str>)>,
    /// This browser itself creates the passkey at the hand-off (not Authenticator), so the
    /// script may warn when it cannot.
    pub browser_creates_passkey: bool,
    pub illustration_url: Option<String>,
}

pub fn render(model: StepModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let company = model.chrome.tenant_name.clone();
    let key = format!("flow-{}-{}", model.flow.as_str(), model.step.id);
    let heading = i18n
        .t_args(&super::worded_for(&i18n, format!("{key}-title"), model.device), &[("company", arg(company.clone()))]);
    let body_id = match model.body_variant {
        Some(variant) => format!("{key}-body-{variant}"),
        None => format!("{key}-body"),
    };
    let body = i18n.t_args(&super::worded_for(&i18n, body_id, model.device), &[("company", arg(company.clone()))]);
    let progress = i18n
        .t_args("step-progress", &[("number", (model.position as i64).into()), ("total", (model.total as i64).into())]);
    let flow_name = super::flow_title_on(&i18n, model.flow, model.device);
    let title = format!("{heading} · {flow_name}");
    let illustration = model.illustration_url.clone().map(|src| {
        let alt = i18n.t(&format!("illustration-{}", model.step.illustration.unwrap_or_default()));
        view! { <img class="illustration" src=src alt=alt width="280" height="200" /> }
    });
    let coming_next = (!model.coming_next.is_empty()).then(|| {
        let heading = i18n.t("step-coming-next");
        let items = model
            .coming_next
            .iter()
            .map(|(step, variant)| {
                let key = format!("flow-{}-{step}", model.flow.as_str());
                let body_id = variant.map_or_else(|| format!("{key}-body"), |v| format!("{key}-body-{v}"));
                let title = i18n.t_args(
                    &super::worded_for(&i18n, format!("{key}-title"), model.device),
                    &[("company", arg(company.clone()))],
                );
                let body =
                    i18n.t_args(&super::worded_for(&i18n, body_id, model.device), &[("company", arg(company.clone()))]);
                view! { <li><strong>{title}</strong>" "{body}</li> }
            })
            .collect_view();
        view! {
            <section class="coming-next" aria-labelledby="coming-next-heading">
                <h2 id="coming-next-heading">{heading}</h2>
                <ol>{items}</ol>
            </section>
        }
    });
    let handoff = model.handoff_href.clone().map(|href| {
        let label = i18n.t("step-open-security-info");
        let note = i18n.t("step-handoff-note");
        let warning = model.browser_creates_passkey.then(|| {
            let text = i18n.t("step-no-passkey-warning");
            view! { <p id="no-passkey-warning" class="callout callout-warning" role="status" hidden>{text}</p> }
        });
        view! {
            {warning}
            {coming_next}
            <a class="button button-primary handoff" href=href>{label}</a>
            <p class="hint">{note}</p>
        }
    });
    let back = i18n.t("step-back");
    let next = if model.next_is_done { i18n.t("step-finish") } else { i18n.t("step-next") };
    let stuck = i18n.t("step-stuck");
    let nav_label = i18n.t("step-nav");
    let value = model.position.to_string();
    let max = model.total.to_string();
    let next_class = if model.handoff_href.is_some() { "button" } else { "button button-primary" };

    let main = view! {
        <Frame chrome=model.chrome.clone()>
            <main
                id="content"
                data-tenant=model.tenant.clone()
                data-device=model.device.as_str()
                data-flow=model.flow.as_str()
                data-step=model.number.to_string()
            >
                <p class="eyebrow">{flow_name}</p>
                <p class="progress-label" id="progress-label">{progress.clone()}</p>
                <progress value=value max=max aria-labelledby="progress-label">{progress}</progress>
                <h1>{heading}</h1>
                <div class="step-body">
                    <p>{body}</p>
                    {illustration}
                </div>
                {handoff}
                <nav class="step-nav" aria-label=nav_label>
                    <a class="button button-quiet" href=model.back_href.clone() rel="prev">{back}</a>
                    <a class=next_class href=model.next_href.clone() rel="next">{next}</a>
                </nav>
                <p class="stuck-link"><a href=model.stuck_href.clone()>{stuck}</a></p>
            </main>
        </Frame>
    };
    document(title, &model.chrome, main)
}
