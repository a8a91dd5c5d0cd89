//! `GET /admin/tenants/{tenant}/recipients`: personal links. IT imports the list of people the
//! announcement goes to, downloads a mail-merge file with each person's own link, and later
//! the people in each segment for the next reminder.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};

pub struct SegmentLine {
    pub label: String,
    pub people: usize,
    pub href: String,
}

pub struct RecipientsModel {
    pub chrome: AdminChrome,
    pub csrf: String,
    pub enabled: bool,
    pub can_edit: bool,
    /// Whether the lists that name people may be downloaded (analysts, editors, owners).
    pub names: bool,
    /// What the guide's footer says once personal links are on, confirmed before they go on.
    pub privacy_notice: String,
    pub setting_action: String,
    pub import_action: String,
    pub total: usize,
    pub segments: Vec<SegmentLine>,
    /// `(label, href)` mail-merge downloads, one per campaign.
    pub mail_merge: Vec<(String, String)>,
    pub has_report: bool,
    /// What the last import did, or why it was refused.
    pub notice: Option<String>,
    pub error: Option<String>,
}

pub fn render(model: RecipientsModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = {
        let i18n = i18n.clone();
        move |id: &str| i18n.t(id)
    };
    let title = t("admin-recipients-title");
    let status = if model.enabled { t("admin-recipients-on") } else { t("admin-recipients-off") };
    let setting = model.can_edit.then(|| {
        let (value, label) =
            if model.enabled { ("off", t("admin-recipients-turn-off")) } else { ("on", t("admin-recipients-turn-on")) };
        // Turning them on tells people something new about the guide: IT reads it first.
        let confirm = (!model.enabled).then(|| {
            view! {
                <p>{t("admin-recipients-notice-intro")}</p>
                <blockquote id="privacy-notice">{model.privacy_notice.clone()}</blockquote>
                <div class="radio">
                    <input id="confirm" name="confirm" type="checkbox" value="yes" required aria-describedby="privacy-notice" />
                    <label for="confirm">{t("admin-recipients-confirm")}</label>
                </div>
            }
        });
        view! {
            <form method="post" action=model.setting_action.clone()>
                <input type="hidden" name="_csrf" value=model.csrf.clone() />
                <input type="hidden" name="personal_links" value=value />
                {confirm}
                <button type="submit" class="button">{label}</button>
            </form>
        }
    });
    let notice = model.notice.clone().map(|n| view! { <p class="callout" role="status">{n}</p> });
    let error = model.error.clone().map(|e| view! { <p class="callout callout-warning" role="alert">{e}</p> });
    let import = model.can_edit.then(|| {
        view! {
            <form method="post" action=model.import_action.clone() enctype="multipart/form-data" class="stack card">
                <input type="hidden" name="_csrf" value=model.csrf.clone() />
                <label for="list">{t("admin-recipients-file")}</label>
                <p class="hint" id="list-hint">{t("admin-recipients-file-hint")}</p>
                <input id="list" name="list" type="file" accept=".csv,text/csv" required aria-describedby="list-hint" />
                <button type="submit" class="button button-primary">{t("admin-recipients-import")}</button>
            </form>
        }
    });
    let people = model.total > 0;
    let merge = (people && model.names).then(|| {
        let links = model
            .mail_merge
            .iter()
            .map(|(label, href)| view! { <li><a href=href.clone()>{label.clone()}</a></li> })
            .collect_view();
        view! {
            <section aria-labelledby="merge-heading">
                <h2 id="merge-heading">{t("admin-recipients-merge")}</h2>
                <p>{t("admin-recipients-merge-intro")}</p>
                <ul>{links}</ul>
            </section>
        }
    });
    let segments = people.then(|| {
        let rows = model
            .segments
            .iter()
            .map(|s| {
                view! {
                    <tr>
                        <th scope="row">{s.label.clone()}</th>
                        <td>{s.people}</td>
                        <td>{model.names.then(|| view! { <a href=s.href.clone()>{t("admin-download-csv")}</a> })}</td>
                    </tr>
                }
            })
            .collect_view();
        let report_note = (!model.has_report).then(|| view! { <p class="hint">{t("admin-recipients-no-report")}</p> });
        view! {
            <section aria-labelledby="segments-heading">
                <h2 id="segments-heading">{t("admin-recipients-segments")}</h2>
                {report_note}
                <table class="data">
                    <caption>{i18n.t_args("admin-recipients-count", &[("count", model.total.into())])}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("admin-recipients-segment")}</th>
                            <th scope="col">{t("admin-recipients-people")}</th>
                            <th scope="col"><span class="visually-hidden">{t("admin-actions")}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
    });
    let heading = title.clone();
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide">
                <h1>{heading}</h1>
                <p>{t("admin-recipients-intro")}</p>
                {notice}
                {error}
                <p><strong>{status}</strong></p>
                {setting}
                {import}
                {merge}
                {segments}
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
