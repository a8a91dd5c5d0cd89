//! `GET /admin/tenants/{tenant}/emails`: the announcement, reminder and final notice, each
//! editable (subject and text with placeholders, back to the default in one press), rendered
//! beside its source, ready to copy or download as a draft.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::brand::emails::Email;
use crate::components::admin_frame::{AdminChrome, AdminFrame};
use crate::components::text_area::ReadOnlyTextArea;

/// The text in the edit form: the stored or default template, or what was typed and refused.
pub struct Editing {
    pub subject: String,
    pub body: String,
    pub error: Option<String>,
}

pub struct EmailView {
    /// The email as it will be sent.
    pub email: Email,
    pub editing: Editing,
    /// IT changed it from the default.
    pub edited: bool,
    pub save_action: String,
    pub eml_href: String,
    pub preview_href: String,
}

pub struct EmailsModel {
    pub chrome: AdminChrome,
    pub csrf: String,
    pub can_edit: bool,
    /// `(tag, own name, href, current)`
    pub languages: Vec<(&'static str, String, String, bool)>,
    /// `(profile name, href, current)` where the tenant has several passkey profiles.
    pub profiles: Vec<(String, String, bool)>,
    pub emails: Vec<EmailView>,
    /// `({name}, what it stands for)`.
    pub placeholders: Vec<(String, String)>,
    /// "Links go to https://…".
    pub links_to: String,
    pub personal_links: bool,
    pub deadline_action: String,
    /// The deadline as shown in its field, and why it was refused.
    pub deadline: (String, Option<String>),
    pub notice: Option<String>,
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
    let placeholders = model
        .placeholders
        .iter()
        .map(|(code, meaning)| view! { <dt><code>{code.clone()}</code></dt><dd>{meaning.clone()}</dd> })
        .collect_view();
    let personal = model.personal_links.then(|| view! { <p class="hint">{t("admin-email-personal-links")}</p> });
    let (deadline_value, deadline_error) = model.deadline.clone();
    let deadline_invalid = deadline_error.is_some().then_some("true");
    let deadline_error = deadline_error.map(|e| view! { <p class="field-error" id="deadline-error">{e}</p> });
    let deadline = model.can_edit.then(|| {
        view! {
            <form method="post" action=model.deadline_action.clone() class="stack card">
                <input type="hidden" name="_csrf" value=model.csrf.clone() />
                <label for="deadline">{t("admin-email-deadline")}</label>
                <p class="hint" id="deadline-hint">{t("admin-email-deadline-hint")}</p>
                <input id="deadline" name="deadline" type="date" value=deadline_value aria-invalid=deadline_invalid
                    aria-describedby="deadline-hint deadline-error" />
                {deadline_error}
                <button type="submit" class="button">{t("admin-email-deadline-save")}</button>
            </form>
        }
    });
    let notice = model.notice.clone().map(|n| view! { <p class="callout" role="status">{n}</p> });
    let copy = t("admin-copy");
    let emails = model
        .emails
        .into_iter()
        .map(|view_model| {
            let EmailView { email, editing, edited, save_action, eml_href, preview_href } = view_model;
            let k = email.kind.as_str();
            let heading = t(&format!("admin-email-{k}"));
            let when = i18n.t_args("admin-email-day", &[("day", i64::from(email.kind.day()).into())]);
            let edited = edited.then(|| view! { <p class="meta">{t("admin-email-edited")}</p> });
            let (subject_id, text_id, html_id) = (format!("{k}-subject"), format!("{k}-text"), format!("{k}-html"));
            let (edit_subject, edit_body) = (format!("{k}-edit-subject"), format!("{k}-edit-body"));
            let error_id = format!("{k}-error");
            let invalid = editing.error.is_some().then_some("true");
            let error = editing.error.map(|e| view! { <p class="callout callout-warning" role="alert" id=error_id.clone()>{e}</p> });
            let form = model.can_edit.then(|| {
                let body = html_escape::encode_text(&editing.body).into_owned();
                view! {
                    <form method="post" action=save_action class="stack">
                        <input type="hidden" name="_csrf" value=model.csrf.clone() />
                        {error}
                        <label for=edit_subject.clone()>{t("admin-email-subject")}</label>
                        <input id=edit_subject name="subject" required maxlength="200" value=editing.subject aria-invalid=invalid />
                        <label for=edit_body.clone()>{t("admin-email-body")}</label>
                        <textarea id=edit_body name="body" rows="16" required aria-invalid=invalid spellcheck="true">{body}</textarea>
                        <div class="row">
                            <button type="submit" class="button button-primary">{t("admin-email-save")}</button>
                            <button type="submit" name="reset" value="1" class="button button-quiet" formnovalidate="">{t("admin-email-reset")}</button>
                        </div>
                    </form>
                }
            });
            let frame_title = i18n.t_args("admin-email-preview-of", &[("email", crate::i18n::arg(heading.clone()))]);
            view! {
                <section class="card" aria-labelledby=format!("{k}-heading")>
                    <h2 id=format!("{k}-heading")>{heading}</h2>
                    <p class="meta">{when}</p>
                    {edited}
                    <div class="email-layout">
                        <div>{form}</div>
                        <div class="email-preview">
                            <h3>{t("admin-email-preview")}</h3>
                            <p class="meta">{t("admin-email-subject")}": "{email.subject.clone()}</p>
                            <iframe src=preview_href title=frame_title></iframe>
                        </div>
                    </div>
                    <details>
                        <summary>{t("admin-email-source")}</summary>
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
                    </details>
                    <p><a class="button" href=eml_href download="">{t("admin-email-download")}</a></p>
                </section>
            }
        })
        .collect_view();
    let heading = title.clone();
    let intro = t("admin-emails-intro");
    let lang_label = t("admin-languages");
    let placeholders_heading = t("admin-email-placeholders");
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: Some(model.script) };
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide">
                <h1>{heading}</h1>
                <p>{intro}</p>
                {notice}
                <nav aria-label=lang_label><ul class="inline-list">{languages}</ul></nav>
                {profiles}
                <p class="hint">{model.links_to}</p>
                {personal}
                {deadline}
                <details class="card">
                    <summary>{placeholders_heading}</summary>
                    <dl class="placeholders">{placeholders}</dl>
                </details>
                {emails}
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
