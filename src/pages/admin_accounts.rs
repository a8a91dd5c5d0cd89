//! `GET /admin/accounts`: the administrators of the installation, for owners of every tenant:
//! roles and tenants, disabling and deleting, and invitations.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};
use crate::db::admins::Role;

pub struct AccountRow {
    pub id: i64,
    pub email: String,
    pub role: Role,
    /// The tenant the account is limited to; `None`: every tenant.
    pub tenant_id: Option<i64>,
    pub disabled: bool,
    /// The signed-in owner's own account, which this page does not change.
    pub is_self: bool,
}

pub struct InviteRow {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub tenant_id: Option<i64>,
    pub expires: String,
}

/// The invitation form's values (kept when it is refused).
#[derive(Default)]
pub struct InviteValues {
    pub email: String,
    pub role: Option<Role>,
    pub tenant_id: Option<i64>,
}

pub struct AccountsModel {
    pub chrome: AdminChrome,
    pub csrf: String,
    pub base: String,
    pub accounts: Vec<AccountRow>,
    /// `(id, name)` of every tenant, for the scope pickers.
    pub tenants: Vec<(i64, String)>,
    pub invites: Vec<InviteRow>,
    /// An invitation just created: `(email, link, expires)`, shown once.
    pub new_invite: Option<(String, String, String)>,
    pub invite_values: InviteValues,
    pub notice: Option<String>,
    pub error: Option<String>,
}

/// `<option>`s from `(value, label, selected)`.
fn options(items: Vec<(String, String, bool)>) -> impl IntoView {
    items
        .into_iter()
        .map(|(value, label, selected)| view! { <option value=value selected=selected>{label}</option> })
        .collect_view()
}

pub fn role_label(i18n: &crate::i18n::I18n, role: Role) -> String {
    i18n.t(&format!("admin-role-{}", role.as_str()))
}

