//! The document shell every page is rendered into: clean server-side HTML, no script inline.

use leptos::prelude::*;

use crate::components::layout::Chrome;
use crate::i18n::Locale;

/// What the `<head>` carries besides the title.
pub struct Head {
    pub locale: Locale,
    pub brand_css: Option<String>,
    pub script: Option<&'static str>,
}

/// Renders a guide page inside the document with the tenant's chrome.
pub fn document(title: String, chrome: &Chrome, body: impl IntoView + 'static) -> String {
    let head = Head { locale: chrome.i18n.locale.clone(), brand_css: chrome.brand_css.clone(), script: chrome.script };
    document_with(title, head, body)
}

pub fn document_with(title: String, head: Head, body: impl IntoView + 'static) -> String {
    let lang = head.locale.as_str();
    let dir = head.locale.dir();
    let Head { brand_css, script, .. } = head;
    let html = Owner::new().with(move || {
        view! {
            <html lang=lang dir=dir>
                <head>
                    <meta charset="utf-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1" />
                    <meta name="color-scheme" content="light dark" />
                    <meta name="robots" content="noindex, nofollow" />
                    <title>{title}</title>
                    <link rel="stylesheet" href=*crate::web::assets::STYLE_URL />
                    {brand_css.map(|href| view! { <link rel="stylesheet" href=href /> })}
                    <link rel="icon" href=*crate::web::assets::ICON_URL type="image/svg+xml" />
                    {script.map(|src| view! { <script src=src defer></script> })}
                </head>
                <body>{body}</body>
            </html>
        }
        .to_html()
    });
    // Leptos leaves `<!>` placeholders for hydration, which never happens here. Text is
    // escaped, so the sequence can only be such a marker.
    format!("<!DOCTYPE html>{}", html.replace("<!>", ""))
}
