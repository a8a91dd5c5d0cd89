//! The key of a cached guide page: everything the page was rendered from, so two requests with
//! equal keys get the same bytes and a branding change simply makes new keys.

use super::caches::HeapSize;
use super::guide_context::GuideContext;
use crate::detect;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;

/// What a cached guide page was rendered from: two requests with equal keys get the same bytes.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PageKey {
    tenant: i64,
    branding_version: i64,
    locale: &'static str,
    device: Device,
    detected: Device,
    os_version: Option<String>,
    /// Some pages name the browser to use instead of this one.
    browser: Option<String>,
    in_app: Option<detect::InApp>,
    /// The parameters every link carries (campaign, language, device choice).
    kept: Vec<(&'static str, String)>,
    /// For the absolute links and the QR code.
    host: String,
    page: &'static str,
    flow: Option<FlowId>,
    step: usize,
    /// Inside the admin's preview, links point into the preview.
    preview: bool,
}

impl HeapSize for PageKey {
    fn heap_size(&self) -> usize {
        self.os_version.as_ref().map_or(0, String::capacity)
            + self.browser.as_ref().map_or(0, String::capacity)
            + self.host.capacity()
            + self.kept.iter().map(|(_, v)| v.capacity() + std::mem::size_of::<(&str, String)>()).sum::<usize>()
    }
}

impl PageKey {
    /// Everything a rendered guide page depends on besides its handler: the page can be
    /// served from the cache under this key.
    pub fn of(ctx: &GuideContext, page: &'static str, flow: Option<FlowId>, step: usize) -> PageKey {
        PageKey {
            tenant: ctx.tenant.id,
            branding_version: ctx.tenant.branding_version,
            locale: ctx.i18n.locale.as_str(),
            device: ctx.device,
            detected: ctx.detected.device,
            os_version: ctx.detected.os_version.clone(),
            browser: ctx.detected.browser.clone(),
            in_app: ctx.detected.in_app,
            kept: ctx.links.kept().to_vec(),
            host: ctx.host.clone(),
            page,
            flow,
            step,
            preview: ctx.preview,
        }
    }
}
