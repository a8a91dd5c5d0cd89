//! Who made a passkey: the AAGUID (Authenticator Attestation GUID) that Entra records for each
//! registration names the provider, and the provider tells whether the tenant's policy allows it.
//!
//! Microsoft Authenticator's AAGUIDs are the ones Microsoft lists for key restrictions; the others
//! come from the passkey providers' AAGUID list kept by the passkey developer community.

use serde::{Deserialize, Serialize};

use crate::guide::policy::PasskeyPolicy;

/// An AAGUID, kept in its lower-case hyphenated form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Aaguid(uuid::Uuid);

impl Aaguid {
    /// Accepts the hyphenated form in either case (Graph sends lower case); refuses anything else.
    pub fn parse(value: &str) -> Result<Aaguid, AaguidError> {
        let value = value.trim();
        if value.len() != 36 {
            return Err(AaguidError(value.chars().take(40).collect()));
        }
        uuid::Uuid::try_parse(value).map(Aaguid).map_err(|_| AaguidError(value.to_owned()))
    }

    /// All zeros: the authenticator chose not to say what it is.
    pub fn is_zero(&self) -> bool {
        self.0.is_nil()
    }
}

impl std::fmt::Display for Aaguid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.hyphenated())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0:?} is not an AAGUID")]
pub struct AaguidError(String);

/// Where a passkey lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Provider {
    MicrosoftAuthenticator,
    SamsungPass,
    IcloudKeychain,
    GooglePasswordManager,
    WindowsHello,
    SecurityKey,
    Unknown,
}

/// Known AAGUIDs, lower case.
const KNOWN: &[(&str, Provider)] = &[
    // Microsoft Authenticator on iOS and on Android (Entra's key restriction list).
    ("90a3ccdf-635c-4729-a248-9b709135078f", Provider::MicrosoftAuthenticator),
    ("de1e552d-db1d-4423-a619-566b625cdc84", Provider::MicrosoftAuthenticator),
    ("53414d53-554e-4700-0000-000000000000", Provider::SamsungPass),
    // Apple Passwords / iCloud Keychain, and its managed (Apple Business Manager) variant.
    ("fbfc3007-154e-4ecc-8c0b-6e020557d7bd", Provider::IcloudKeychain),
    ("dd4ec289-e01d-41c9-bb89-70fa845d4bf2", Provider::IcloudKeychain),
    ("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4", Provider::GooglePasswordManager),
    ("08987058-cadc-4b81-b6e1-30de50dcbe96", Provider::WindowsHello),
    ("9ddd1817-af5a-4672-a2b9-3e3dd95000a9", Provider::WindowsHello),
    ("6028b017-b1d4-4c02-b4b3-afcdafc96bb2", Provider::WindowsHello),
];

impl Provider {
    pub const ALL: [Provider; 7] = [
        Provider::MicrosoftAuthenticator,
        Provider::SamsungPass,
        Provider::IcloudKeychain,
        Provider::GooglePasswordManager,
        Provider::WindowsHello,
        Provider::SecurityKey,
        Provider::Unknown,
    ];

    /// Names the provider of one registration. An AAGUID nobody lists above, but with a
    /// manufacturer's model name or an attestation, is a security key; anything else is unknown.
    pub fn of(aaguid: Option<&Aaguid>, model: Option<&str>, attested: bool) -> Provider {
        if let Some(aaguid) = aaguid {
            let text = aaguid.to_string();
            if let Some((_, provider)) = KNOWN.iter().find(|(id, _)| *id == text) {
                return *provider;
            }
            if aaguid.is_zero() {
                return Provider::Unknown;
            }
        }
        let has_model = model.is_some_and(|m| !m.trim().is_empty());
        if has_model || attested { Provider::SecurityKey } else { Provider::Unknown }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Provider::MicrosoftAuthenticator => "microsoft-authenticator",
            Provider::SamsungPass => "samsung-pass",
            Provider::IcloudKeychain => "icloud-keychain",
            Provider::GooglePasswordManager => "google-password-manager",
            Provider::WindowsHello => "windows-hello",
            Provider::SecurityKey => "security-key",
            Provider::Unknown => "unknown",
        }
    }

    pub fn parse(value: &str) -> Option<Provider> {
        Provider::ALL.into_iter().find(|p| p.as_str() == value)
    }

    /// The message that names the provider on the dashboard.
    pub fn message_id(&self) -> &'static str {
        match self {
            Provider::MicrosoftAuthenticator => "admin-provider-microsoft-authenticator",
            Provider::SamsungPass => "admin-provider-samsung-pass",
            Provider::IcloudKeychain => "admin-provider-icloud-keychain",
            Provider::GooglePasswordManager => "admin-provider-google-password-manager",
            Provider::WindowsHello => "admin-provider-windows-hello",
            Provider::SecurityKey => "admin-provider-security-key",
            Provider::Unknown => "admin-provider-unknown",
        }
    }

    /// Synced passkeys live in an account and follow it to new devices. Samsung Pass syncs
    /// through the Samsung account, so it counts as synced too.
    pub fn is_synced(&self) -> bool {
        matches!(self, Provider::IcloudKeychain | Provider::GooglePasswordManager | Provider::SamsungPass)
    }

    /// Whether Entra accepts passkeys from this provider under `policy`, reading the policy the
    /// same way the guide's chooser does. An unknown provider is given the benefit of the doubt
    /// except where only Authenticator is allowed.
    pub fn allowed_by(&self, policy: &PasskeyPolicy) -> bool {
        if policy.require_authenticator {
            return *self == Provider::MicrosoftAuthenticator;
        }
        match self {
            Provider::MicrosoftAuthenticator | Provider::SecurityKey | Provider::Unknown => true,
            Provider::WindowsHello => policy.windows_hello && !policy.enforce_attestation,
            Provider::IcloudKeychain | Provider::GooglePasswordManager | Provider::SamsungPass => {
                policy.allow_synced && !policy.enforce_attestation
            }
        }
    }
}

