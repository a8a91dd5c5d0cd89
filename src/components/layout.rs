//! The frame around every guide page: brand header, language switch, support footer.

use leptos::prelude::*;

use crate::brand::Support;
use crate::i18n::I18n;

/// A link in the language switch.
#[derive(Clone, Debug)]
pub struct LanguageLink {
    pub label: String,
    pub lang: &'static str,
    pub href: String,
    pub current: bool,
}

/// What the frame shows around a page.
#[derive(Clone, Debug)]
pub struct Chrome {
    pub i18n: I18n,
    pub tenant_name: String,
    pub logo_url: Option<String>,
    pub brand_css: Option<String>,
    pub home_href: String,
    pub languages: Vec<LanguageLink>,
    pub support: Support,
    /// What the helpdesk asks for: tenant, device, flow, step.
    pub support_code: Option<String>,
    /// The progressive-enhancement script, on pages that use it.
    pub script: Option<&'static str>,
    /// The tenant uses personal links: the footer says what they record, and about their cookie.
    pub personal_links: bool,
}

#[component]
pub fn Frame(chrome: Chrome, children: Children) -> impl IntoView {
    let i18n = chrome.i18n.clone();
    let skip = i18n.t("guide-skip-to-content");
    let logo_alt = i18n.t_args("guide-logo-alt", &[("company", crate::i18n::arg(chrome.tenant_name.clone()))]);
    let brand = match chrome.logo_url.clone() {
        Some(src) => view! { <img class="brand-logo" src=src alt=logo_alt height="32" /> }.into_any(),
        None => view! { <span class="brand-name">{chrome.tenant_name.clone()}</span> }.into_any(),
    };
    let languages = (chrome.languages.len() > 1).then(|| {
        let label = i18n.t("guide-language");
        let nav_label = label.clone();
        let links = chrome
            .languages
            .iter()
            .map(|l| {
                let current = l.current.then_some("true");
                view! { <li><a href=l.href.clone() hreflang=l.lang lang=l.lang aria-current=current>{l.label.clone()}</a></li> }
            })
            .collect_view();
        view! {
            <nav class="languages" aria-label=nav_label>
                <details>
                    <summary>{label}</summary>
                    <ul>{links}</ul>
                </details>
            </nav>
        }
    });
    view! {
        <a class="skip" href="#content">{skip}</a>
        <header class="site-header">
            <a class="brand" href=chrome.home_href.clone()>{brand}</a>
            {languages}
        </header>
        {children()}
        <SupportFooter
            i18n=i18n.clone()
            support=chrome.support.clone()
            code=chrome.support_code.clone()
            privacy=privacy_notice(&i18n, &chrome)
        />
    }
}

/// What the guide records of the person reading it: nothing that says who they are, or, where
/// the tenant uses personal links, that the link does, and that a cookie keeps it.
pub fn privacy_notice(i18n: &I18n, chrome: &Chrome) -> String {
    if chrome.personal_links {
        i18n.t_args("guide-privacy-personal", &[("company", crate::i18n::arg(chrome.tenant_name.clone()))])
    } else {
        i18n.t("guide-privacy")
    }
}

#[component]
fn SupportFooter(i18n: I18n, support: Support, code: Option<String>, privacy: String) -> impl IntoView {
    let heading = i18n.t("guide-help-heading");
    let contact = (!support.is_empty()).then(|| {
        let email = support.email.clone().map(|e| {
            let href = format!("mailto:{e}");
            view! { <li><a href=href>{e}</a></li> }
        });
        let phone = support.phone.clone().map(|p| {
            let href = format!("tel:{}", p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
            view! { <li><a href=href>{p}</a></li> }
        });
        let url = support.url.clone().map(|u| {
            let label = i18n.t("guide-help-portal");
            view! { <li><a href=u rel="noopener">{label}</a></li> }
        });
        view! { <ul class="contact">{email}{phone}{url}</ul> }
    });
    let code = code.map(|c| {
        let label = i18n.t("guide-support-code");
        view! { <p class="support-code">{label}" "<strong><code>{c}</code></strong></p> }
    });
    view! {
        <footer class="site-footer">
            <h2 class="footer-heading">{heading}</h2>
            {contact}
            {code}
            <p class="privacy">{privacy}</p>
        </footer>
    }
}
