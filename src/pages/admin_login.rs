//! `GET /admin/login`: sign in.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};
use crate::components::passkey_button::{PasskeyButton, PasskeyCeremony};

/// What the sign-in page says above the form.
pub enum LoginMessage {
    /// Why the last attempt failed.
    Error(String),
    /// News, such as "your account is ready".
    Notice(String),
}

/// "Sign in with Microsoft" under the form, when it is configured.
pub enum MicrosoftSignIn {
    /// A link that starts the sign-in, and its label.
    Available { href: String, label: String },
    /// The provider could not be reached: a notice instead of the link.
    Unavailable(String),
}

/// `login_token` is the pre-session token the form must post back (against login CSRF);
/// `passkey` the button that signs in with a passkey instead.
pub fn render(
    chrome: AdminChrome,
    action: String,
    login_token: String,
    email: String,
    message: Option<LoginMessage>,
    microsoft: Option<MicrosoftSignIn>,
    passkey: PasskeyCeremony,
) -> String {
    let i18n = chrome.i18n.clone();
    let title = i18n.t("admin-sign-in-title");
    let email_label = i18n.t("admin-email");
    let password_label = i18n.t("admin-password");
    let submit = i18n.t("admin-sign-in");
    let message = message.map(|m| match m {
        LoginMessage::Error(e) => {
            view! { <p class="callout callout-warning" role="alert" id="login-error">{e}</p> }.into_any()
        }
        LoginMessage::Notice(n) => view! { <p class="callout" role="status">{n}</p> }.into_any(),
    });
    let microsoft = microsoft.map(|m| match m {
        MicrosoftSignIn::Available { href, label } => view! {
            <p>
                <a class="button" href=href id="sign-in-microsoft">{label}</a>
            </p>
        }
        .into_any(),
        MicrosoftSignIn::Unavailable(notice) => {
            view! { <p class="callout" role="status" id="sign-in-microsoft-unavailable">{notice}</p> }.into_any()
        }
    });
    let heading = title.clone();
    let head =
        Head { locale: i18n.locale.clone(), brand_css: None, script: Some(*crate::web::assets::PASSKEY_SCRIPT_URL) };
    let main = view! {
        <AdminFrame chrome=chrome>
            <main id="content" class="narrow">
                <h1>{heading}</h1>
                {message}
                <form method="post" action=action class="stack">
                    <input type="hidden" name="_login" value=login_token />
                    <label for="email">{email_label}</label>
                    <input id="email" name="email" type="email" autocomplete="username" required value=email />
                    <label for="password">{password_label}</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required />
                    <button type="submit" class="button button-primary">{submit}</button>
                </form>
                <PasskeyButton ceremony=passkey />
                {microsoft}
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
