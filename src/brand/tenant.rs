//! A tenant as the rest of the program sees it: every field already parsed.

use crate::domain::brand_color::BrandColor;
use crate::domain::handoff_url::HandoffUrl;
use crate::domain::tenant_slug::TenantSlug;
use crate::guide::policy::{PasskeyPolicy, PasskeyProfile};
use crate::i18n::Locale;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Support {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

impl Support {
    pub fn is_empty(&self) -> bool {
        self.email.is_none() && self.phone.is_none() && self.url.is_none()
    }
}

#[derive(Clone, Debug)]
pub struct Tenant {
    pub id: i64,
    pub slug: TenantSlug,
    pub name: String,
    pub primary_color: BrandColor,
    pub logo_type: Option<String>,
    pub support: Support,
    pub handoff_url: HandoffUrl,
    pub domain: Option<String>,
    /// The languages the guide offers, in the order IT listed them; never empty.
    pub locales: Vec<Locale>,
    pub default_locale: Locale,
    /// The default passkey profile's policy: links without `?p=`.
    pub policy: PasskeyPolicy,
    /// Entra's passkey profiles (the default among them), fetched or set by hand.
    pub profiles: Vec<PasskeyProfile>,
    pub personal_links: bool,
    /// Where the funnel's days start.
    pub time_zone: crate::domain::time_zone::TimeZone,
    /// Bumped on every change, so cached pages and stylesheets are told apart.
    pub branding_version: i64,
}

impl Tenant {
    pub fn has_logo(&self) -> bool {
        self.logo_type.is_some()
    }

    /// The profile a link names, if the tenant has it.
    pub fn profile(&self, id: &str) -> Option<&PasskeyProfile> {
        self.profiles.iter().find(|p| p.id.eq_ignore_ascii_case(id))
    }

    /// The policy of the profile a link names, or the default one.
    pub fn policy_for(&self, profile: Option<&str>) -> &PasskeyPolicy {
        profile.and_then(|id| self.profile(id)).map_or(&self.policy, |p| &p.policy)
    }
}

/// A tenant for unit tests: Contoso, German first then English, the default policy.
#[cfg(test)]
pub fn sample_for_tests() -> Tenant {
    Tenant {
        id: 7,
        slug: TenantSlug::parse("contoso").unwrap_or_else(|_| unreachable!()),
        name: "Contoso".to_owned(),
        primary_color: BrandColor::rgb(0x0F, 0x6C, 0xBD),
        logo_type: None,
        support: Support { email: Some("help@contoso.example".to_owned()), phone: None, url: None },
        handoff_url: Default::default(),
        domain: None,
        locales: vec![Locale::parse("de").unwrap_or_else(Locale::english), Locale::english()],
        default_locale: Locale::parse("de").unwrap_or_else(Locale::english),
        policy: Default::default(),
        profiles: Vec::new(),
        personal_links: false,
        time_zone: Default::default(),
        branding_version: 1,
    }
}
