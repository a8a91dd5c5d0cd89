//! `GET /{tenant}`: the detected device, the recommended walkthrough, and the way out when the
//! guess is wrong or the browser cannot create a passkey.

use leptos::prelude::*;

use super::{device_name, flow_summary, flow_title, requirement_text};
use crate::app::document;
use crate::components::layout::{Chrome, Frame};
use crate::detect::InApp;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::guide::catalog;
use crate::guide::chooser::UpdateFirst;
use crate::guide::policy::Refusal;
use crate::i18n::arg;

pub struct LandingModel {
    pub chrome: Chrome,
    pub tenant: String,
    pub device: Device,
    pub os_version: Option<String>,
    pub flow: Option<FlowId>,
    pub in_app: Option<InApp>,
    pub update_first: Option<UpdateFirst>,
    pub start_href: Option<String>,
    /// How many steps the recommended walkthrough has on this system.
    pub step_count: usize,
    /// Every step of the recommended walkthrough on one printable page.
    pub print_href: Option<String>,
    pub alternatives: Vec<(FlowId, String)>,
    pub devices_href: String,
    /// The same page for an iPad, offered by the script when a "Mac" has a touch screen.
    pub ipad_href: String,
    /// This page's address, to copy into a real browser.
    pub page_url: String,
    /// A QR code (SVG markup we generated) that opens the guide on a phone.
    pub phone_qr: Option<String>,
    /// The recommended walkthrough is a phone's and this is a computer: the link that opens it on
    /// the phone (the QR code's), shown above the walkthrough and in print.
    pub phone_link: Option<String>,
    /// A walkthrough asked for with `?flow=` that the tenant's policy rules out, and why.
    pub refused: Option<(FlowId, Refusal)>,
    /// This browser cannot create or use the passkey here: the message that says which to use.
    pub browser_note: Option<&'static str>,
}

