//! The audit log: `GET /admin/audit` (every tenant, for owners of the installation) and
//! `GET /admin/tenants/{tenant}/audit` (one tenant, for its owners). Read only.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};

pub struct AuditRow {
    pub when: String,
    pub actor: String,
    pub tenant: String,
    pub action: String,
    pub subject: String,
    /// "field: old → new", one per change.
    pub changes: Vec<String>,
}

pub struct AuditModel {
    pub chrome: AdminChrome,
    /// The tenant's name, or `None` for the whole installation (which adds a tenant column).
    pub tenant_name: Option<String>,
    pub rows: Vec<AuditRow>,
    /// More entries match than the page shows; the CSV has them all.
    pub more: bool,
    pub since: String,
    pub since_error: bool,
    pub csv_href: String,
}

pub fn render(model: AuditModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = {
        let i18n = i18n.clone();
        move |id: &str| i18n.t(id)
    };
    let title = match &model.tenant_name {
        Some(name) => i18n.t_args("admin-audit-title-tenant", &[("name", crate::i18n::arg(name.clone()))]),
        None => t("admin-audit-title"),
    };
    let show_tenant = model.tenant_name.is_none();
    let has_rows = !model.rows.is_empty();
    let rows = model
        .rows
        .into_iter()
        .map(|row| {
            let tenant = show_tenant.then(|| view! { <td>{row.tenant}</td> });
            let changes = (!row.changes.is_empty()).then(|| {
                let items = row.changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view();
                view! { <ul class="changes">{items}</ul> }
            });
            view! {
                <tr>
                    <td class="nowrap">{row.when}</td>
                    <td>{row.actor}</td>
                    {tenant}
                    <td>{row.action}</td>
                    <td>{row.subject}{changes}</td>
                </tr>
            }
        })
        .collect_view();
    let tenant_head = show_tenant.then(|| view! { <th scope="col">{t("admin-audit-tenant")}</th> });
    let table = view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=title.clone()>
            <table class="data">
                <thead>
                    <tr>
                        <th scope="col">{t("admin-audit-when")}</th>
                        <th scope="col">{t("admin-audit-who")}</th>
                        {tenant_head}
                        <th scope="col">{t("admin-audit-what")}</th>
                        <th scope="col">{t("admin-audit-detail")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    };
    let empty = t("admin-audit-none");
    let list = if has_rows { table.into_any() } else { view! { <p>{empty}</p> }.into_any() };
    let more = model.more.then(|| view! { <p class="meta">{t("admin-audit-more")}</p> });
    let since_error =
        model.since_error.then(|| view! { <p class="field-error" id="since-error">{t("admin-audit-since-error")}</p> });
    let described = model.since_error.then_some("since-error");
    let heading = title.clone();
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide">
                <h1>{heading}</h1>
                <p>{t("admin-audit-intro")}</p>
                <form method="get" class="filters">
                    <label for="since">{t("admin-audit-since")}</label>
                    <input id="since" name="since" type="date" value=model.since aria-describedby=described />
                    {since_error}
                    <button type="submit" class="button">{t("admin-audit-show")}</button>
                    <a class="button button-quiet" href=model.csv_href>{t("admin-audit-download")}</a>
                </form>
                {list}
                {more}
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
