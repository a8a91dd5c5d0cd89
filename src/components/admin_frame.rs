//! The frame of the admin pages: product header, navigation for one tenant, the link to one's
//! account, sign-out form.

use leptos::prelude::*;

use crate::i18n::I18n;

#[derive(Clone, Debug)]
pub struct AdminChrome {
    pub i18n: I18n,
    /// Signed-in email and the CSRF token for the sign-out form; `None` on the sign-in page.
    pub user: Option<(String, String)>,
    /// `(label, href, current)` links for the tenant being managed.
    pub nav: Vec<(String, String, bool)>,
    pub logout_action: String,
    pub home_href: String,
    /// The signed-in administrator's own account page.
    pub account_href: String,
}

#[component]
pub fn AdminFrame(chrome: AdminChrome, children: Children) -> impl IntoView {
    let i18n = chrome.i18n.clone();
    let product = i18n.t("admin-product");
    let skip = i18n.t("guide-skip-to-content");
    let user = chrome.user.clone().map(|(email, csrf)| {
        let sign_out = i18n.t("admin-sign-out");
        let account = i18n.t("admin-account-link");
        view! {
            <form method="post" action=chrome.logout_action.clone() class="sign-out">
                <span class="meta">{email}</span>
                <a href=chrome.account_href.clone()>{account}</a>
                <input type="hidden" name="_csrf" value=csrf />
                <button type="submit" class="button button-quiet">{sign_out}</button>
            </form>
        }
    });
    let nav = (!chrome.nav.is_empty()).then(|| {
        let label = i18n.t("admin-nav");
        let links = chrome
            .nav
            .iter()
            .map(|(text, href, current)| {
                let current = current.then_some("page");
                view! { <li><a href=href.clone() aria-current=current>{text.clone()}</a></li> }
            })
            .collect_view();
        view! { <nav class="admin-nav" aria-label=label><ul>{links}</ul></nav> }
    });
    view! {
        <a class="skip" href="#content">{skip}</a>
        <header class="site-header admin-header">
            <a class="brand" href=chrome.home_href.clone()><span class="brand-name">{product}</span></a>
            {user}
        </header>
        {nav}
        {children()}
    }
}
