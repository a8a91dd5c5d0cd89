//! The three emails of a rollout — announcement, 7-day reminder, 14-day final notice — in the
//! tenant's languages and colours, each linking to the guide with its campaign tag.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use leptos::prelude::*;

use crate::brand::Tenant;
use crate::i18n::{I18n, arg};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailKind {
    Announcement,
    Reminder,
    Final,
}

impl EmailKind {
    pub const ALL: [EmailKind; 3] = [EmailKind::Announcement, EmailKind::Reminder, EmailKind::Final];

    pub fn as_str(self) -> &'static str {
        match self {
            EmailKind::Announcement => "announcement",
            EmailKind::Reminder => "reminder",
            EmailKind::Final => "final",
        }
    }

    pub fn parse(value: &str) -> Option<EmailKind> {
        EmailKind::ALL.into_iter().find(|k| k.as_str() == value)
    }

    /// Days after the announcement this one goes out.
    pub fn day(self) -> u32 {
        match self {
            EmailKind::Announcement => 0,
            EmailKind::Reminder => 7,
            EmailKind::Final => 14,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Email {
    pub kind: EmailKind,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The guide link with its campaign tag, language and passkey profile (for a group whose Entra
/// profile is not the default one).
pub fn guide_link(origin: &str, tenant: &Tenant, kind: EmailKind, lang: &str, profile: Option<&str>) -> String {
    let origin = origin.trim_end_matches('/');
    let mut url = format!("{origin}/{}?c={}", tenant.slug, kind.as_str());
    if lang != tenant.default_locale.as_str() {
        url.push_str("&lang=");
        url.push_str(lang);
    }
    if let Some(profile) = profile {
        url.push_str("&p=");
        url.push_str(profile);
    }
    url
}

pub fn compose(kind: EmailKind, tenant: &Tenant, i18n: &I18n, link: &str) -> Email {
    let k = kind.as_str();
    let company = || ("company", arg(tenant.name.clone()));
    let subject = i18n.t_args(&format!("email-{k}-subject"), &[company()]);
    let paragraphs: Vec<String> =
        ["intro", "benefit", "action"].iter().map(|p| i18n.t_args(&format!("email-{k}-{p}"), &[company()])).collect();
    let cta = i18n.t("email-cta");
    let help = match (&tenant.support.email, &tenant.support.phone) {
        (Some(email), _) => i18n.t_args("email-help-contact", &[("contact", arg(email.clone()))]),
        (None, Some(phone)) => i18n.t_args("email-help-contact", &[("contact", arg(phone.clone()))]),
        (None, None) => i18n.t("email-help-generic"),
    };
    let signoff = i18n.t_args("email-signoff", &[company()]);

    let mut text = String::new();
    for p in &paragraphs {
        text.push_str(p);
        text.push_str("\n\n");
    }
    text.push_str(&format!("{cta}: {link}\n\n{help}\n\n{signoff}\n"));

    let brand =
        tenant.primary_color.nearest_with_contrast(crate::domain::brand_color::BrandColor::rgb(255, 255, 255), 4.5);
    let button_style = format!(
        "display:inline-block;padding:12px 24px;border-radius:24px;background:{};color:{};font-weight:600;text-decoration:none",
        brand.to_hex(),
        brand.readable_text().to_hex()
    );
    let lang = i18n.locale.as_str();
    let link_owned = link.to_owned();
    let html = Owner::new().with(move || {
        view! {
            <html lang=lang>
                <body style="margin:0;padding:24px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#111827">
                    {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                    <p><a href=link_owned.clone() style=button_style>{cta}</a></p>
                    <p style="font-size:14px;color:#4b5563">{link_owned.clone()}</p>
                    <p>{help}</p>
                    <p>{signoff}</p>
                </body>
            </html>
        }
        .to_html()
    });
    Email { kind, subject, text, html: format!("<!DOCTYPE html>{}", html.replace("<!>", "")) }
}

/// A draft `.eml` (multipart text + HTML) that mail programs open ready to address and send.
pub fn to_eml(email: &Email, boundary_seed: &str) -> String {
    let boundary = format!("=_passkey_guide_{boundary_seed}");
    let b64 = |s: &str| {
        let encoded = STANDARD.encode(s.as_bytes());
        encoded.as_bytes().chunks(76).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("\r\n")
    };
    format!(
        "MIME-Version: 1.0\r\nX-Unsent: 1\r\nSubject: =?UTF-8?B?{subject}?=\r\nContent-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n\
         --{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{text}\r\n\
         --{boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{html}\r\n\
         --{boundary}--\r\n",
        subject = STANDARD.encode(email.subject.as_bytes()),
        text = b64(&email.text),
        html = b64(&email.html),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_eml_has_both_parts_and_an_encoded_subject() {
        let email = Email {
            kind: EmailKind::Announcement,
            subject: "Passkeys für Contoso".into(),
            text: "Hallo".into(),
            html: "<p>Hallo</p>".into(),
        };
        let eml = to_eml(&email, "x");
        assert!(eml.contains("Subject: =?UTF-8?B?"));
        assert!(eml.contains("text/plain; charset=utf-8"));
        assert!(eml.contains("text/html; charset=utf-8"));
        assert!(eml.contains("X-Unsent: 1"));
        assert!(!eml.contains("für"), "the subject is encoded");
    }
}
