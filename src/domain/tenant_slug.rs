//! The tenant's name in URLs: `/{slug}`.

use serde::Serialize;

/// Paths the router needs for itself; no tenant may take them.
const RESERVED: &[&str] = &[
    "admin",
    "api",
    "assets",
    "healthz",
    "static",
    "favicon.ico",
    "robots.txt",
    "login",
    "logout",
    "share",
    "go",
    "well-known",
    ".well-known",
    "sitemap.xml",
    "metrics",
    "status",
];

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct TenantSlug(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TenantSlugError {
    #[error("a tenant slug has 2 to 40 characters, got {0}")]
    Length(usize),
    #[error("a tenant slug uses only a-z, 0-9 and single hyphens, not at either end")]
    Characters,
    #[error("\"{0}\" is reserved for the application's own pages")]
    Reserved(String),
}

impl TenantSlug {
    pub fn parse(value: &str) -> Result<TenantSlug, TenantSlugError> {
        let len = value.chars().count();
        if !(2..=40).contains(&len) {
            return Err(TenantSlugError::Length(len));
        }
        let allowed = value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !allowed || value.starts_with('-') || value.ends_with('-') || value.contains("--") {
            return Err(TenantSlugError::Characters);
        }
        if RESERVED.contains(&value) {
            return Err(TenantSlugError::Reserved(value.to_owned()));
        }
        Ok(TenantSlug(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `typed` confirms an irreversible step on this tenant: the slug exactly, as
    /// typed, without trimming or changing case.
    pub fn is_confirmed_by(&self, typed: &str) -> bool {
        typed == self.0
    }
}

impl std::fmt::Display for TenantSlug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_lowercase_slugs_are_accepted() {
        for ok in ["demo", "contoso", "acme-eu", "a1"] {
            assert_eq!(TenantSlug::parse(ok).unwrap().as_str(), ok);
        }
    }

    #[test]
    fn reserved_paths_are_refused() {
        for reserved in ["admin", "api", "assets", "healthz", "static"] {
            assert_eq!(TenantSlug::parse(reserved), Err(TenantSlugError::Reserved(reserved.into())));
        }
    }

    #[test]
    fn hostile_or_odd_slugs_are_refused() {
        for bad in ["", "a", "Demo", "de mo", "../x", "-x", "x-", "a--b", "<script>", "dèmo"] {
            assert!(TenantSlug::parse(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(TenantSlug::parse(&"a".repeat(41)).is_err());
    }

    #[test]
    fn only_the_exact_slug_confirms() {
        let slug = TenantSlug::parse("contoso").unwrap();
        assert!(slug.is_confirmed_by("contoso"));
        for typed in ["", "Contoso", " contoso", "contoso ", "contos", "Contoso Ltd"] {
            assert!(!slug.is_confirmed_by(typed), "{typed:?}");
        }
    }
}
