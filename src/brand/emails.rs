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
/// profile is not the default one). `home` is where the tenant's guide opens: its own domain's
/// root, or `/{tenant}` on the public address.
pub fn guide_link(home: &str, tenant: &Tenant, kind: EmailKind, lang: &str, profile: Option<&str>) -> String {
    let mut url = format!("{home}?c={}", kind.as_str());
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

/// An email as IT writes it: a subject and a body of paragraphs (separated by blank lines) with
/// placeholders in braces, see [`Placeholder`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub subject: String,
    pub body: String,
}

/// What a template may say in braces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placeholder {
    /// The person's name: the mail-merge field `{{display_name}}`, which the mail tool fills.
    Name,
    /// The organisation's name.
    Company,
    /// The rollout's deadline, where one is set.
    Deadline,
    /// The guide link; a paragraph of its own becomes the button.
    Link,
    /// Every helpdesk contact, where there is one.
    Helpdesk,
}

impl Placeholder {
    pub const ALL: [Placeholder; 5] =
        [Placeholder::Name, Placeholder::Company, Placeholder::Deadline, Placeholder::Link, Placeholder::Helpdesk];

    pub fn as_str(self) -> &'static str {
        match self {
            Placeholder::Name => "name",
            Placeholder::Company => "company",
            Placeholder::Deadline => "deadline",
            Placeholder::Link => "link",
            Placeholder::Helpdesk => "helpdesk",
        }
    }

    /// `{name}`, as written in a template.
    pub fn written(self) -> String {
        format!("{{{}}}", self.as_str())
    }
}

/// Why a template is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("the subject is 1 to 200 characters on one line")]
    Subject,
    #[error("the text is 1 to 10,000 characters")]
    Body,
    #[error("the text needs {{link}}: without it, nobody reaches the guide")]
    NoLink,
    #[error("unknown placeholder {0}")]
    Unknown(String),
}

impl TemplateError {
    pub fn message_id(&self) -> &'static str {
        match self {
            TemplateError::Subject => "admin-email-error-subject",
            TemplateError::Body => "admin-email-error-body",
            TemplateError::NoLink => "admin-email-error-link",
            TemplateError::Unknown(_) => "admin-email-error-placeholder",
        }
    }
}

/// The template's pieces: literal text and placeholders, in order. `Err` names the first
/// unknown `{…}`; a brace that opens no placeholder is text.
fn pieces(text: &str) -> Result<Vec<Result<&str, Placeholder>>, TemplateError> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        let name = &rest[open + 1..close];
        let is_name =
            !name.is_empty() && name.len() <= 30 && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if !is_name {
            out.push(Ok(&rest[..=open]));
            rest = &rest[open + 1..];
            continue;
        }
        let placeholder = Placeholder::ALL
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(name))
            .ok_or_else(|| TemplateError::Unknown(format!("{{{name}}}")))?;
        out.push(Ok(&rest[..open]));
        out.push(Err(placeholder));
        rest = &rest[close + 1..];
    }
    out.push(Ok(rest));
    Ok(out)
}

impl Template {
    /// Checks a template as IT typed it, with line ends made `\n` and surrounding space trimmed.
    pub fn new(subject: &str, body: &str) -> Result<Template, TemplateError> {
        let subject = subject.trim();
        if subject.is_empty() || subject.chars().count() > 200 || subject.chars().any(char::is_control) {
            return Err(TemplateError::Subject);
        }
        let body = body.replace("\r\n", "\n").replace('\r', "\n");
        let body = body.trim();
        if body.is_empty() || body.chars().count() > 10_000 || body.chars().any(|c| c.is_control() && c != '\n') {
            return Err(TemplateError::Body);
        }
        pieces(subject)?;
        let body_pieces = pieces(body)?;
        if !body_pieces.contains(&Err(Placeholder::Link)) {
            return Err(TemplateError::NoLink);
        }
        Ok(Template { subject: subject.to_owned(), body: body.to_owned() })
    }

