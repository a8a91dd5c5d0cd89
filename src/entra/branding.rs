//! The company branding of the tenant's Entra sign-in page: its banner logo and page background
//! colour, read from Microsoft Graph so the guide can look like the page employees see next.
//!
//! Graph: `GET /v1.0/organization/{id}/branding` with `Accept-Language: 0` gives the default
//! branding's `backgroundColor` ("" or null when unset) and `bannerLogoRelativeUrl` (null when no
//! banner logo); 404 when the tenant has no branding. The logo itself is a stream read from
//! `GET /v1.0/organization/{id}/branding/localizations/0/bannerLogo`, which answers 200 with an
//! empty JSON object when it is not set. Application permission: `OrganizationalBranding.Read.All`.
//! (Microsoft Graph reference, organizationalBranding get and organizationalBrandingLocalization
//! get, v1.0, checked 2026-12-02.)
//!
//! Nothing fetched reaches the guide by itself: the logo passes the same checks as an upload and
//! the colour the same contrast adjustment as one typed in, when IT chooses to use them.

use serde::Deserialize;

use crate::brand::logo;
use crate::domain::brand_color::BrandColor;

/// What the sign-in page shows, as far as the guide can use it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SignInBranding {
    pub background_color: Option<BrandColor>,
    /// Media type and bytes; only a logo that passed `logo::check`.
    pub logo: Option<(String, Vec<u8>)>,
}

impl SignInBranding {
    pub fn is_empty(&self) -> bool {
        self.background_color.is_none() && self.logo.is_none()
    }
}

/// The default branding object, as far as it is read here.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BrandingObject {
    pub background_color: Option<String>,
    pub banner_logo_relative_url: Option<String>,
}

impl BrandingObject {
    pub fn has_banner_logo(&self) -> bool {
        self.banner_logo_relative_url.as_deref().is_some_and(|u| !u.trim().is_empty())
    }

    /// The background colour, if one is set and is `#rrggbb`; a value that is not is named in
    /// the second half, so the fetch can say why no colour is offered.
    pub fn background_color(&self) -> (Option<BrandColor>, Option<String>) {
        match self.background_color.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            None => (None, None),
            Some(value) => match BrandColor::parse(value) {
                Ok(color) => (Some(color), None),
                Err(_) => {
                    let shown: String = value.chars().filter(|c| !c.is_control()).take(40).collect();
                    (None, Some(format!("the sign-in page's background colour {shown:?} is not #rrggbb; not offered")))
                }
            },
        }
    }
}

/// Keeps a banner logo only if it passes the upload checks; otherwise says why not.
pub fn checked_logo(bytes: Vec<u8>) -> Result<(String, Vec<u8>), String> {
    match logo::check(&bytes) {
        Ok(media_type) => Ok((media_type.to_owned(), bytes)),
        Err(e) => Err(format!("the sign-in page's banner logo was not kept: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn object(json: &str) -> BrandingObject {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn the_documented_default_branding_reads_its_logo_and_colour() {
        // The shape of Microsoft Graph's "Get the default branding" and "French locale" examples.
        let default = object(
            r##"{"id":"0","backgroundColor":"","bannerLogoRelativeUrl":"c1c6b6c8-urr-dzbkz44n5kuo9kzl1kziuujjcdqonoe2owyacso/logintenantbranding/0/bannerlogo?ts=637535563824629275","cdnList":["secure.aadcdn.microsoftonline-p.com"],"signInPageText":"Contoso"}"##,
        );
        assert!(default.has_banner_logo());
        assert_eq!(default.background_color(), (None, None));
        let french = object(r##"{"id":"fr-FR","backgroundColor":"#FFFF33","bannerLogoRelativeUrl":null}"##);
        assert!(!french.has_banner_logo());
        assert_eq!(french.background_color().0.map(BrandColor::to_hex).as_deref(), Some("#ffff33"));
    }

    #[test]
    fn a_colour_that_is_not_hex_is_named_not_offered() {
        let (color, note) = object(r#"{"backgroundColor":"red;}</style>"}"#).background_color();
        assert_eq!(color, None);
        assert!(note.unwrap().contains("not #rrggbb"));
    }

    #[test]
    fn a_banner_logo_passes_the_upload_checks_or_is_not_kept() {
        assert!(checked_logo(b"<svg onload='alert(1)'/>".to_vec()).unwrap_err().contains("SVG"));
        assert!(checked_logo(Vec::new()).is_err());
    }
}
