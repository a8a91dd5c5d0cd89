//! `GET /admin/tenants/{tenant}/emails`: the announcement, reminder and final notice, ready to
//! copy or download as drafts.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::brand::emails::Email;
use crate::components::admin_frame::{AdminChrome, AdminFrame};
use crate::components::text_area::ReadOnlyTextArea;

pub struct EmailsModel {
    pub chrome: AdminChrome,
    /// `(tag, own name, href, current)`
    pub languages: Vec<(&'static str, String, String, bool)>,
    /// `(profile name, href, current)` where the tenant has several passkey profiles.
    pub profiles: Vec<(String, String, bool)>,
    /// Each email with its `.eml` download link.
    pub emails: Vec<(Email, String)>,
    pub script: &'static str,
}

pub fn render(model: EmailsModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = {
        let i18n = i18n.clone();
        move |id: &str| i18n.t(id)
    };
    let title = t("admin-emails-title");
    let languages = model
        .languages
        .iter()
        .map(|(tag, label, href, current)| {
            let current = current.then_some("page");
            view! { <li><a href=href.clone() lang=*tag aria-current=current>{label.clone()}</a></li> }
        })
        .collect_view();
    let profiles = (!model.profiles.is_empty()).then(|| {
        let items = model
            .profiles
            .iter()
            .map(|(name, href, current)| {
                let current = current.then_some("page");
                view! { <li><a href=href.clone() aria-current=current>{name.clone()}</a></li> }
            })
            .collect_view();
        view! {
            <nav aria-labelledby="profiles-heading">
                <h2 id="profiles-heading">{t("admin-emails-profiles")}</h2>
                <p class="hint">{t("admin-emails-profiles-hint")}</p>
                <ul class="inline-list">{items}</ul>
            </nav>
        }
    });
    let copy = t("admin-copy");
    let emails = model
        .emails
        .iter()
        .map(|(email, eml_href)| {
            let k = email.kind.as_str();
            let heading = t(&format!("admin-email-{k}"));
            let when = i18n.t_args("admin-email-day", &[("day", i64::from(email.kind.day()).into())]);
            let (subject_id, text_id, html_id) = (format!("{k}-subject"), format!("{k}-text"), format!("{k}-html"));
            view! {
                <section class="card" aria-labelledby=format!("{k}-heading")>
                    <h2 id=format!("{k}-heading")>{heading}</h2>
                    <p class="meta">{when}</p>
                    <label for=subject_id.clone()>{t("admin-email-subject")}</label>
                    <div class="row">
                        <input id=subject_id.clone() readonly value=email.subject.clone() class="copy-field" />
                        <button type="button" class="button button-quiet js-only" data-copy=subject_id>{copy.clone()}</button>
                    </div>
                    <label for=text_id.clone()>{t("admin-email-text")}</label>
                    <ReadOnlyTextArea id=text_id.clone() rows=12 text=email.text.clone() />
                    <button type="button" class="button button-quiet js-only" data-copy=text_id>{copy.clone()}</button>
                    <label for=html_id.clone()>{t("admin-email-html")}</label>
                    <ReadOnlyTextArea id=html_id.clone() rows=6 text=email.html.clone() />
                    <button type="button" class="button button-quiet js-only" data-copy=html_id>{copy.clone()}</button>
                    <p><a class="button" href=eml_href.clone() download="">{t("admin-email-download")}</a></p>
                </section>
            }
        })
        .collect_view();
    let heading = title.clone();
    let intro = t("admin-emails-intro");
    let lang_label = t("admin-languages");
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: Some(model.script) };
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide">
                <h1>{heading}</h1>
                <p>{intro}</p>
                <nav aria-label=lang_label><ul class="inline-list">{languages}</ul></nav>
                {profiles}
                {emails}
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