pub fn render(model: LandingModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let company = model.chrome.tenant_name.clone();
    let title = i18n.t_args("guide-title", &[("company", arg(company.clone()))]);
    let lead = i18n.t_args("guide-lead", &[("company", arg(company.clone()))]);
    let detected = match (model.device, &model.os_version) {
        (Device::Unknown | Device::Bot, _) => i18n.t("guide-detected-unknown"),
        (device, Some(version)) => i18n.t_args(
            "guide-detected-with-version",
            &[
                ("device", arg(device_name(&i18n, device))),
                ("system", arg(super::system_name(device))),
                ("version", arg(version.clone())),
            ],
        ),
        (device, None) => i18n.t_args("guide-detected", &[("device", arg(device_name(&i18n, device)))]),
    };
    let switch_label = i18n.t("guide-not-your-device");

    let in_app = model.in_app.map(|app| {
        let ios = matches!(model.device, Device::Iphone | Device::Ipad);
        let app_key = format!("inapp-{}-{}", app.as_str(), if ios { "ios" } else { "android" });
        let steps = if i18n.has(&app_key) {
            i18n.t(&app_key)
        } else {
            i18n.t(if ios { "inapp-generic-ios" } else { "inapp-generic-android" })
        };
        let heading = i18n.t("inapp-title");
        let why = i18n.t("inapp-why");
        let copy_label = i18n.t("inapp-copy-label");
        let url = model.page_url.clone();
        view! {
            <section class="callout callout-warning" aria-labelledby="inapp-heading">
                <h2 id="inapp-heading">{heading}</h2>
                <p>{why}</p>
                <p class="taps">{steps}</p>
                <label for="page-url">{copy_label}</label>
                <input id="page-url" class="copy-field" type="text" readonly value=url />
            </section>
        }
    });

    let update = model.update_first.clone().map(|u| {
        let heading = i18n.t("update-title");
        let system = super::system_name(model.device);
        let body = i18n.t_args(
            "update-body",
            &[
                ("system", arg(system)),
                ("required", arg(u.required_major.to_string())),
                ("detected", arg(u.detected.clone())),
            ],
        );
        let how = i18n.t(&format!(
            "update-how-{}",
            if matches!(model.device, Device::Iphone | Device::Ipad) { "ios" } else { "android" }
        ));
        view! {
            <section class="callout callout-warning" aria-labelledby="update-heading">
                <h2 id="update-heading">{heading}</h2>
                <p>{body}</p>
                <p class="taps">{how}</p>
            </section>
        }
    });

    let refused = model.refused.map(|(flow, why)| {
        let heading = i18n.t_args("guide-refused-title", &[("flow", arg(flow_title(&i18n, flow)))]);
        let reason = i18n.t_args(why.message_id(), &[("company", arg(company.clone()))]);
        view! {
            <section class="callout callout-warning" aria-labelledby="refused-heading">
                <h2 id="refused-heading">{heading}</h2>
                <p>{reason}</p>
            </section>
        }
    });

    let browser_note = model.browser_note.map(|id| {
        let heading = i18n.t("guide-browser-title");
        let body = i18n.t(id);
        view! {
            <section class="callout callout-warning" aria-labelledby="browser-heading">
                <h2 id="browser-heading">{heading}</h2>
                <p>{body}</p>
            </section>
        }
    });

    let recommended = model.flow.map(|flow| {
        let data = catalog::flow(flow);
        let heading = i18n.t("guide-recommended");
        let name = super::flow_title_on(&i18n, flow, model.device);
        let summary = flow_summary(&i18n, flow, &company, model.device);
        let needs_label = i18n.t("guide-you-need");
        let needs =
            data.requirements.iter().map(|r| view! { <li>{requirement_text(&i18n, flow, r)}</li> }).collect_view();
        let steps = i18n.t_args("guide-step-count", &[("count", (model.step_count as i64).into())]);
        let print = model.print_href.clone().map(|href| {
            let label = i18n.t("guide-print-all");
            view! { <p class="no-print"><a href=href>{label}</a></p> }
        });
        // A system too old for the walkthrough gets no Start: the update comes first.
        let start = match &model.update_first {
            None => {
                let label = i18n.t("guide-start");
                let href = model.start_href.clone().unwrap_or_default();
                view! { <a class="button button-primary" href=href>{label}</a> }.into_any()
            }
            Some(_) => view! { <p class="meta">{i18n.t("guide-start-after-update")}</p> }.into_any(),
        };
        view! {
            <section class="card flow-card" aria-labelledby="flow-heading">
                <p class="eyebrow">{heading}</p>
                <h2 id="flow-heading">{name}</h2>
                <p>{summary}</p>
                <p class="meta">{steps}</p>
                // Start comes before the list of what is needed, so a phone shows it without scrolling.
                {start}
                <h3 class="needs-heading">{needs_label}</h3>
                <ul class="needs">{needs}</ul>
                {print}
            </section>
        }
    });

    let nothing_fits = model.flow.is_none().then(|| {
        // A device detection knows, which the policy leaves no walkthrough, is told so plainly.
        let text = match model.device {
            Device::Unknown | Device::Bot => i18n.t("guide-pick-device"),
            _ => i18n.t_args("guide-no-way-here", &[("company", arg(company.clone()))]),
        };
        let href = model.devices_href.clone();
        let label = i18n.t("guide-choose-device");
        view! {
            <section class="card">
                <p>{text}</p>
                <a class="button button-primary" href=href>{label}</a>
            </section>
        }
    });

    let phone_card = model.phone_link.clone().zip(model.phone_qr.clone()).map(|(link, svg)| {
        let heading = i18n.t("guide-phone-flow-title");
        let body = i18n.t("guide-phone-flow-body");
        view! {
            <section class="card qr-card phone-card" aria-labelledby="phone-heading">
                <h2 id="phone-heading">{heading}</h2>
                <p>{body}</p>
                <div class="qr" role="img" aria-label=i18n.t("guide-qr-alt") inner_html=svg></div>
                <p class="phone-link"><code>{link}</code></p>
            </section>
        }
    });
    let qr = model.phone_qr.clone().filter(|_| model.phone_link.is_none()).map(|svg| {
        let heading = i18n.t("guide-qr-title");
        let body = i18n.t("guide-qr-body");
        view! {
            <section class="card qr-card" aria-labelledby="qr-heading">
                <h2 id="qr-heading">{heading}</h2>
                <p>{body}</p>
                <div class="qr" role="img" aria-label=i18n.t("guide-qr-alt") inner_html=svg></div>
            </section>
        }
    });

    let alternatives = (!model.alternatives.is_empty()).then(|| {
        let heading = i18n.t("guide-other-ways");
        let items = model
            .alternatives
            .iter()
            .map(|(flow, href)| view! { <li><a href=href.clone()>{flow_title(&i18n, *flow)}</a></li> })
            .collect_view();
        view! {
            <section aria-labelledby="alternatives-heading">
                <h2 id="alternatives-heading">{heading}</h2>
                <ul class="link-list">{items}</ul>
            </section>
        }
    });

    let ipad = (model.device == Device::Mac).then(|| {
        let text = i18n.t("guide-ipad-notice");
        let label = i18n.t("guide-ipad-link");
        let href = model.ipad_href.clone();
        view! {
            <p id="ipad-notice" class="callout" hidden>
                {text}" "<a href=href>{label}</a>
            </p>
        }
    });

    let heading_text = title.clone();
    let main = view! {
        <Frame chrome=model.chrome.clone()>
            <main
                id="content"
                data-tenant=model.tenant.clone()
                data-device=model.device.as_str()
                data-flow=model.flow.map(|f| f.as_str()).unwrap_or("chooser")
            >
                <h1>{heading_text}</h1>
                <p class="lead">{lead}</p>
                <p class="detected">
                    <span>{detected}</span>" "
                    <a href=model.devices_href.clone() class="switch-device">{switch_label}</a>
                </p>
                {ipad}
                {refused}
                {in_app}
                {browser_note}
                {update}
                {phone_card}
                {recommended}
                {nothing_fits}
                {qr}
                {alternatives}
            </main>
        </Frame>
    };
    document(title, &model.chrome, main)
}
