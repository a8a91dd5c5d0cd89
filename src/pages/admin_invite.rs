//! `GET /admin/invite/{token}`: a new administrator chooses a password for the account they
//! were invited to.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};

pub struct InviteModel {
    pub chrome: AdminChrome,
    pub action: String,
    /// `(email, role label)`, or `None` when the link no longer works.
    pub invite: Option<(String, String)>,
    pub error: Option<String>,
}

pub fn render(model: InviteModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = {
        let i18n = i18n.clone();
        move |id: &str| i18n.t(id)
    };
    let title = t("admin-invite-title");
    let body = match model.invite {
        None => view! { <p class="callout callout-warning" role="alert">{t("admin-invite-gone")}</p> }.into_any(),
        Some((email, role)) => {
            let intro = i18n.t_args(
                "admin-invite-intro",
                &[("email", crate::i18n::arg(email.clone())), ("role", crate::i18n::arg(role))],
            );
            let error = model.error.map(|e| view! { <p class="callout callout-warning" role="alert">{e}</p> });
            view! {
                <p>{intro}</p>
                {error}
                <form method="post" action=model.action class="stack">
                    <input type="hidden" name="username" value=email autocomplete="username" />
                    <label for="password">{t("admin-new-password")}</label>
                    <input id="password" name="password" type="password" autocomplete="new-password" minlength="12" required />
                    <label for="repeat">{t("admin-repeat-password")}</label>
                    <input id="repeat" name="repeat" type="password" autocomplete="new-password" minlength="12" required />
                    <button type="submit" class="button button-primary">{t("admin-invite-accept")}</button>
                </form>
            }
            .into_any()
        }
    };
    let heading = title.clone();
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="narrow">
                <h1>{heading}</h1>
                {body}
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
