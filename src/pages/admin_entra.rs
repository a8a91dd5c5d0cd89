//! `GET /admin/tenants/{tenant}/entra`: the Microsoft Graph connection (owners enter it and start
//! fetches), what the last fetch read, the readiness checklist, and the sign-in page's branding
//! offered as the guide's logo and colour.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};
use crate::components::readiness::ReadinessList;
use crate::entra::readiness::Check;
use crate::i18n::I18n;

pub struct ConnectionView {
    pub directory: String,
    pub client_id: String,
    pub read_providers: bool,
    pub saved_at: String,
    pub running_since: Option<String>,
    pub finished_at: Option<String>,
    /// The last successful fetch's findings, one per line.
    pub summary: Option<Vec<String>>,
    pub error: Option<String>,
}

pub struct BrandingOffer {
    pub read_at: String,
    pub logo_src: Option<String>,
    /// `#rrggbb` as the sign-in page sets it.
    pub color: Option<String>,
    /// The colour the guide would use instead, where the contrast check changes it.
    pub color_used: Option<String>,
    pub logo_in_use: bool,
    pub color_in_use: bool,
}

pub struct EntraModel {
    pub chrome: AdminChrome,
    pub csrf: String,
    pub is_owner: bool,
    pub can_edit: bool,
    /// The installation has a key to seal client secrets with.
    pub can_seal: bool,
    pub connection: Option<ConnectionView>,
    pub connection_action: String,
    pub fetch_action: String,
    pub branding_action: String,
    pub checks: Vec<Check>,
    pub fetched: Option<String>,
    pub branding: Option<BrandingOffer>,
    /// `(part, message)`: `connection`, `client_secret` or `fetch`.
    pub errors: Vec<(&'static str, String)>,
}

fn error_for(errors: &[(&'static str, String)], part: &str) -> Option<AnyView> {
    errors.iter().find(|(p, _)| *p == part).map(|(p, message)| {
        let id = format!("{p}-error");
        view! { <p class="callout callout-warning" role="alert" id=id>{message.clone()}</p> }.into_any()
    })
}

fn connection_form(model: &EntraModel, i18n: &I18n) -> AnyView {
    let t = |id: &str| i18n.t(id);
    if !model.can_seal {
        return view! { <p class="callout callout-warning">{t("admin-entra-no-key")}</p> }.into_any();
    }
    let existing = model.connection.as_ref();
    let directory = existing.map(|c| c.directory.clone()).unwrap_or_default();
    let client_id = existing.map(|c| c.client_id.clone()).unwrap_or_default();
    let read_providers = existing.is_none_or(|c| c.read_providers);
    let secret_hint =
        existing.map(|_| view! { <p class="hint" id="client_secret-hint">{t("admin-entra-secret-kept")}</p> });
    let secret_described = existing.map(|_| "client_secret-hint");
    let secret_invalid = model.errors.iter().any(|(p, _)| *p == "client_secret").then_some("true");
    let remove = existing.map(|_| {
        view! {
            <button type="submit" name="remove" value="1" class="button" formnovalidate>
                {t("admin-entra-remove")}
            </button>
        }
    });
    view! {
        <form method="post" action=model.connection_action.clone() class="stack">
            <input type="hidden" name="_csrf" value=model.csrf.clone() />
            <label for="directory">{t("admin-entra-directory")}</label>
            <input id="directory" name="directory" type="text" required autocomplete="off" spellcheck="false"
                value=directory placeholder="contoso.onmicrosoft.com" />
            <label for="client_id">{t("admin-entra-client-id")}</label>
            <input id="client_id" name="client_id" type="text" required autocomplete="off" spellcheck="false"
                value=client_id />
            <label for="client_secret">{t("admin-entra-client-secret")}</label>
            {secret_hint}
            <input id="client_secret" name="client_secret" type="password" autocomplete="new-password"
                required=existing.is_none() aria-describedby=secret_described aria-invalid=secret_invalid />
            <div class="radio">
                <input type="checkbox" id="read_providers" name="read_providers" value="1" checked=read_providers />
                <label for="read_providers">{t("admin-entra-read-providers")}</label>
            </div>
            <div class="actions">
                <button type="submit" class="button button-primary">{t("admin-entra-save")}</button>
                {remove}
            </div>
        </form>
    }
    .into_any()
}

fn connection_section(model: &EntraModel, i18n: &I18n) -> AnyView {
    let status = match &model.connection {
        Some(c) => i18n.t_args(
            "admin-entra-connected",
            &[
                ("directory", crate::i18n::arg(c.directory.clone())),
                ("client", crate::i18n::arg(c.client_id.clone())),
                ("when", crate::i18n::arg(c.saved_at.clone())),
            ],
        ),
        None => i18n.t("admin-entra-not-connected"),
    };
    let form = model.is_owner.then(|| connection_form(model, i18n));
    view! {
        <section class="card stack" aria-labelledby="connection-heading">
            <h2 id="connection-heading">{i18n.t("admin-entra-connection")}</h2>
            <p>{i18n.t("admin-entra-connection-intro")}</p>
            <p><strong>{status}</strong></p>
            {error_for(&model.errors, "connection")}
            {error_for(&model.errors, "client_secret")}
            {form}
        </section>
    }
    .into_any()
}

fn fetch_section(model: &EntraModel, i18n: &I18n) -> AnyView {
    let t = |id: &str| i18n.t(id);
    let arg = |name: &'static str, value: &str| [(name, crate::i18n::arg(value.to_owned()))];
    let (state, findings, failure) = match &model.connection {
        None => (t("admin-entra-fetch-never"), None, None),
        Some(c) => {
            let state = match (&c.running_since, &c.finished_at) {
                (Some(since), _) => i18n.t_args("admin-entra-fetch-running", &arg("when", since)),
                (None, Some(at)) => i18n.t_args("admin-entra-fetch-finished", &arg("when", at)),
                (None, None) => t("admin-entra-fetch-never"),
            };
            let findings = c.summary.as_ref().map(|lines| {
                let items = lines.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view();
                view! { <ul class="findings">{items}</ul> }
            });
            let failure = c.error.as_ref().filter(|_| c.running_since.is_none()).map(|e| {
                view! { <p class="callout callout-warning" role="alert">{i18n.t_args("admin-entra-fetch-failed", &arg("reason", e))}</p> }
            });
            (state, findings, failure)
        }
    };
    let button = (model.is_owner && model.connection.is_some()).then(|| {
        view! {
            <form method="post" action=model.fetch_action.clone()>
                <input type="hidden" name="_csrf" value=model.csrf.clone() />
                <button type="submit" class="button button-primary">{t("admin-entra-fetch")}</button>
            </form>
        }
    });
    view! {
        <section class="card stack" aria-labelledby="fetch-heading">
            <h2 id="fetch-heading">{t("admin-entra-fetch-heading")}</h2>
            <p>{t("admin-entra-fetch-intro")}</p>
            {error_for(&model.errors, "fetch")}
            <p role="status"><strong>{state}</strong></p>
            {failure}
            {findings}
            {button}
        </section>
    }
    .into_any()
}

fn use_button(model: &EntraModel, i18n: &I18n, what: &'static str, in_use: bool) -> AnyView {
    if in_use {
        return view! { <p class="meta">{i18n.t("admin-entra-in-use")}</p> }.into_any();
    }
    if !model.can_edit {
        return ().into_any();
    }
    let label = i18n.t(if what == "logo" { "admin-entra-use-logo" } else { "admin-entra-use-color" });
    view! {
        <form method="post" action=model.branding_action.clone()>
            <input type="hidden" name="_csrf" value=model.csrf.clone() />
            <input type="hidden" name="use" value=what />
            <button type="submit" class="button">{label}</button>
        </form>
    }
    .into_any()
}

fn branding_section(model: &EntraModel, i18n: &I18n) -> AnyView {
    let t = |id: &str| i18n.t(id);
    let body = match &model.branding {
        None => view! { <p>{t("admin-entra-branding-none")}</p> }.into_any(),
        Some(b) if b.logo_src.is_none() && b.color.is_none() => {
            view! { <p>{t("admin-entra-branding-empty")}</p> }.into_any()
        }
        Some(b) => {
            let intro = i18n.t_args("admin-entra-branding-intro", &[("when", crate::i18n::arg(b.read_at.clone()))]);
            let logo = b.logo_src.clone().map(|src| {
                view! {
                    <figure class="offer">
                        <img src=src alt=t("admin-entra-banner-logo") class="offer-logo" />
                        {use_button(model, i18n, "logo", b.logo_in_use)}
                    </figure>
                }
            });
            let color = b.color.clone().map(|color| {
                let adjusted = b.color_used.clone().map(|used| {
                    view! { <p class="hint">{i18n.t_args("admin-entra-color-adjusted", &[("used", crate::i18n::arg(used))])}</p> }
                });
                // A presentation attribute, not a style: the strict CSP stays as it is.
                let swatch = color.clone();
                view! {
                    <div class="offer">
                        <svg class="swatch" width="32" height="32" viewBox="0 0 32 32" aria-hidden="true">
                            <rect width="32" height="32" rx="6" fill=swatch />
                        </svg>
                        <p><code>{i18n.t_args("admin-entra-color", &[("color", crate::i18n::arg(color))])}</code></p>
                        {adjusted}
                        {use_button(model, i18n, "color", b.color_in_use)}
                    </div>
                }
            });
            view! { <p>{intro}</p> {logo} {color} }.into_any()
        }
    };
    view! {
        <section class="card stack" aria-labelledby="branding-heading">
            <h2 id="branding-heading">{t("admin-entra-branding")}</h2>
            {body}
        </section>
    }
    .into_any()
}

pub fn render(model: EntraModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let title = i18n.t("admin-entra-title");
    let connection = connection_section(&model, &i18n);
    let fetch = fetch_section(&model, &i18n);
    let branding = branding_section(&model, &i18n);
    let checklist =
        view! { <ReadinessList i18n=i18n.clone() checks=model.checks.clone() fetched=model.fetched.clone() /> };
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let heading = title.clone();
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide">
                <h1>{heading}</h1>
                <p>{i18n.t("admin-entra-intro")}</p>
                {connection}
                {fetch}
                {checklist}
                {branding}
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
