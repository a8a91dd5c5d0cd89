//! Checks for every value IT can set, shared by the admin pages and the command line.

use crate::domain::brand_color::BrandColor;
use crate::domain::handoff_url::HandoffUrl;
use crate::entra::aaguid::Aaguid;
use crate::guide::policy::{Enforcement, KeyRestrictions};
use crate::i18n::Locale;

#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
pub enum FieldError {
    #[error("the name must have 1 to 80 characters and no control characters")]
    Name,
    #[error("a colour is written #RRGGBB, for example #0F6CBD")]
    Color,
    #[error("the support email is not an email address")]
    Email,
    #[error("the support phone number may only contain digits, spaces and + - ( ) .")]
    Phone,
    #[error("the support address must be an https:// URL")]
    SupportUrl,
    #[error(
        "the hand-off address must be one of Microsoft's security-info pages, such as https://aka.ms/mysecurityinfo"
    )]
    Handoff,
    #[error("the domain must be a host name such as passkeys.contoso.com")]
    Domain,
    #[error(
        "that host serves every tenant's guide (or is a local name or an IP address); use a host name of the tenant's own"
    )]
    SharedDomain,
    #[error("only an owner who manages every tenant can set a domain")]
    DomainOwnerOnly,
    #[error("choose at least one language, and a default among them")]
    Languages,
    #[error("key restrictions are off, allow or block")]
    KeyRestriction,
    #[error("an AAGUID is written like 90a3ccdf-635c-4729-a248-9b709135078f")]
    Aaguid,
    #[error("an allow list without AAGUIDs would let nobody register a passkey")]
    EmptyAllowList,
    #[error("choose device-bound passkeys, synced ones, or both")]
    PasskeyTypes,
    #[error("the time zone is an IANA name such as Europe/Berlin, or UTC")]
    TimeZone,
}

impl FieldError {
    /// The Fluent message that explains the error on the admin pages.
    pub fn message_id(&self) -> &'static str {
        match self {
            FieldError::Name => "admin-error-name",
            FieldError::Color => "admin-error-color",
            FieldError::Email => "admin-error-email",
            FieldError::Phone => "admin-error-phone",
            FieldError::SupportUrl => "admin-error-support-url",
            FieldError::Handoff => "admin-error-handoff",
            FieldError::Domain => "admin-error-domain",
            FieldError::SharedDomain => "admin-error-domain-shared",
            FieldError::DomainOwnerOnly => "admin-error-domain-owner-only",
            FieldError::Languages => "admin-error-languages",
            FieldError::KeyRestriction => "admin-error-key-restriction",
            FieldError::Aaguid => "admin-error-aaguid",
            FieldError::EmptyAllowList => "admin-error-allow-list-empty",
            FieldError::PasskeyTypes => "admin-error-passkey-types",
            FieldError::TimeZone => "admin-error-time-zone",
        }
    }
}

pub fn name(value: &str) -> Result<String, FieldError> {
    let value = value.trim();
    if value.is_empty() || value.chars().count() > 80 || value.chars().any(char::is_control) {
        return Err(FieldError::Name);
    }
    Ok(value.to_owned())
}

pub fn color(value: &str) -> Result<BrandColor, FieldError> {
    BrandColor::parse(value).map_err(|_| FieldError::Color)
}

/// Empty means "none".
fn optional(value: &str) -> Option<&str> {
    let value = value.trim();
    (!value.is_empty()).then_some(value)
}

pub fn support_email(value: &str) -> Result<Option<String>, FieldError> {
    optional(value).map(|v| crate::db::admins::normalise_email(v).map_err(|_| FieldError::Email)).transpose()
}

pub fn support_phone(value: &str) -> Result<Option<String>, FieldError> {
    optional(value)
        .map(|v| {
            let ok = v.len() <= 32
                && v.chars().any(|c| c.is_ascii_digit())
                && v.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c));
            if ok { Ok(v.to_owned()) } else { Err(FieldError::Phone) }
        })
        .transpose()
}

pub fn support_url(value: &str) -> Result<Option<String>, FieldError> {
    optional(value)
        .map(|v| {
            let url = url::Url::parse(v).map_err(|_| FieldError::SupportUrl)?;
            if url.scheme() != "https" || url.host_str().is_none() || v.len() > 500 {
                return Err(FieldError::SupportUrl);
            }
            Ok(url.to_string())
        })
        .transpose()
}

