//! `GET /{tenant}/help/{flow}`: the helpdesk's page for one walkthrough — how to read the
//! support code, what to ask first, and every known problem of every step with its fix.

use leptos::prelude::*;

use super::{flow_title, requirement_text};
use crate::app::document;
use crate::components::layout::{Chrome, Frame};
use crate::domain::flow_id::FlowId;
use crate::guide::catalog;
use crate::i18n::arg;

pub struct RunbookModel {
    pub chrome: Chrome,
    pub tenant: String,
    pub flow: FlowId,
    /// `(flow, link)` for the other walkthroughs the tenant allows.
    pub others: Vec<(FlowId, String)>,
    pub guide_href: String,
}

pub fn render(model: RunbookModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let company = model.chrome.tenant_name.clone();
    let flow = catalog::flow(model.flow);
    let name = flow_title(&i18n, model.flow);
    let title = i18n.t_args("runbook-title", &[("flow", arg(name.clone()))]);
    let code_help = i18n.t("runbook-code-help");
    let ask_heading = i18n.t("runbook-ask-heading");
    let ask = ["runbook-ask-device", "runbook-ask-code", "runbook-ask-screen", "runbook-ask-browser"]
        .iter()
        .map(|id| view! { <li>{i18n.t(id)}</li> })
        .collect_view();
    let needs_heading = i18n.t("guide-you-need");
    let needs =
        flow.requirements.iter().map(|r| view! { <li>{requirement_text(&i18n, model.flow, r)}</li> }).collect_view();
    let steps_heading = i18n.t("runbook-steps-heading");
    let steps = flow
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let key = format!("flow-{}-{}", model.flow.as_str(), step.id);
            let heading = i18n.t_args(
                "runbook-step",
                &[
                    ("number", ((i + 1) as i64).into()),
                    ("title", arg(i18n.t_args(&format!("{key}-title"), &[("company", arg(company.clone()))]))),
                ],
            );
            let body = i18n.t_args(&format!("{key}-body"), &[("company", arg(company.clone()))]);
            let problems = step
                .problems
                .iter()
                .map(|p| {
                    let stem = format!("stuck-{}-{}-{p}", model.flow.as_str(), step.id);
                    let symptom = i18n.t_args(&stem, &[("company", arg(company.clone()))]);
                    let fix = i18n.t_args(&format!("{stem}-fix"), &[("company", arg(company.clone()))]);
                    view! {
                        <dt>{symptom}</dt>
                        <dd>{fix}</dd>
                    }
                })
                .collect_view();
            let source = step.source;
            let source_label = i18n.t_args("runbook-source", &[("date", arg(flow.checked))]);
            view! {
                <section class="card runbook-step">
                    <h3>{heading}</h3>
                    <p>{body}</p>
                    <dl class="problems">{problems}</dl>
                    <p class="meta">
                        <a href=source rel="noopener noreferrer">{source_label}</a>
                    </p>
                </section>
            }
        })
        .collect_view();
    let others_heading = i18n.t("runbook-others");
    let others = model
        .others
        .iter()
        .map(|(f, href)| view! { <li><a href=href.clone()>{flow_title(&i18n, *f)}</a></li> })
        .collect_view();
    let open_guide = i18n.t("runbook-open-guide");
    let heading_text = title.clone();
    let main = view! {
        <Frame chrome=model.chrome.clone()>
            <main id="content" data-tenant=model.tenant.clone() data-device="unknown" data-flow=model.flow.as_str()>
                <h1>{heading_text}</h1>
                <p>{code_help}</p>
                <p><a href=model.guide_href.clone()>{open_guide}</a></p>
                <h2>{ask_heading}</h2>
                <ol>{ask}</ol>
                <h2>{needs_heading}</h2>
                <ul>{needs}</ul>
                <h2>{steps_heading}</h2>
                {steps}
                <h2>{others_heading}</h2>
                <ul class="link-list">{others}</ul>
            </main>
        </Frame>
    };
    document(title, &model.chrome, main)
}
