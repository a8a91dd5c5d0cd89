//! `GET /admin/account`: the signed-in administrator's own account: their password and the
//! browsers they are signed in on.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};

pub struct SessionRow {
    pub id_hash: String,
    pub browser: String,
    pub started: String,
    pub expires: String,
    pub current: bool,
}

pub struct AccountModel {
    pub chrome: AdminChrome,
    pub csrf: String,
    pub password_action: String,
    pub end_action: String,
    pub end_others_action: String,
    pub sessions: Vec<SessionRow>,
    pub notice: Option<String>,
    pub password_error: Option<String>,
}

pub fn render(model: AccountModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = {
        let i18n = i18n.clone();
        move |id: &str| i18n.t(id)
    };
    let title = t("admin-account-title");
    let notice = model.notice.map(|n| view! { <p class="callout" role="status">{n}</p> });
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
    let email = model.chrome.user.as_ref().map(|(email, _)| email.clone()).unwrap_or_default();
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide">
                <h1>{heading}</h1>
                {notice}
                <section aria-labelledby="password-heading" class="card">
                    <h2 id="password-heading">{t("admin-password-section")}</h2>
                    {password_error}
                    <form method="post" action=model.password_action class="stack">
                        <input type="hidden" name="_csrf" value=model.csrf.clone() />
                        <input type="hidden" name="username" value=email autocomplete="username" />
                        <label for="current">{t("admin-current-password")}</label>
                        <input id="current" name="current" type="password" autocomplete="current-password" required />
                        <label for="new-password">{t("admin-new-password")}</label>
                        <input id="new-password" name="password" type="password" autocomplete="new-password" minlength="12" required />
                        <label for="repeat">{t("admin-repeat-password")}</label>
                        <input id="repeat" name="repeat" type="password" autocomplete="new-password" minlength="12" required />
                        <button type="submit" class="button button-primary">{t("admin-change-password")}</button>
                    </form>
                </section>
                <section aria-labelledby="sessions-heading">
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
                </section>
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
