//! `GET /admin/tenants/{tenant}/delete`: what deleting a tenant takes with it, a link to download
//! its data first, and the form that asks for its slug.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};

pub struct DeleteModel {
    pub chrome: AdminChrome,
    pub csrf: String,
    pub action: String,
    pub name: String,
    pub slug: String,
    pub export_href: String,
    /// What was typed, when it was not the slug.
    pub typed: String,
    pub error: Option<String>,
}

pub fn render(model: DeleteModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = |id: &str| i18n.t(id);
    let tenant_args = [("name", crate::i18n::arg(model.name.clone())), ("slug", crate::i18n::arg(model.slug.clone()))];
    let title = t("admin-delete-title");
    let heading = title.clone();
    let intro = i18n.t_args("admin-delete-intro", &tenant_args);
    let kept = t("admin-delete-kept");
    let export = t("admin-export-link");
    let confirm = i18n.t_args("admin-delete-confirm", &tenant_args);
    let hint = t("admin-delete-confirm-hint");
    let button = t("admin-delete-button");
    let invalid = model.error.is_some().then_some("true");
    let described = if model.error.is_some() { "confirm-error confirm-hint" } else { "confirm-hint" };
    let error = model.error.clone().map(|message| view! { <p class="field-error" id="confirm-error">{message}</p> });
    let summary = model.error.is_some().then(|| {
        let heading = t("admin-fix-errors");
        view! { <p class="callout callout-warning" role="alert">{heading}</p> }
    });
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content">
                <h1>{heading}</h1>
                {summary}
                <div class="callout callout-warning">
                    <p>{intro}</p>
                    <p>{kept}</p>
                </div>
                <p><a href=model.export_href.clone()>{export}</a></p>
                <form method="post" action=model.action.clone() class="stack card" novalidate>
                    <input type="hidden" name="_csrf" value=model.csrf.clone() />
                    <label for="confirm">{confirm}</label>
                    <input id="confirm" name="confirm" required autocomplete="off" autocapitalize="none" spellcheck="false"
                        value=model.typed.clone() aria-invalid=invalid aria-describedby=described />
                    <p class="hint" id="confirm-hint">{hint}</p>
                    {error}
                    <button type="submit" class="button button-primary">{button}</button>
                </form>
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