    /// The default text in this language: what the guide has always sent, with placeholders.
    pub fn default_for(kind: EmailKind, i18n: &I18n) -> Template {
        let k = kind.as_str();
        let placeholder = |name: &'static str, p: Placeholder| (name, arg(p.written()));
        let company = || placeholder("company", Placeholder::Company);
        let mut paragraphs = vec![i18n.t_args("email-greeting", &[placeholder("name", Placeholder::Name)])];
        for part in ["intro", "benefit", "action"] {
            paragraphs.push(i18n.t_args(&format!("email-{k}-{part}"), &[company()]));
        }
        if kind != EmailKind::Announcement {
            paragraphs.push(i18n.t_args("email-deadline", &[placeholder("deadline", Placeholder::Deadline)]));
        }
        paragraphs.push(Placeholder::Link.written());
        paragraphs.push(i18n.t_args("email-help-contact", &[placeholder("contact", Placeholder::Helpdesk)]));
        paragraphs.push(i18n.t_args("email-signoff", &[company()]));
        Template { subject: i18n.t_args(&format!("email-{k}-subject"), &[company()]), body: paragraphs.join("\n\n") }
    }
}

/// What the placeholders stand for in one tenant's email.
#[derive(Clone, Debug)]
pub struct Values {
    pub company: String,
    /// "2026-12-18", where a deadline is set.
    pub deadline: Option<String>,
    /// The guide link, or the mail-merge field `{{link}}` where personal links are on.
    pub link: String,
    /// Every helpdesk contact, joined; `None` when the tenant has none.
    pub helpdesk: Option<String>,
    /// The logo's address for the HTML version, where the tenant has one.
    pub logo: Option<String>,
}

impl Values {
    /// The mail-merge field for the person's name, a column of the mail-merge list.
    pub const NAME_FIELD: &'static str = "{{display_name}}";
    /// The mail-merge field for each person's own link, a column of the mail-merge list.
    pub const LINK_FIELD: &'static str = "{{link}}";

    fn of(&self, placeholder: Placeholder) -> Option<&str> {
        match placeholder {
            Placeholder::Name => Some(Values::NAME_FIELD),
            Placeholder::Company => Some(&self.company),
            Placeholder::Deadline => self.deadline.as_deref(),
            Placeholder::Link => Some(&self.link),
            Placeholder::Helpdesk => self.helpdesk.as_deref(),
        }
    }
}

/// Every helpdesk contact of the tenant, in the order email, phone, web page.
pub fn helpdesk(tenant: &Tenant) -> Option<String> {
    let contacts: Vec<&str> = [&tenant.support.email, &tenant.support.phone, &tenant.support.url]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    (!contacts.is_empty()).then(|| contacts.join(", "))
}

/// The template with its placeholders filled: `None` when one has no value (the paragraph is
/// then left out).
fn fill(text: &str, values: &Values, escape: bool) -> Option<String> {
    let mut out = String::new();
    for piece in pieces(text).unwrap_or_else(|_| vec![Ok(text)]) {
        let value = match piece {
            Ok(literal) => literal,
            Err(placeholder) => values.of(placeholder)?,
        };
        if escape {
            out.push_str(&html_escape::encode_text(value));
        } else {
            out.push_str(value);
        }
    }
    Some(out)
}

enum Paragraph {
    Text(String),
    Button,
}

