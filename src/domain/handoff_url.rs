//! Where the guide sends people to register: only Microsoft's own security-info pages.

use serde::Serialize;
use url::Url;

pub const DEFAULT_HANDOFF_URL: &str = "https://aka.ms/mysecurityinfo";

/// Hosts that serve Microsoft's "Security info" page (or redirect straight to it).
const ALLOWED_HOSTS: &[&str] =
    &["aka.ms", "mysignins.microsoft.com", "mysecurityinfo.microsoft.com", "myaccount.microsoft.com"];

/// Paths allowed on `aka.ms`, which redirects anywhere: only the security-info short links.
const ALLOWED_AKA_MS_PATHS: &[&str] = &["/mysecurityinfo", "/setupsecurityinfo", "/mfasetup"];

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct HandoffUrl(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HandoffUrlError {
    #[error("the hand-off address is not a valid URL")]
    Invalid,
    #[error("the hand-off address must use https")]
    NotHttps,
    #[error("the hand-off address must be one of Microsoft's security-info pages (for example {DEFAULT_HANDOFF_URL})")]
    NotMicrosoft,
}

impl HandoffUrl {
    pub fn parse(value: &str) -> Result<HandoffUrl, HandoffUrlError> {
        let url = Url::parse(value.trim()).map_err(|_| HandoffUrlError::Invalid)?;
        if url.scheme() != "https" {
            return Err(HandoffUrlError::NotHttps);
        }
        if !url.username().is_empty() || url.password().is_some() || url.port().is_some() {
            return Err(HandoffUrlError::NotMicrosoft);
        }
        let host = url.host_str().ok_or(HandoffUrlError::Invalid)?;
        if !ALLOWED_HOSTS.contains(&host) {
            return Err(HandoffUrlError::NotMicrosoft);
        }
        if host == "aka.ms" {
            let path = url.path().trim_end_matches('/').to_ascii_lowercase();
            if !ALLOWED_AKA_MS_PATHS.contains(&path.as_str()) {
                return Err(HandoffUrlError::NotMicrosoft);
            }
        }
        Ok(HandoffUrl(url.to_string()))
    }

    pub fn default_url() -> HandoffUrl {
        HandoffUrl(DEFAULT_HANDOFF_URL.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for HandoffUrl {
    fn default() -> Self {
        HandoffUrl::default_url()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn microsoft_security_info_pages_are_accepted() {
        assert_eq!(
            HandoffUrl::parse("https://aka.ms/mysecurityinfo").unwrap().as_str(),
            "https://aka.ms/mysecurityinfo"
        );
        assert!(HandoffUrl::parse("https://mysignins.microsoft.com/security-info").is_ok());
        assert!(HandoffUrl::parse("https://aka.ms/MySecurityInfo/").is_ok());
    }

    #[test]
    fn anything_else_is_refused() {
        let refused = [
            ("http://aka.ms/mysecurityinfo", HandoffUrlError::NotHttps),
            ("javascript:alert(1)", HandoffUrlError::NotHttps),
            ("https://evil.example/mysecurityinfo", HandoffUrlError::NotMicrosoft),
            ("https://aka.ms/somewhere-else", HandoffUrlError::NotMicrosoft),
            ("https://aka.ms.evil.example/mysecurityinfo", HandoffUrlError::NotMicrosoft),
            ("https://user@mysignins.microsoft.com/", HandoffUrlError::NotMicrosoft),
            ("https://mysignins.microsoft.com:8443/", HandoffUrlError::NotMicrosoft),
            ("not a url", HandoffUrlError::Invalid),
        ];
        for (input, error) in refused {
            assert_eq!(HandoffUrl::parse(input), Err(error), "{input}");
        }
    }
}
