//! `GET /admin/tenants/{tenant}/entra`: the Microsoft Graph connection (owners enter it and start
//! fetches), what the last fetch read, the readiness checklist, and the sign-in page's branding
//! offered as the guide's logo and colour.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};
use crate::components::readiness::ReadinessList;
use crate::components::text_area::FormTextArea;
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

pub struct ImportView {
    pub id: i64,
    pub when: String,
    /// The file's name, or "Microsoft Graph (directory)".
    pub source: String,
    pub users: i64,
    pub in_scope: i64,
    pub with_passkey: i64,
    pub with_allowed_passkey: i64,
}

pub struct ScopeView {
    /// The patterns, one per line, as stored or as typed when refused.
    pub text: String,
    /// People the latest import left out.
    pub excluded: Option<i64>,
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
    pub report_action: String,
    pub delete_action: String,
    pub scope_action: String,
    pub scope: ScopeView,
    /// Newest first.
    pub imports: Vec<ImportView>,
    /// What the last action did.
    pub notices: Vec<String>,
    pub checks: Vec<Check>,
    pub fetched: Option<String>,
    pub branding: Option<BrandingOffer>,
    /// `(part, message)`: `connection`, `client_secret`, `fetch`, `report` or `exclusions`.
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

fn report_section(model: &EntraModel, i18n: &I18n) -> AnyView {
    let t = |id: &str| i18n.t(id);
    let form = model.can_edit.then(|| {
        view! {
            <form method="post" action=model.report_action.clone() enctype="multipart/form-data" class="stack">
                <input type="hidden" name="_csrf" value=model.csrf.clone() />
                <label for="report">{t("admin-entra-report-file")}</label>
                <input id="report" name="report" type="file" required accept=".csv,.json,text/csv,application/json" />
                <div class="actions">
                    <button type="submit" class="button button-primary">{t("admin-entra-report-upload")}</button>
                </div>
            </form>
        }
    });
    let history = if model.imports.is_empty() {
        view! { <p>{t("admin-entra-imports-none")}</p> }.into_any()
    } else {
        let rows = model
            .imports
            .iter()
            .map(|row| {
                let delete = model.can_edit.then(|| {
                    let label = i18n.t_args("admin-entra-import-delete-label", &[("when", crate::i18n::arg(row.when.clone()))]);
                    view! {
                        <form method="post" action=model.delete_action.clone()>
                            <input type="hidden" name="_csrf" value=model.csrf.clone() />
                            <input type="hidden" name="id" value=row.id.to_string() />
                            <button type="submit" class="button button-quiet" aria-label=label>{t("admin-entra-import-delete")}</button>
                        </form>
                    }
                });
                view! {
                    <tr>
                        <th scope="row">{row.when.clone()}</th>
                        <td class="wrap">{row.source.clone()}</td>
                        <td>{row.users}</td>
                        <td>{row.in_scope}</td>
                        <td>{row.with_passkey}</td>
                        <td>{row.with_allowed_passkey}</td>
                        <td>{delete}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=t("admin-entra-imports")>
                <table class="data">
                    <caption>{t("admin-entra-imports")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("admin-entra-import-when")}</th>
                            <th scope="col">{t("admin-entra-import-source")}</th>
                            <th scope="col">{t("admin-entra-import-users")}</th>
                            <th scope="col">{t("admin-entra-import-in-scope")}</th>
                            <th scope="col">{t("admin-entra-import-with-passkey")}</th>
                            <th scope="col">{t("admin-entra-import-allowed")}</th>
                            <th scope="col"><span class="visually-hidden">{t("admin-actions")}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <section class="card stack" aria-labelledby="report-heading" id="report-section">
            <h2 id="report-heading">{t("admin-entra-report")}</h2>
            <p>{t("admin-entra-report-intro")}</p>
            {error_for(&model.errors, "report")}
            {form}
            {history}
        </section>
    }
    .into_any()
}

fn scope_section(model: &EntraModel, i18n: &I18n) -> AnyView {
    let t = |id: &str| i18n.t(id);
    let invalid = model.errors.iter().any(|(p, _)| *p == "exclusions").then_some("true");
    let described = if invalid.is_some() { "exclusions-hint exclusions-error" } else { "exclusions-hint" };
    let excluded = model.scope.excluded.map(|n| {
        view! { <p><strong>{i18n.t_args("admin-entra-excluded-count", &[("count", n.into())])}</strong></p> }
    });
    let button = model.can_edit.then(|| {
        view! {
            <div class="actions">
                <button type="submit" class="button button-primary">{t("admin-entra-exclusions-save")}</button>
            </div>
        }
    });
    view! {
        <section class="card stack" aria-labelledby="scope-heading">
            <h2 id="scope-heading">{t("admin-entra-scope")}</h2>
            <p>{t("admin-entra-scope-intro")}</p>
            {excluded}
            <form method="post" action=model.scope_action.clone() class="stack">
                <input type="hidden" name="_csrf" value=model.csrf.clone() />
                <label for="exclusions">{t("admin-entra-exclusions")}</label>
                <p class="hint" id="exclusions-hint">{t("admin-entra-exclusions-hint")}</p>
                {error_for(&model.errors, "exclusions")}
                <FormTextArea id="exclusions" rows=5 text=model.scope.text.clone() disabled=!model.can_edit
                    invalid=invalid described_by=described.to_owned() />
                {button}
            </form>
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
    let report = report_section(&model, &i18n);
    let scope = scope_section(&model, &i18n);
    let notices =
        model.notices.iter().map(|n| view! { <p class="callout" role="status">{n.clone()}</p> }).collect_view();
    let checklist =
        view! { <ReadinessList i18n=i18n.clone() checks=model.checks.clone() fetched=model.fetched.clone() /> };
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let heading = title.clone();
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide">
                <h1>{heading}</h1>
                <p>{i18n.t("admin-entra-intro")}</p>
                {notices}
                {connection}
                {fetch}
                {checklist}
                {report}
                {scope}
                {branding}
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