/// Renders a template for one tenant: the subject, the plain text and the HTML version (with the
/// logo, the button in the brand colour, the link written out below it).
pub fn render(kind: EmailKind, tenant: &Tenant, i18n: &I18n, template: &Template, values: &Values) -> Email {
    let subject = fill(&template.subject, values, false).unwrap_or_else(|| template.subject.clone());
    let paragraphs: Vec<Paragraph> = template
        .body
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .filter_map(|p| {
            if p == Placeholder::Link.written() {
                Some(Paragraph::Button)
            } else {
                fill(p, values, false).map(Paragraph::Text)
            }
        })
        .collect();
    let cta = i18n.t("email-cta");
    let link = values.link.clone();
    let text = paragraphs
        .iter()
        .map(|p| match p {
            Paragraph::Text(t) => t.clone(),
            Paragraph::Button => format!("{cta}: {link}"),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
        + "\n";

    let brand =
        tenant.primary_color.nearest_with_contrast(crate::domain::brand_color::BrandColor::rgb(255, 255, 255), 4.5);
    let button_style = format!(
        "display:inline-block;padding:12px 24px;border-radius:24px;background:{};color:{};font-weight:600;text-decoration:none",
        brand.to_hex(),
        brand.readable_text().to_hex()
    );
    let lang = i18n.locale.as_str();
    let company = values.company.clone();
    let logo = values.logo.clone();
    let html = Owner::new().with(move || {
        let logo = logo.map(|src| view! { <p><img src=src alt=company height="48" style="height:48px;width:auto" /></p> });
        let body = paragraphs
            .into_iter()
            .map(|p| match p {
                Paragraph::Text(t) => {
                    let lines = t.split('\n').map(str::to_owned).collect::<Vec<_>>();
                    let last = lines.len().saturating_sub(1);
                    let lines = lines
                        .into_iter()
                        .enumerate()
                        .map(|(i, line)| view! { {line}{(i < last).then(|| view! { <br /> })} })
                        .collect_view();
                    view! { <p>{lines}</p> }.into_any()
                }
                Paragraph::Button => view! {
                    <p><a href=link.clone() style=button_style.clone()>{cta.clone()}</a></p>
                    <p style="font-size:14px;color:#4b5563">{link.clone()}</p>
                }
                .into_any(),
            })
            .collect_view();
        view! {
            <html lang=lang>
                <body style="margin:0;padding:24px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5;color:#111827">
                    {logo}
                    {body}
                </body>
            </html>
        }
        .to_html()
    });
    Email { kind, subject, text, html: format!("<!DOCTYPE html>{}", html.replace("<!>", "")) }
}

/// A `Subject:` header for `subject`, as RFC 2047 asks of text that is not ASCII: encoded words
/// of at most 75 characters on lines of at most 76 (the first shares its line with
/// "Subject: "), each folded onto its own line ("separated by CRLF SPACE"), never splitting a
/// character across two words. RFC 2047 §2 and §5 (https://www.rfc-editor.org/rfc/rfc2047,
/// checked 2026-12-03).
pub fn subject_header(subject: &str) -> String {
    // "=?UTF-8?B?" + "?=" is 12 characters; base64 takes 4 for every 3 bytes. After
    // "Subject: " (9) a word may have 55 characters of base64 (39 bytes); after the folding
    // space, 63 (45 bytes).
    const FIRST_BYTES: usize = 39;
    const NEXT_BYTES: usize = 45;
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in subject.chars() {
        let budget = if words.is_empty() { FIRST_BYTES } else { NEXT_BYTES };
        if chunk.len() + c.len_utf8() > budget {
            words.push(format!("=?UTF-8?B?{}?=", STANDARD.encode(chunk.as_bytes())));
            chunk.clear();
        }
        chunk.push(c);
    }
    if !chunk.is_empty() || words.is_empty() {
        words.push(format!("=?UTF-8?B?{}?=", STANDARD.encode(chunk.as_bytes())));
    }
    format!("Subject: {}", words.join("\r\n "))
}

/// A draft `.eml` (multipart text + HTML) that mail programs open ready to address and send.
pub fn to_eml(email: &Email, boundary_seed: &str) -> String {
    let boundary = format!("=_passkey_guide_{boundary_seed}");
    let b64 = |s: &str| {
        let encoded = STANDARD.encode(s.as_bytes());
        encoded.as_bytes().chunks(76).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("\r\n")
    };
    format!(
        "MIME-Version: 1.0\r\nX-Unsent: 1\r\n{subject}\r\nContent-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n\
         --{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{text}\r\n\
         --{boundary}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{html}\r\n\
         --{boundary}--\r\n",
        subject = subject_header(&email.subject),
        text = b64(&email.text),
        html = b64(&email.html),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn values() -> Values {
        Values {
            company: "Contoso <Ltd>".into(),
            deadline: Some("2026-12-18".into()),
            link: "https://passkeys.contoso.example/?c=reminder".into(),
            helpdesk: Some("help@contoso.example, +49 30 1234".into()),
            logo: Some("https://passkeys.contoso.example/logo?v=3".into()),
        }
    }

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

    #[test]
    fn a_long_subject_is_folded_into_encoded_words_that_never_split_a_character() {
        let subject = "Letzte Erinnerung: Ihr Passkey für Contoso – bitte bis 18. Dezember einrichten 🔑 ✓";
        let header = subject_header(subject);
        let lines: Vec<&str> = header.split("\r\n").collect();
        assert!(lines.len() > 1, "{header}");
        let mut decoded = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            assert!(line.len() <= 76, "line {i} is {} long: {line}", line.len());
            let word = line.trim_start_matches("Subject: ").trim_start();
            assert!(i == 0 || line.starts_with(' '), "a folded line starts with a space");
            assert!(word.len() <= 75 && word.starts_with("=?UTF-8?B?") && word.ends_with("?="), "{word}");
            let bytes = STANDARD.decode(&word[10..word.len() - 2]).unwrap();
            assert!(String::from_utf8(bytes.clone()).is_ok(), "each word is whole UTF-8");
            decoded.extend(bytes);
        }
        assert_eq!(String::from_utf8(decoded).unwrap(), subject);
        assert_eq!(subject_header(""), "Subject: =?UTF-8?B??=");
    }

    #[test]
    fn templates_need_the_link_and_known_placeholders_on_one_subject_line() {
        assert!(Template::new("Passkeys at {company}", "Hello {name},\r\n\r\n{link}").is_ok());
        assert_eq!(Template::new("Hi", "No link here"), Err(TemplateError::NoLink));
        assert_eq!(Template::new("Hi", "{link} {nmae}"), Err(TemplateError::Unknown("{nmae}".into())));
        assert_eq!(Template::new("Two\nlines", "{link}"), Err(TemplateError::Subject));
        assert_eq!(Template::new("  ", "{link}"), Err(TemplateError::Subject));
        assert_eq!(Template::new("Hi", &"x".repeat(10_001)), Err(TemplateError::Body));
        assert!(Template::new("Hi", "Braces { like this } stay text. {link}").is_ok());
    }

    #[test]
    fn every_default_template_is_valid_in_every_language() {
        for locale in Locale::supported() {
            let i18n = I18n::new(locale.clone());
            for kind in EmailKind::ALL {
                let default = Template::default_for(kind, &i18n);
                let checked = Template::new(&default.subject, &default.body);
                assert_eq!(checked.as_ref(), Ok(&default), "{} {}", locale.as_str(), kind.as_str());
                assert_eq!(default.body.contains("{deadline}"), kind != EmailKind::Announcement);
                assert!(default.body.contains("{name}") && default.body.contains("{helpdesk}"));
            }
        }
    }

    #[test]
    fn placeholders_are_filled_escaped_in_html_and_paragraphs_without_a_value_left_out() {
        let tenant = crate::brand::tenant::sample_for_tests();
        let i18n = I18n::new(Locale::english());
        let template = Template::default_for(EmailKind::Reminder, &i18n);
        let email = render(EmailKind::Reminder, &tenant, &i18n, &template, &values());
        assert!(email.subject.contains("Contoso <Ltd>"), "{}", email.subject);
        assert!(email.text.starts_with("Hello {{display_name}},"), "{}", email.text);
        assert!(email.text.contains("by 2026-12-18.") && email.text.contains("help@contoso.example, +49 30 1234"));
        assert!(email.text.contains("Set up your passkey: https://passkeys.contoso.example/?c=reminder"));
        assert!(email.html.contains("Contoso &lt;Ltd&gt;") && !email.html.contains("Contoso <Ltd>"));
        assert!(email.html.contains(r#"<img src="https://passkeys.contoso.example/logo?v=3""#), "{}", email.html);
        assert!(email.html.contains(r#"<a href="https://passkeys.contoso.example/?c=reminder""#));

        let bare = Values { deadline: None, helpdesk: None, logo: None, ..values() };
        let email = render(EmailKind::Reminder, &tenant, &i18n, &template, &bare);
        assert!(!email.text.contains("{deadline}") && !email.text.contains(" by "), "{}", email.text);
        assert!(!email.text.contains("helpdesk") && !email.html.contains("<img"), "{}", email.text);
    }

    #[test]
    fn every_helpdesk_contact_is_named() {
        let mut tenant = crate::brand::tenant::sample_for_tests();
        tenant.support.phone = Some("+49 30 1234".into());
        tenant.support.url = Some("https://help.contoso.example".into());
        assert_eq!(
            helpdesk(&tenant).as_deref(),
            Some("help@contoso.example, +49 30 1234, https://help.contoso.example")
        );
        tenant.support = Default::default();
        assert_eq!(helpdesk(&tenant), None);
    }
}
