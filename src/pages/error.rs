//! The friendly error page: what happened, what to do, and the request id for the helpdesk.

use leptos::prelude::*;

use crate::app::document;
use crate::components::layout::{Chrome, Frame};

pub fn render(chrome: Chrome, status: u16, request_id: Option<String>) -> String {
    let i18n = chrome.i18n.clone();
    let (title_id, body_id) = match status {
        404 => ("error-not-found-title", "error-not-found-body"),
        401 | 403 => ("error-forbidden-title", "error-forbidden-body"),
        429 => ("error-busy-title", "error-busy-body"),
        503 => ("error-busy-title", "error-busy-body"),
        400..=499 => ("error-bad-request-title", "error-bad-request-body"),
        _ => ("error-internal-title", "error-internal-body"),
    };
    let title = i18n.t(title_id);
    let body = i18n.t(body_id);
    let request = request_id.map(|id| {
        let label = i18n.t("error-request-id");
        view! { <p class="meta">{label}" "<code>{id}</code></p> }
    });
    let heading_text = title.clone();
    let main = view! {
        <Frame chrome=chrome.clone()>
            <main id="content" data-tenant="" data-device="unknown" data-flow="chooser">
                <h1>{heading_text}</h1>
                <p>{body}</p>
                {request}
            </main>
        </Frame>
    };
    document(title, &chrome, main)
}
