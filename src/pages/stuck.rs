//! "I'm stuck": the known problems of one step, then the fix for the one the person picked.

use leptos::prelude::*;

use crate::app::document;
use crate::components::layout::{Chrome, Frame};
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::i18n::arg;

pub struct StuckModel {
    pub chrome: Chrome,
    pub tenant: String,
    pub device: Device,
    pub flow: FlowId,
    pub step_id: &'static str,
    pub number: usize,
    /// `(problem id, link to its fix)`
    pub problems: Vec<(&'static str, String)>,
    /// The problem picked, when showing its fix.
    pub chosen: Option<&'static str>,
    pub back_href: String,
    pub list_href: String,
    /// `(drawing URL, its name)` beside the chosen problem's fix, when it is about a screen.
    pub fix_illustration: Option<(String, &'static str)>,
}

pub fn render(model: StuckModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let company = model.chrome.tenant_name.clone();
    let stem = format!("stuck-{}-{}", model.flow.as_str(), model.step_id);
    let device = model.device;
    // An iPad reads the iPhone walkthroughs' problems in its own words.
    let text = |id: String| i18n.t_args(&super::worded_for(&i18n, id, device), &[("company", arg(company.clone()))]);
    let step_title = text(format!("flow-{}-{}-title", model.flow.as_str(), model.step_id));
    let back = i18n.t("stuck-back-to-step");
    let contact =
        if model.chrome.support.is_empty() { i18n.t("stuck-contact-generic") } else { i18n.t("stuck-contact") };

    let content = match model.chosen {
        None => {
            let heading = i18n.t("stuck-title");
            let intro = i18n
                .t_args("stuck-intro", &[("step", arg(step_title.clone())), ("number", (model.number as i64).into())]);
            let items = model
                .problems
                .iter()
                .map(|(problem, href)| {
                    let symptom = text(format!("{stem}-{problem}"));
                    view! { <li><a href=href.clone()>{symptom}</a></li> }
                })
                .collect_view();
            let other = i18n.t("stuck-something-else");
            view! {
                <h1>{heading.clone()}</h1>
                <p>{intro}</p>
                <ul class="link-list problems">{items}</ul>
                <p>{other}</p>
            }
            .into_any()
        }
        Some(problem) => {
            let symptom = text(format!("{stem}-{problem}"));
            let fix = text(format!("{stem}-{problem}-fix"));
            let fix_label = i18n.t("stuck-fix-heading");
            let drawing = model.fix_illustration.clone().map(|(src, name)| {
                let alt = i18n.t(&format!("illustration-{name}"));
                view! { <img class="illustration" src=src alt=alt width="280" height="200" /> }
            });
            let other = i18n.t("stuck-other-problems");
            view! {
                <h1>{symptom}</h1>
                <section class="card" aria-labelledby="fix-heading">
                    <h2 id="fix-heading">{fix_label}</h2>
                    <p>{fix}</p>
                    {drawing}
                </section>
                <p><a href=model.list_href.clone()>{other}</a></p>
            }
            .into_any()
        }
    };
    let title = i18n.t("stuck-title");
    let main = view! {
        <Frame chrome=model.chrome.clone()>
            <main
                id="content"
                data-tenant=model.tenant.clone()
                data-device=model.device.as_str()
                data-flow=model.flow.as_str()
                data-step=model.number.to_string()
            >
                {content}
                <p class="callout">{contact}</p>
                <a class="button button-primary" href=model.back_href.clone()>{back}</a>
            </main>
        </Frame>
    };
    document(title, &model.chrome, main)
}
