//! `GET /admin/tenants/{tenant}/tokens`: read-only API tokens for scripts, and read-only links
//! that open the dashboard without an account.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};

pub struct TokenItem {
    pub id: i64,
    pub label: String,
    pub created: String,
    pub revoked: bool,
    /// A dashboard link rather than an API token.
    pub share: bool,
}

pub struct TokensModel {
    pub chrome: AdminChrome,
    pub csrf: String,
    pub create_action: String,
    pub revoke_action: String,
    pub tokens: Vec<TokenItem>,
    /// A token (`false`) or dashboard link (`true`) just created, shown once.
    pub new_token: Option<(bool, String)>,
    pub can_manage: bool,
    pub api_example: String,
}

pub fn render(model: TokensModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = {
        let i18n = i18n.clone();
        move |id: &str| i18n.t(id)
    };
    let title = t("admin-tokens-title");
    let fresh = model.new_token.clone().map(|(share, token)| {
        let (once, label) = if share {
            (t("admin-share-once"), t("admin-token-kind-share"))
        } else {
            (t("admin-token-once"), t("admin-token"))
        };
        view! {
            <section class="callout" role="status">
                <p>{once}</p>
                <label for="new-token">{label}</label>
                <input id="new-token" readonly value=token class="copy-field" />
            </section>
        }
    });
    let rows = model
        .tokens
        .iter()
        .map(|tok| {
            let status = if tok.revoked { t("admin-token-revoked") } else { t("admin-token-live") };
            let revoke = (model.can_manage && !tok.revoked).then(|| {
                view! {
                    <form method="post" action=model.revoke_action.clone()>
                        <input type="hidden" name="_csrf" value=model.csrf.clone() />
                        <input type="hidden" name="id" value=tok.id.to_string() />
                        <button type="submit" class="button button-quiet">{t("admin-revoke")}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{tok.id}</td>
                    <td>{tok.label.clone()}</td>
                    <td>{if tok.share { t("admin-token-kind-share") } else { t("admin-token-kind-api") }}</td>
                    <td>{tok.created.clone()}</td>
                    <td>{status}</td>
                    <td>{revoke}</td>
                </tr>
            }
        })
        .collect_view();
    let list = if model.tokens.is_empty() {
        view! { <p>{t("admin-tokens-none")}</p> }.into_any()
    } else {
        view! {
            <table class="data">
                <caption>{t("admin-tokens-title")}</caption>
                <thead>
                    <tr>
                        <th scope="col">"#"</th>
                        <th scope="col">{t("admin-token-label")}</th>
                        <th scope="col">{t("admin-token-kind")}</th>
                        <th scope="col">{t("admin-created")}</th>
                        <th scope="col">{t("admin-status")}</th>
                        <th scope="col"><span class="visually-hidden">{t("admin-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    let create = model.can_manage.then(|| {
        view! {
            <form method="post" action=model.create_action.clone() class="stack card">
                <input type="hidden" name="_csrf" value=model.csrf.clone() />
                <label for="label">{t("admin-token-label")}</label>
                <input id="label" name="label" required maxlength="60" />
                <label for="kind">{t("admin-token-kind")}</label>
                <select id="kind" name="kind">
                    <option value="api">{t("admin-token-kind-api")}</option>
                    <option value="share">{t("admin-token-kind-share")}</option>
                </select>
                <button type="submit" class="button button-primary">{t("admin-token-create")}</button>
            </form>
        }
    });
    let heading = title.clone();
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide">
                <h1>{heading}</h1>
                <p>{t("admin-tokens-intro")}</p>
                <pre class="code" tabindex="0"><code>{model.api_example.clone()}</code></pre>
                {fresh}
                {list}
                {create}
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
