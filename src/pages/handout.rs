//! `GET /{tenant}/{flow}/print`: every step of one walkthrough on one page, with a QR code that
//! opens the walkthrough on a phone, for kiosks, frontline staff and people who like paper.

use leptos::prelude::*;

use super::{flow_summary, flow_title, requirement_text};
use crate::app::document;
use crate::components::layout::{Chrome, Frame};
use crate::domain::flow_id::FlowId;
use crate::guide::catalog;
use crate::i18n::arg;

pub struct HandoutModel {
    pub chrome: Chrome,
    pub tenant: String,
    pub flow: FlowId,
    /// The walkthrough's own address, printed under its QR code.
    pub link: String,
    /// A QR code (SVG markup we generated) for `link`.
    pub qr: Option<String>,
}

pub fn render(model: HandoutModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let company = model.chrome.tenant_name.clone();
    let flow = catalog::flow(model.flow);
    let name = flow_title(&i18n, model.flow);
    let title = i18n.t_args("handout-title", &[("flow", arg(name.clone()))]);
    let summary = flow_summary(&i18n, model.flow, &company, crate::domain::device::Device::Unknown);
    let needs_heading = i18n.t("guide-you-need");
    let needs =
        flow.requirements.iter().map(|r| view! { <li>{requirement_text(&i18n, model.flow, r)}</li> }).collect_view();
    let steps = flow
        .steps
        .iter()
        .map(|step| {
            let key = format!("flow-{}-{}", model.flow.as_str(), step.id);
            let heading = i18n.t_args(&format!("{key}-title"), &[("company", arg(company.clone()))]);
            let body = i18n.t_args(&format!("{key}-body"), &[("company", arg(company.clone()))]);
            view! { <li><strong>{heading}</strong><p>{body}</p></li> }
        })
        .collect_view();
    let qr = model.qr.clone().map(|svg| {
        let label = i18n.t("handout-qr");
        view! {
            <figure class="handout-qr">
                <div class="qr" role="img" aria-label=i18n.t("guide-qr-alt") inner_html=svg></div>
                <figcaption>{label}" "<code>{model.link.clone()}</code></figcaption>
            </figure>
        }
    });
    let print_hint = i18n.t("handout-print-hint");
    let heading_text = title.clone();
    let main = view! {
        <Frame chrome=model.chrome.clone()>
            <main id="content" class="handout" data-tenant=model.tenant.clone() data-device="unknown" data-flow=model.flow.as_str()>
                <h1>{heading_text}</h1>
                <p class="lead">{summary}</p>
                <p class="hint no-print">{print_hint}</p>
                {qr}
                <h2>{needs_heading}</h2>
                <ul>{needs}</ul>
                <ol class="handout-steps">{steps}</ol>
            </main>
        </Frame>
    };
    document(title, &model.chrome, main)
}
