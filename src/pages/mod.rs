//! One page per file. Each takes a model built by its handler and returns the HTML document.

pub mod admin_account;
pub mod admin_accounts;
pub mod admin_audit;
pub mod admin_dashboard;
pub mod admin_emails;
pub mod admin_entra;
pub mod admin_invite;
pub mod admin_login;
pub mod admin_recipients;
pub mod admin_settings;
pub mod admin_tenant_delete;
pub mod admin_tenants;
pub mod admin_tokens;
pub mod dashboard_funnel;
pub mod devices;
pub mod done;
pub mod error;
pub mod handout;
pub mod landing;
pub mod runbook;
pub mod step;
pub mod stuck;

use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::guide::flow::Requirement;
use crate::i18n::{I18n, arg};

/// "iPhone", "Samsung Galaxy", …
pub fn device_name(i18n: &I18n, device: Device) -> String {
    i18n.t(&format!("device-{}", device.as_str()))
}

pub fn flow_title(i18n: &I18n, flow: FlowId) -> String {
    i18n.t(&format!("flow-{}-title", flow.as_str()))
}

/// The message `id` worded for `device` where the device has its own wording (an iPad reading an
/// iPhone walkthrough: `{id}-ipad`, listed in `catalog::IPAD_WORDINGS`), else `id`.
pub fn worded_for(i18n: &I18n, id: String, device: Device) -> String {
    let own = format!("{id}-ipad");
    if device == Device::Ipad && i18n.has(&own) { own } else { id }
}

/// A walkthrough's title as `device` reads it.
pub fn flow_title_on(i18n: &I18n, flow: FlowId, device: Device) -> String {
    i18n.t(&worded_for(i18n, format!("flow-{}-title", flow.as_str()), device))
}

pub fn flow_summary(i18n: &I18n, flow: FlowId, company: &str, device: Device) -> String {
    i18n.t_args(&worded_for(i18n, format!("flow-{}-summary", flow.as_str()), device), &[("company", arg(company))])
}

/// The system a device runs, for "needs iOS 17 or later".
pub fn system_name(device: Device) -> &'static str {
    match device {
        Device::Iphone => "iOS",
        Device::Ipad => "iPadOS",
        Device::Samsung | Device::Android => "Android",
        Device::Windows => "Windows",
        Device::Mac => "macOS",
        Device::Chromeos => "ChromeOS",
        Device::Linux => "Linux",
        Device::Bot | Device::Unknown => "",
    }
}

/// The system a flow runs on, for its requirements list.
pub fn flow_system(flow: FlowId) -> &'static str {
    match flow {
        FlowId::IphoneAuthenticator | FlowId::IphoneIcloud => "iOS",
        FlowId::Samsung | FlowId::Android | FlowId::AndroidAuthenticator => "Android",
        FlowId::WindowsHello => "Windows",
        FlowId::Mac => "macOS",
        FlowId::SecurityKey | FlowId::CrossDevice => "",
    }
}

pub fn requirement_text(i18n: &I18n, flow: FlowId, requirement: &Requirement) -> String {
    match requirement {
        Requirement::MinOsMajor(v) => {
            i18n.t_args("requirement-min-os", &[("system", arg(flow_system(flow))), ("version", arg(v.to_string()))])
        }
        Requirement::AuthenticatorApp => i18n.t("requirement-authenticator"),
        Requirement::Bluetooth => i18n.t("requirement-bluetooth"),
        Requirement::ScreenLock => i18n.t(match flow {
            FlowId::Mac => "requirement-screen-lock-mac",
            FlowId::WindowsHello => "requirement-screen-lock-windows",
            FlowId::IphoneAuthenticator | FlowId::IphoneIcloud => "requirement-screen-lock-apple",
            _ => "requirement-screen-lock",
        }),
        Requirement::SecurityKey => i18n.t("requirement-security-key"),
        Requirement::Phone => i18n.t("requirement-phone"),
    }
}