pub fn render(model: AccountsModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = {
        let i18n = i18n.clone();
        move |id: &str| i18n.t(id)
    };
    let title = t("admin-accounts");
    let tenant_name = |id: Option<i64>| match id {
        None => t("admin-scope-all"),
        Some(id) => model.tenants.iter().find(|(t, _)| *t == id).map(|(_, n)| n.clone()).unwrap_or_default(),
    };
    let role_options = |chosen: Role| {
        options(Role::ALL.into_iter().map(|r| (r.as_str().to_owned(), role_label(&i18n, r), r == chosen)).collect())
    };
    let scope_options = |chosen: Option<i64>| {
        let all = (String::new(), t("admin-scope-all"), chosen.is_none());
        let each = model.tenants.iter().map(|(id, name)| (id.to_string(), name.clone(), chosen == Some(*id)));
        options(std::iter::once(all).chain(each).collect())
    };
    let csrf = model.csrf.clone();
    let base = model.base.clone();
    let rows = model
        .accounts
        .iter()
        .map(|a| {
            let status = if a.disabled { t("admin-account-disabled") } else { t("admin-account-active") };
            let email = a.email.clone();
            let actions = if a.is_self {
                view! { <td><span class="meta">{t("admin-account-you")}</span></td> }.into_any()
            } else {
                let id = a.id;
                let role_id = format!("role-{id}");
                let scope_id = format!("scope-{id}");
                let confirm_id = format!("confirm-{id}");
                let (toggle_path, toggle_label) = if a.disabled {
                    ("enable", t("admin-account-enable"))
                } else {
                    ("disable", t("admin-account-disable"))
                };
                let confirm =
                    i18n.t_args("admin-account-delete-confirm", &[("email", crate::i18n::arg(email.clone()))]);
                view! {
                    <td class="account-actions">
                        <form method="post" action=format!("{base}/{id}") class="inline-form">
                            <input type="hidden" name="_csrf" value=csrf.clone() />
                            <label for=role_id.clone()>{t("admin-role")}</label>
                            <select id=role_id name="role">{role_options(a.role)}</select>
                            <label for=scope_id.clone()>{t("admin-scope")}</label>
                            <select id=scope_id name="tenant">{scope_options(a.tenant_id)}</select>
                            <button type="submit" class="button">{t("admin-account-save")}</button>
                        </form>
                        <form method="post" action=format!("{base}/{id}/{toggle_path}") class="inline-form">
                            <input type="hidden" name="_csrf" value=csrf.clone() />
                            <button type="submit" class="button button-quiet">{toggle_label}</button>
                        </form>
                        <form method="post" action=format!("{base}/{id}/delete") class="inline-form">
                            <input type="hidden" name="_csrf" value=csrf.clone() />
                            <input type="checkbox" id=confirm_id.clone() name="confirm" value="yes" required />
                            <label for=confirm_id>{confirm}</label>
                            <button type="submit" class="button button-quiet">{t("admin-account-delete")}</button>
                        </form>
                    </td>
                }
                .into_any()
            };
            view! {
                <tr>
                    <td>{email}</td>
                    <td>{role_label(&i18n, a.role)}</td>
                    <td>{tenant_name(a.tenant_id)}</td>
                    <td>{status}</td>
                    {actions}
                </tr>
            }
        })
        .collect_view();
    let notice = model.notice.map(|n| view! { <p class="callout" role="status">{n}</p> });
    let error = model.error.map(|e| view! { <p class="callout callout-warning" role="alert">{e}</p> });
    let fresh = model.new_invite.map(|(email, link, expires)| {
        let once = i18n
            .t_args("admin-invite-once", &[("email", crate::i18n::arg(email)), ("expires", crate::i18n::arg(expires))]);
        view! {
            <section class="callout" role="status">
                <p>{once}</p>
                <label for="invite-link">{t("admin-invite-link")}</label>
                <input id="invite-link" readonly value=link class="copy-field" />
            </section>
        }
    });
    let invites = (!model.invites.is_empty()).then(|| {
        let rows = model
            .invites
            .iter()
            .map(|inv| {
                view! {
                    <tr>
                        <td>{inv.email.clone()}</td>
                        <td>{role_label(&i18n, inv.role)}</td>
                        <td>{tenant_name(inv.tenant_id)}</td>
                        <td>{inv.expires.clone()}</td>
                        <td>
                            <form method="post" action=format!("{base}/invites/withdraw")>
                                <input type="hidden" name="_csrf" value=csrf.clone() />
                                <input type="hidden" name="id" value=inv.id.to_string() />
                                <button type="submit" class="button button-quiet">{t("admin-invite-withdraw")}</button>
                            </form>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h2>{t("admin-invites-pending")}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t("admin-invites-pending")>
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{t("admin-email")}</th>
                            <th scope="col">{t("admin-role")}</th>
                            <th scope="col">{t("admin-scope")}</th>
                            <th scope="col">{t("admin-invite-expires")}</th>
                            <th scope="col"><span class="visually-hidden">{t("admin-actions")}</span></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let values = model.invite_values;
    let invite_roles = role_options(values.role.unwrap_or(Role::Viewer));
    let invite_scopes = scope_options(values.tenant_id);
    let table_label = title.clone();
    let heading = title.clone();
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide">
                <h1>{heading}</h1>
                <p>{t("admin-accounts-intro")}</p>
                <p class="hint">{t("admin-roles-explained")}</p>
                {notice}
                {error}
                {fresh}
                <div class="table-scroll" tabindex="0" role="region" aria-label=table_label>
                    <table class="data">
                        <thead>
                            <tr>
                                <th scope="col">{t("admin-email")}</th>
                                <th scope="col">{t("admin-role")}</th>
                                <th scope="col">{t("admin-scope")}</th>
                                <th scope="col">{t("admin-status")}</th>
                                <th scope="col"><span class="visually-hidden">{t("admin-actions")}</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <p class="hint">{t("admin-account-not-yourself")}</p>
                {invites}
                <section aria-labelledby="invite-heading">
                    <h2 id="invite-heading">{t("admin-invite")}</h2>
                    <form method="post" action=format!("{}/invite", model.base) class="stack card">
                        <input type="hidden" name="_csrf" value=model.csrf.clone() />
                        <label for="invite-email">{t("admin-email")}</label>
                        <input id="invite-email" name="email" type="email" required maxlength="254" value=values.email />
                        <label for="invite-role">{t("admin-role")}</label>
                        <select id="invite-role" name="role">{invite_roles}</select>
                        <label for="invite-scope">{t("admin-scope")}</label>
                        <select id="invite-scope" name="tenant">{invite_scopes}</select>
                        <button type="submit" class="button button-primary">{t("admin-invite-create")}</button>
                    </form>
                </section>
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
