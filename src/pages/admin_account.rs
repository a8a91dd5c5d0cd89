//! `GET /admin/account`: the signed-in administrator's own account: their passkeys (rename,
//! remove, the button that adds one, and for owners of the whole installation the switch that
//! requires passkeys), their password, and the browsers they are signed in on.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};
use crate::components::passkey_button::{PasskeyButton, PasskeyCeremony};

pub struct PasskeyItem {
    pub id: i64,
    pub name: String,
    pub created: String,
    /// A day, or a word for "never".
    pub last_used: String,
}

pub struct SessionRow {
    pub id_hash: String,
    pub browser: String,
    pub started: String,
    pub expires: String,
    pub current: bool,
}

/// The requirement switch, for owners of the whole installation.
pub struct Requirement {
    pub action: String,
}

pub struct AccountModel {
    pub chrome: AdminChrome,
    pub csrf: String,
    pub email: String,
    /// What was just done ("Passkey added.").
    pub notice: Option<String>,
    pub passkeys: Vec<PasskeyItem>,
    pub rename_action: String,
    pub remove_action: String,
    pub ceremony: PasskeyCeremony,
    /// The installation requires passkeys of accounts that have one.
    pub required: bool,
    pub requirement: Option<Requirement>,
    pub password_action: String,
    pub password_error: Option<String>,
    pub sessions: Vec<SessionRow>,
    pub end_action: String,
    pub end_others_action: String,
    pub script: &'static str,
}

pub fn render(model: AccountModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = {
        let i18n = i18n.clone();
        move |id: &str| i18n.t(id)
    };
    let title = t("admin-account-title");
    let signed_in_as = i18n.t_args("admin-passkeys-signed-in-as", &[("email", crate::i18n::arg(model.email.clone()))]);
    let notice = model.notice.clone().map(|n| view! { <p class="callout" role="status">{n}</p> });
    let required_note = model.required.then(|| view! { <p class="callout">{t("admin-passkeys-required-note")}</p> });
    let items = model
        .passkeys
        .iter()
        .map(|p| {
            let name_id = format!("passkey-{}-name", p.id);
            let heading_id = format!("passkey-{}-heading", p.id);
            view! {
                <li class="card passkey-item">
                    <h3 id=heading_id>{p.name.clone()}</h3>
                    <dl class="passkey-facts">
                        <div><dt>{t("admin-passkeys-created")}</dt><dd>{p.created.clone()}</dd></div>
                        <div><dt>{t("admin-passkeys-last-used")}</dt><dd>{p.last_used.clone()}</dd></div>
                    </dl>
                    <form method="post" action=model.rename_action.clone() class="row">
                        <input type="hidden" name="_csrf" value=model.csrf.clone() />
                        <input type="hidden" name="id" value=p.id.to_string() />
                        <label for=name_id.clone()>{t("admin-passkeys-name")}</label>
                        <input id=name_id name="name" required maxlength="60" value=p.name.clone() />
                        <button type="submit" class="button button-quiet">{t("admin-passkeys-rename")}</button>
                    </form>
                    <form method="post" action=model.remove_action.clone()>
                        <input type="hidden" name="_csrf" value=model.csrf.clone() />
                        <input type="hidden" name="id" value=p.id.to_string() />
                        <button type="submit" class="button button-quiet">{t("admin-passkeys-remove")}</button>
                    </form>
                </li>
            }
        })
        .collect_view();
    let list = if model.passkeys.is_empty() {
        view! { <p>{t("admin-passkeys-none")}</p> }.into_any()
    } else {
        view! { <ul class="passkey-list">{items}</ul> }.into_any()
    };
    let requirement = model.requirement.as_ref().map(|r| {
        view! {
            <section aria-labelledby="requirement-heading">
                <h2 id="requirement-heading">{t("admin-passkeys-requirement-title")}</h2>
                <form method="post" action=r.action.clone() class="stack card">
                    <input type="hidden" name="_csrf" value=model.csrf.clone() />
                    <div class="radio">
                        <input type="checkbox" id="passkeys-required" name="required" value="1" checked=model.required
                            aria-describedby="passkeys-required-hint" />
                        <label for="passkeys-required">{t("admin-passkeys-require")}</label>
                    </div>
                    <p class="hint" id="passkeys-required-hint">{t("admin-passkeys-require-hint")}</p>
                    <button type="submit" class="button button-primary">{t("admin-passkeys-requirement-save")}</button>
                </form>
            </section>
        }
    });
    let password_error = model
        .password_error
        .map(|e| view! { <p class="callout callout-warning" role="alert" id="password-error">{e}</p> });
    let csrf = model.csrf.clone();
    let others = model.sessions.iter().filter(|s| !s.current).count();
    let rows = model
        .sessions
        .iter()
        .map(|s| {
            let action = if s.current {
                view! { <span class="meta">{t("admin-session-this")}</span> }.into_any()
            } else {
                view! {
                    <form method="post" action=model.end_action.clone()>
                        <input type="hidden" name="_csrf" value=csrf.clone() />
                        <input type="hidden" name="session" value=s.id_hash.clone() />
                        <button type="submit" class="button button-quiet">{t("admin-session-end")}</button>
                    </form>
                }
                .into_any()
            };
            view! {
                <tr>
                    <td>{s.browser.clone()}</td>
                    <td>{s.started.clone()}</td>
                    <td>{s.expires.clone()}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view();
    let end_others = (others > 0).then(|| {
        view! {
            <form method="post" action=model.end_others_action.clone()>
                <input type="hidden" name="_csrf" value=csrf.clone() />
                <button type="submit" class="button">{t("admin-session-end-others")}</button>
            </form>
        }
    });
    let heading = title.clone();
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: Some(model.script) };
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide">
                <h1>{heading}</h1>
                <p class="meta">{signed_in_as}</p>
                {notice}
                <section aria-labelledby="passkeys-heading">
                    <h2 id="passkeys-heading">{t("admin-passkeys-title")}</h2>
                    <p>{t("admin-passkeys-intro")}</p>
                    {required_note}
                    {list}
                    <PasskeyButton ceremony=model.ceremony.clone() />
                </section>
                {requirement}
                <section aria-labelledby="password-heading" class="card">
                    <h2 id="password-heading">{t("admin-password-section")}</h2>
                    {password_error}
                    <form method="post" action=model.password_action class="stack">
                        <input type="hidden" name="_csrf" value=model.csrf.clone() />
                        <input type="hidden" name="username" value=model.email.clone() autocomplete="username" />
                        <label for="current">{t("admin-current-password")}</label>
                        <input id="current" name="current" type="password" autocomplete="current-password" required />
                        <label for="new-password">{t("admin-new-password")}</label>
                        <input id="new-password" name="password" type="password" autocomplete="new-password" minlength="12" required />
                        <label for="repeat">{t("admin-repeat-password")}</label>
                        <input id="repeat" name="repeat" type="password" autocomplete="new-password" minlength="12" required />
                        <button type="submit" class="button button-primary">{t("admin-change-password")}</button>
                    </form>
                </section>
                <div class="sessions">
                    <h2 id="sessions-heading">{t("admin-sessions")}</h2>
                    <div class="table-scroll" tabindex="0" role="region" aria-label=t("admin-sessions")>
                        <table class="data">
                            <thead>
                                <tr>
                                    <th scope="col">{t("admin-session-browser")}</th>
                                    <th scope="col">{t("admin-session-started")}</th>
                                    <th scope="col">{t("admin-session-expires")}</th>
                                    <th scope="col"><span class="visually-hidden">{t("admin-actions")}</span></th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    {end_others}
                </div>
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