pub fn handoff(value: &str) -> Result<HandoffUrl, FieldError> {
    HandoffUrl::parse(value).map_err(|_| FieldError::Handoff)
}

/// An IANA time zone name (`Europe/Berlin`); empty is UTC.
pub fn time_zone(value: &str) -> Result<crate::domain::time_zone::TimeZone, FieldError> {
    use crate::domain::time_zone::TimeZone;
    if value.trim().is_empty() {
        return Ok(TimeZone::utc());
    }
    TimeZone::parse(value).ok_or(FieldError::TimeZone)
}

/// A tenant's own host name. `shared_hosts` are the hosts that serve every tenant's guide at
/// `/{tenant}` (the public URL's host, the host the admin is using): giving one of them to a
/// tenant would hand that tenant every other tenant's links. Local names and IP literals are
/// refused for the same reason.
pub fn domain(value: &str, shared_hosts: &[&str]) -> Result<Option<String>, FieldError> {
    let domain = host_name(value)?;
    match domain {
        Some(d) if is_local_or_ip(&d) || shared_hosts.iter().any(|h| strip_port(h).eq_ignore_ascii_case(&d)) => {
            Err(FieldError::SharedDomain)
        }
        other => Ok(other),
    }
}

/// `host:port` → `host`.
fn strip_port(host: &str) -> &str {
    host.rsplit_once(':')
        .map_or(host, |(name, port)| if port.bytes().all(|b| b.is_ascii_digit()) { name } else { host })
}

/// `localhost`, `*.localhost`, and dotted numbers (an IPv4 literal, or what a resolver would
/// read as one). IPv6 literals never pass `host_name`.
fn is_local_or_ip(host: &str) -> bool {
    host == "localhost"
        || host.ends_with(".localhost")
        || host.parse::<std::net::IpAddr>().is_ok()
        || host.rsplit('.').next().is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit()))
}

fn host_name(value: &str) -> Result<Option<String>, FieldError> {
    optional(value)
        .map(|v| {
            let v = v.to_ascii_lowercase();
            let ok = v.len() <= 253
                && v.contains('.')
                && v.split('.').all(|l| {
                    !l.is_empty()
                        && l.len() <= 63
                        && !l.starts_with('-')
                        && !l.ends_with('-')
                        && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                });
            if ok { Ok(v) } else { Err(FieldError::Domain) }
        })
        .transpose()
}

/// The enabled languages and the default, which must be one of them.
/// Entra's passkey types as the settings form and the command line name them:
/// `device-bound`, `synced` (device-bound ones stay allowed too) or `synced-only`;
/// `(allow_synced, allow_device_bound)`.
pub fn passkey_types(value: &str) -> Result<(bool, bool), FieldError> {
    match value.trim() {
        "synced" => Ok((true, true)),
        "device-bound" => Ok((false, true)),
        "synced-only" => Ok((true, false)),
        _ => Err(FieldError::PasskeyTypes),
    }
}

/// The name of `(allow_synced, allow_device_bound)` in the form and on the command line.
pub fn passkey_types_name(allow_synced: bool, allow_device_bound: bool) -> &'static str {
    match (allow_synced, allow_device_bound) {
        (true, false) => "synced-only",
        (false, _) => "device-bound",
        (true, true) => "synced",
    }
}

/// Key restrictions: `off`, `allow` or `block`, and the AAGUIDs, one per line or
/// comma-separated, at most 500 (Entra's own lists are short). An allow list must name one.
pub fn key_restrictions(kind: &str, aaguids: &str) -> Result<KeyRestrictions, FieldError> {
    let enforcement = match kind.trim() {
        "" | "off" => None,
        other => Some(Enforcement::parse(other).ok_or(FieldError::KeyRestriction)?),
    };
    let mut list: Vec<Aaguid> = Vec::new();
    for value in aaguids.split([',', '\n']).map(str::trim).filter(|v| !v.is_empty()) {
        let aaguid = Aaguid::parse(value).map_err(|_| FieldError::Aaguid)?;
        if !list.contains(&aaguid) {
            list.push(aaguid);
        }
    }
    if list.len() > 500 {
        return Err(FieldError::Aaguid);
    }
    if enforcement == Some(Enforcement::Allow) && list.is_empty() {
        return Err(FieldError::EmptyAllowList);
    }
    Ok(KeyRestrictions { enforcement, aaguids: list })
}

