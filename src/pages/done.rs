//! The end: "did it work?" (a form that records `done`), then the thanks.

use leptos::prelude::*;

use crate::app::document;
use crate::components::layout::{Chrome, Frame};
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::i18n::arg;

pub struct DoneModel {
    pub chrome: Chrome,
    pub tenant: String,
    pub device: Device,
    pub flow: Option<FlowId>,
    /// `None` once confirmed: the thanks page.
    pub confirm: Option<ConfirmForm>,
}

pub struct ConfirmForm {
    pub action: String,
    pub hidden: Vec<(&'static str, String)>,
    pub stuck_href: String,
}

pub fn render(model: DoneModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let company = model.chrome.tenant_name.clone();
    let content = match &model.confirm {
        Some(form) => {
            let heading = i18n.t("done-confirm-title");
            let body = i18n.t("done-confirm-body");
            let yes = i18n.t("done-confirm-yes");
            let no = i18n.t("done-confirm-no");
            let hidden = form
                .hidden
                .iter()
                .map(|(name, value)| view! { <input type="hidden" name=*name value=value.clone() /> })
                .collect_view();
            view! {
                <h1>{heading}</h1>
                <p>{body}</p>
                <form method="post" action=form.action.clone() class="done-form">
                    {hidden}
                    <button type="submit" class="button button-primary">{yes}</button>
                </form>
                <p><a href=form.stuck_href.clone()>{no}</a></p>
            }
            .into_any()
        }
        None => {
            let heading = i18n.t("done-title");
            let body = i18n.t_args("done-body", &[("company", arg(company.clone()))]);
            let next = i18n.t("done-next");
            // Signing in once with the new passkey is the guide's own advice (Microsoft's pages
            // describe the sign-in, not a test); the labels are Microsoft's, from
            // how-to-sign-in-passkey-authenticator (ms.date 2026-07-05, checked 2026-12-02).
            let test_heading = i18n.t("done-test-title");
            let test_body = i18n.t_args("done-test-body", &[("company", arg(company.clone()))]);
            view! {
                <div class="celebrate" aria-hidden="true"></div>
                <h1>{heading}</h1>
                <p class="lead">{body}</p>
                <section class="card" aria-labelledby="test-heading">
                    <h2 id="test-heading">{test_heading}</h2>
                    <p>{test_body}</p>
                </section>
                <p>{next}</p>
            }
            .into_any()
        }
    };
    let title = i18n.t(if model.confirm.is_some() { "done-confirm-title" } else { "done-title" });
    let main = view! {
        <Frame chrome=model.chrome.clone()>
            <main
                id="content"
                data-tenant=model.tenant.clone()
                data-device=model.device.as_str()
                data-flow=model.flow.map(|f| f.as_str()).unwrap_or("chooser")
            >
                {content}
            </main>
        </Frame>
    };
    document(title, &model.chrome, main)
}