impl std::fmt::Display for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provider(aaguid: &str) -> Provider {
        Provider::of(Some(&Aaguid::parse(aaguid).unwrap()), None, false)
    }

    const DEVICE_BOUND: PasskeyPolicy = PasskeyPolicy {
        allow_synced: false,
        enforce_attestation: false,
        require_authenticator: false,
        windows_hello: true,
    };

    #[test]
    fn known_aaguids_name_their_provider_in_either_case() {
        assert_eq!(provider("90a3ccdf-635c-4729-a248-9b709135078f"), Provider::MicrosoftAuthenticator);
        assert_eq!(provider("DE1E552D-DB1D-4423-A619-566B625CDC84"), Provider::MicrosoftAuthenticator);
        assert_eq!(provider("53414d53-554e-4700-0000-000000000000"), Provider::SamsungPass);
        assert_eq!(provider("fbfc3007-154e-4ecc-8c0b-6e020557d7bd"), Provider::IcloudKeychain);
        assert_eq!(provider("dd4ec289-e01d-41c9-bb89-70fa845d4bf2"), Provider::IcloudKeychain);
        assert_eq!(provider("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4"), Provider::GooglePasswordManager);
        for hello in [
            "08987058-cadc-4b81-b6e1-30de50dcbe96",
            "9ddd1817-af5a-4672-a2b9-3e3dd95000a9",
            "6028b017-b1d4-4c02-b4b3-afcdafc96bb2",
        ] {
            assert_eq!(provider(hello), Provider::WindowsHello);
        }
    }

    #[test]
    fn an_unlisted_aaguid_with_a_model_is_a_security_key_and_without_one_unknown() {
        let yubikey = Aaguid::parse("ee882879-721c-4913-9775-3dfcce97072a").unwrap();
        assert_eq!(Provider::of(Some(&yubikey), Some("YubiKey 5 Series"), true), Provider::SecurityKey);
        assert_eq!(Provider::of(Some(&yubikey), Some("  "), false), Provider::Unknown);
        assert_eq!(Provider::of(Some(&yubikey), None, true), Provider::SecurityKey);
        let zero = Aaguid::parse("00000000-0000-0000-0000-000000000000").unwrap();
        assert_eq!(Provider::of(Some(&zero), Some("Whatever"), false), Provider::Unknown);
        assert_eq!(Provider::of(None, None, false), Provider::Unknown);
    }

    #[test]
    fn aaguids_are_parsed_strictly() {
        assert!(Aaguid::parse("not-a-guid").is_err());
        assert!(Aaguid::parse("90a3ccdf635c4729a2489b709135078f").is_err(), "the simple form is not what Graph sends");
        assert!(Aaguid::parse("{90a3ccdf-635c-4729-a248-9b709135078f}").is_err());
        assert_eq!(
            Aaguid::parse(" 90A3CCDF-635C-4729-A248-9B709135078F ").unwrap().to_string(),
            "90a3ccdf-635c-4729-a248-9b709135078f"
        );
    }

    #[test]
    fn provider_ids_round_trip() {
        for p in Provider::ALL {
            assert_eq!(Provider::parse(p.as_str()), Some(p));
            assert!(p.message_id().ends_with(p.as_str()));
        }
        assert_eq!(Provider::parse("keepass"), None);
    }

    #[test]
    fn the_default_policy_allows_every_provider_but_windows_hello_until_it_is_enabled() {
        let refused: Vec<Provider> =
            Provider::ALL.into_iter().filter(|p| !p.allowed_by(&PasskeyPolicy::default())).collect();
        assert_eq!(refused, vec![Provider::WindowsHello]);
        let enabled = PasskeyPolicy { windows_hello: true, ..PasskeyPolicy::default() };
        assert!(Provider::ALL.iter().all(|p| p.allowed_by(&enabled)));
    }

    #[test]
    fn a_device_bound_policy_refuses_synced_providers_only() {
        let refused: Vec<Provider> = Provider::ALL.into_iter().filter(|p| !p.allowed_by(&DEVICE_BOUND)).collect();
        assert_eq!(refused, vec![Provider::SamsungPass, Provider::IcloudKeychain, Provider::GooglePasswordManager]);
    }

    #[test]
    fn attestation_refuses_synced_providers_and_windows_hello() {
        let policy = PasskeyPolicy { enforce_attestation: true, ..PasskeyPolicy::default() };
        let allowed: Vec<Provider> = Provider::ALL.into_iter().filter(|p| p.allowed_by(&policy)).collect();
        assert_eq!(allowed, vec![Provider::MicrosoftAuthenticator, Provider::SecurityKey, Provider::Unknown]);
    }

    #[test]
    fn requiring_authenticator_refuses_everything_else() {
        let policy = PasskeyPolicy { require_authenticator: true, ..PasskeyPolicy::default() };
        let allowed: Vec<Provider> = Provider::ALL.into_iter().filter(|p| p.allowed_by(&policy)).collect();
        assert_eq!(allowed, vec![Provider::MicrosoftAuthenticator]);
    }
}
