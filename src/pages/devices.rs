//! "Not your device?": pick the device (and see every way the tenant allows).

use leptos::prelude::*;

use super::{device_name, flow_title};
use crate::app::document;
use crate::components::layout::{Chrome, Frame};
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;

pub struct DevicesModel {
    pub chrome: Chrome,
    pub tenant: String,
    pub detected: Device,
    pub devices: Vec<(Device, String)>,
    pub flows: Vec<(FlowId, String)>,
}

pub fn render(model: DevicesModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let heading = i18n.t("devices-title");
    let intro = i18n.t("devices-intro");
    let devices = model
        .devices
        .iter()
        .map(|(device, href)| {
            let current = (*device == model.detected).then_some("true");
            view! {
                <li>
                    <a class=format!("device-choice device-{}", device.as_str()) href=href.clone() aria-current=current>
                        {device_name(&i18n, *device)}
                    </a>
                </li>
            }
        })
        .collect_view();
    let flows_heading = i18n.t("devices-all-ways");
    let flows = model
        .flows
        .iter()
        .map(|(flow, href)| view! { <li><a href=href.clone()>{flow_title(&i18n, *flow)}</a></li> })
        .collect_view();
    let heading_text = heading.clone();
    let main = view! {
        <Frame chrome=model.chrome.clone()>
            <main id="content" data-tenant=model.tenant.clone() data-device=model.detected.as_str() data-flow="chooser">
                <h1>{heading_text}</h1>
                <p>{intro}</p>
                <ul class="device-grid">{devices}</ul>
                <h2>{flows_heading}</h2>
                <ul class="link-list">{flows}</ul>
            </main>
        </Frame>
    };
    document(heading, &model.chrome, main)
}
