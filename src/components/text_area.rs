//! A `<textarea>` holding text. Leptos writes a textarea's children as they are (it treats the
//! element like `<script>`), so text placed there would close the element and inject markup.
//! A textarea's content is escapable raw text: character references are decoded there, so the
//! text is escaped here once and reads the same in the browser.

use leptos::prelude::*;

/// A read-only text area with `text` in it, for copying.
#[component]
pub fn ReadOnlyTextArea(id: String, rows: u32, text: String) -> impl IntoView {
    let escaped = html_escape::encode_text(&text).into_owned();
    view! { <textarea id=id readonly rows=rows.to_string() class="copy-field">{escaped}</textarea> }
}

/// A text area in a form, holding `text` (escaped the same way).
#[component]
pub fn FormTextArea(
    id: &'static str,
    rows: u32,
    text: String,
    disabled: bool,
    invalid: Option<&'static str>,
    described_by: String,
) -> impl IntoView {
    let escaped = html_escape::encode_text(&text).into_owned();
    view! {
        <textarea id=id name=id rows=rows.to_string() disabled=disabled aria-invalid=invalid
            aria-describedby=described_by spellcheck="false" autocomplete="off">{escaped}</textarea>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_closes_the_element_stays_text() {
        let hostile = "</textarea><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\"> & more";
        let html = Owner::new()
            .with(|| view! { <ReadOnlyTextArea id="t".to_owned() rows=3 text=hostile.to_owned() /> }.to_html());
        assert_eq!(html.matches("</textarea>").count(), 1, "{html}");
        assert!(!html.contains("<meta"), "{html}");
        assert!(html.contains("&lt;/textarea&gt;&lt;meta") && html.contains("&amp; more"), "{html}");
        let form = Owner::new().with(|| {
            view! {
                <FormTextArea id="t" rows=3 text=hostile.to_owned() disabled=false invalid=None described_by="h".to_owned() />
            }
            .to_html()
        });
        assert_eq!(form.matches("</textarea>").count(), 1, "{form}");
        assert!(!form.contains("<meta"), "{form}");
    }
}