pub fn languages(enabled: &[String], default: &str) -> Result<(Vec<Locale>, Locale), FieldError> {
    let mut locales: Vec<Locale> = Vec::new();
    for tag in enabled {
        let locale = Locale::parse(tag).ok_or(FieldError::Languages)?;
        if !locales.contains(&locale) {
            locales.push(locale);
        }
    }
    let default = Locale::parse(default).filter(|d| locales.contains(d)).ok_or(FieldError::Languages)?;
    Ok((locales, default))
}

#[cfg(test)]
mod key_restriction_tests {
    use super::*;

    #[test]
    fn key_restrictions_read_lines_or_commas_and_refuse_what_entra_would() {
        let list = key_restrictions(
            "allow",
            " 90A3CCDF-635C-4729-A248-9B709135078F\r\nde1e552d-db1d-4423-a619-566b625cdc84,\n\n",
        )
        .unwrap();
        assert_eq!(list, KeyRestrictions::authenticator_only());
        assert_eq!(key_restrictions("off", "").unwrap(), KeyRestrictions::NONE);
        assert_eq!(key_restrictions("allow", ""), Err(FieldError::EmptyAllowList));
        assert_eq!(key_restrictions("allow", "yubikey"), Err(FieldError::Aaguid));
        assert_eq!(key_restrictions("maybe", ""), Err(FieldError::KeyRestriction));
        let block = key_restrictions("block", "fbfc3007-154e-4ecc-8c0b-6e020557d7bd").unwrap();
        assert_eq!(block.enforcement, Some(Enforcement::Block));
    }

    #[test]
    fn passkey_types_round_trip() {
        for name in ["synced", "device-bound", "synced-only"] {
            let (synced, bound) = passkey_types(name).unwrap();
            assert_eq!(passkey_types_name(synced, bound), name);
        }
        assert_eq!(passkey_types("both"), Err(FieldError::PasskeyTypes));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_branding_values_are_refused() {
        assert_eq!(color("red;}</style><script>"), Err(FieldError::Color));
        assert_eq!(color("#fff; background:url(//evil)"), Err(FieldError::Color));
        assert_eq!(support_url("javascript:alert(1)"), Err(FieldError::SupportUrl));
        assert_eq!(support_url("http://helpdesk.example"), Err(FieldError::SupportUrl));
        assert_eq!(handoff("https://evil.example/mysecurityinfo"), Err(FieldError::Handoff));
        assert_eq!(domain("evil.example/<script>", &[]), Err(FieldError::Domain));
        assert_eq!(support_phone("<img src=x onerror=alert(1)>"), Err(FieldError::Phone));
        assert_eq!(support_email("a@b.c\r\nBcc: x@y.z"), Err(FieldError::Email));
        assert_eq!(name("Contoso\u{0}"), Err(FieldError::Name));
        assert_eq!(languages(&["en".into(), "xx".into()], "en"), Err(FieldError::Languages));
        assert_eq!(languages(&["de".into()], "en"), Err(FieldError::Languages));
    }

    #[test]
    fn hosts_that_serve_every_tenant_are_never_one_tenants_domain() {
        let shared = ["passkeys.example.com", "guide.internal:8443"];
        assert_eq!(domain("Passkeys.Example.COM", &shared), Err(FieldError::SharedDomain));
        assert_eq!(domain("guide.internal", &shared), Err(FieldError::SharedDomain));
        for local in ["localhost.", "localhost", "app.localhost", "127.0.0.1", "10.0.0.7", "192.168.1.1", "1.2.3.04"] {
            assert!(domain(local, &[]).is_err(), "{local}");
        }
        assert_eq!(domain("passkeys.contoso.com", &shared), Ok(Some("passkeys.contoso.com".to_owned())));
    }

    #[test]
    fn names_with_markup_are_kept_as_text() {
        assert_eq!(name("  <b>Contoso</b> ").unwrap(), "<b>Contoso</b>");
    }

    #[test]
    fn empty_optional_values_clear_the_field() {
        assert_eq!(support_email("  "), Ok(None));
        assert_eq!(domain("", &["guide.example"]), Ok(None));
        assert_eq!(
            support_url("https://help.contoso.example/passkeys").unwrap().as_deref(),
            Some("https://help.contoso.example/passkeys")
        );
    }
}
