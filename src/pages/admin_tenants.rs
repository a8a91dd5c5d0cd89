//! `GET /admin`: the tenants this administrator manages.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};

pub struct TenantLink {
    pub name: String,
    pub slug: String,
    pub settings_href: String,
    pub dashboard_href: String,
    pub guide_href: String,
    /// "Entra: 4 of 6 checks ready", linking to the checklist on the dashboard.
    pub readiness: String,
}

pub struct CreateForm {
    pub action: String,
    pub csrf: String,
    pub error: Option<String>,
}

/// `(label, href)`: the pages about the whole installation, for owners of every tenant.
pub fn render(
    chrome: AdminChrome,
    tenants: Vec<TenantLink>,
    create: Option<CreateForm>,
    installation: Vec<(String, String)>,
) -> String {
    let i18n = chrome.i18n.clone();
    let title = i18n.t("admin-tenants-title");
    let settings = i18n.t("admin-settings");
    let dashboard = i18n.t("admin-dashboard");
    let open = i18n.t("admin-open-guide");
    let rows = tenants
        .into_iter()
        .map(|t| {
            view! {
                <li class="card tenant-row">
                    <h2>{t.name}</h2>
                    <p class="meta"><code>{format!("/{}", t.slug)}</code></p>
                    <p><a href=format!("{}#readiness-heading", t.dashboard_href)>{t.readiness}</a></p>
                    <p class="actions">
                        <a href=t.settings_href>{settings.clone()}</a>
                        <a href=t.dashboard_href>{dashboard.clone()}</a>
                        <a href=t.guide_href>{open.clone()}</a>
                    </p>
                </li>
            }
        })
        .collect_view();
    let create = create.map(|form| {
        let heading = i18n.t("admin-create-tenant");
        let slug = i18n.t("admin-slug");
        let slug_hint = i18n.t("admin-slug-hint");
        let name = i18n.t("admin-name");
        let submit = i18n.t("admin-create");
        let error = form.error.map(|e| view! { <p class="callout callout-warning" role="alert">{e}</p> });
        view! {
            <section aria-labelledby="create-heading">
                <h2 id="create-heading">{heading}</h2>
                {error}
                <form method="post" action=form.action class="stack">
                    <input type="hidden" name="_csrf" value=form.csrf />
                    <label for="new-slug">{slug}</label>
                    <input id="new-slug" name="slug" required pattern="[a-z0-9-]{2,40}" aria-describedby="slug-hint" />
                    <p class="hint" id="slug-hint">{slug_hint}</p>
                    <label for="new-name">{name}</label>
                    <input id="new-name" name="name" required maxlength="80" />
                    <button type="submit" class="button button-primary">{submit}</button>
                </form>
            </section>
        }
    });
    let installation = (!installation.is_empty()).then(|| {
        let heading = i18n.t("admin-installation");
        let links =
            installation.into_iter().map(|(label, href)| view! { <li><a href=href>{label}</a></li> }).collect_view();
        view! {
            <section aria-labelledby="installation-heading">
                <h2 id="installation-heading">{heading}</h2>
                <ul class="link-list">{links}</ul>
            </section>
        }
    });
    let heading = title.clone();
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let main = view! {
        <AdminFrame chrome=chrome>
            <main id="content" class="wide">
                <h1>{heading}</h1>
                <ul class="tenant-list">{rows}</ul>
                {create}
                {installation}
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
