//! `GET /admin/account`: the signed-in administrator's own account. Section "Passkeys": the
//! account's passkeys (rename, remove), the button that adds one, and for owners of the whole
//! installation the switch that requires passkeys.

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
    pub script: &'static str,
}

pub fn render(model: AccountModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = {
        let i18n = i18n.clone();
        move |id: &str| i18n.t(id)
    };
    let title = t("admin-passkeys-account-title");
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
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
