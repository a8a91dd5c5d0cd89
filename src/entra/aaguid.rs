//! Who made a passkey: the AAGUID (Authenticator Attestation GUID) that Entra records for each
//! registration names the provider, and the provider tells whether the tenant's policy allows it.
//!
//! Microsoft Authenticator's AAGUIDs are the ones Microsoft lists for key restrictions; the others
//! come from the passkey providers' AAGUID list kept by the passkey developer community.

use serde::{Deserialize, Serialize};

use crate::guide::policy::{Enforcement, PasskeyPolicy};

/// An AAGUID, kept in its lower-case hyphenated form (also in JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Aaguid(uuid::Uuid);

impl TryFrom<String> for Aaguid {
    type Error = AaguidError;
    fn try_from(value: String) -> Result<Aaguid, AaguidError> {
        Aaguid::parse(&value)
    }
}

impl From<Aaguid> for String {
    fn from(aaguid: Aaguid) -> String {
        aaguid.to_string()
    }
}

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

/// An AAGUID written out in full, for the lists below (checked when the crate is built).
macro_rules! known {
    ($value:literal) => {
        Aaguid(uuid::uuid!($value))
    };
}

/// Microsoft Authenticator on iOS and on Android ("Authenticator AAGUIDs",
/// how-to-enable-authenticator-passkey, ms.date 2026-07-05, checked 2026-12-02).
pub const AUTHENTICATOR_IOS: Aaguid = known!("90a3ccdf-635c-4729-a248-9b709135078f");
pub const AUTHENTICATOR_ANDROID: Aaguid = known!("de1e552d-db1d-4423-a619-566b625cdc84");
pub const AUTHENTICATOR: [Aaguid; 2] = [AUTHENTICATOR_IOS, AUTHENTICATOR_ANDROID];
/// "Supported Windows Hello passkey AAGUIDs": hardware, VBS hardware, software
/// (how-to-authentication-entra-passkeys-on-windows, checked 2026-12-02).
pub const WINDOWS_HELLO: [Aaguid; 3] = [
    known!("08987058-cadc-4b81-b6e1-30de50dcbe96"),
    known!("9ddd1817-af5a-4672-a2b9-3e3dd95000a9"),
    known!("6028b017-b1d4-4c02-b4b3-afcdafc96bb2"),
];
/// Apple Passwords (iCloud Keychain), and its managed variant (passkeydeveloper's
/// passkey-authenticator-aaguids, aaguid.json @ 47b6f84, checked 2026-12-02).
pub const ICLOUD_KEYCHAIN: [Aaguid; 2] =
    [known!("fbfc3007-154e-4ecc-8c0b-6e020557d7bd"), known!("dd4ec289-e01d-41c9-bb89-70fa845d4bf2")];
pub const GOOGLE_PASSWORD_MANAGER: [Aaguid; 1] = [known!("ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4")];
pub const SAMSUNG_PASS: [Aaguid; 1] = [known!("53414d53-554e-4700-0000-000000000000")];
pub const ONE_PASSWORD: [Aaguid; 1] = [known!("bada5566-a7aa-401f-bd96-45619a55120d")];
pub const BITWARDEN: [Aaguid; 1] = [known!("d548826e-79b4-db40-a3d8-11116f7e8349")];
pub const DASHLANE: [Aaguid; 1] = [known!("531126d6-e717-415c-9320-3d9aa6981239")];
pub const PROTON_PASS: [Aaguid; 1] = [known!("50726f74-6f6e-5061-7373-50726f746f6e")];
pub const KEEPER: [Aaguid; 1] = [known!("0ea242b4-43c4-4a1b-8b17-dd6d0b6baec6")];

/// What kind of thing an AAGUID names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Microsoft Authenticator, Windows Hello, or a phone's or computer's own passkey store.
    Platform,
    /// A password manager that keeps passkeys.
    App,
    SecurityKey,
}

/// AAGUIDs an administrator is likely to meet, with the names to show for them. Microsoft's
/// names where Microsoft lists the AAGUID (Authenticator and Windows Hello above; security keys
/// from "Microsoft Entra ID attestation for passkey (FIDO2) vendors", concept-fido2-hardware-vendor,
/// MDS version 285, ms.date 2026-10-06); the others from passkeydeveloper's
/// passkey-authenticator-aaguids (aaguid.json @ 47b6f84). Checked 2026-12-02. Sources disagree on
/// names: the community list calls all three Windows Hello AAGUIDs "Windows Hello" and Apple's
/// "Apple Passwords" (formerly "iCloud Keychain"); Microsoft's names are used where it has them.
pub const NAMED: &[(Aaguid, &str, Kind)] = &[
    (AUTHENTICATOR_IOS, "Microsoft Authenticator (iOS)", Kind::Platform),
    (AUTHENTICATOR_ANDROID, "Microsoft Authenticator (Android)", Kind::Platform),
    (WINDOWS_HELLO[0], "Windows Hello Hardware Authenticator", Kind::Platform),
    (WINDOWS_HELLO[1], "Windows Hello VBS Hardware Authenticator", Kind::Platform),
    (WINDOWS_HELLO[2], "Windows Hello Software Authenticator", Kind::Platform),
    (ICLOUD_KEYCHAIN[0], "Apple Passwords (iCloud Keychain)", Kind::Platform),
    (ICLOUD_KEYCHAIN[1], "iCloud Keychain (Managed)", Kind::Platform),
    (GOOGLE_PASSWORD_MANAGER[0], "Google Password Manager", Kind::Platform),
    (SAMSUNG_PASS[0], "Samsung Pass", Kind::Platform),
    (ONE_PASSWORD[0], "1Password", Kind::App),
    (BITWARDEN[0], "Bitwarden", Kind::App),
    (DASHLANE[0], "Dashlane", Kind::App),
    (PROTON_PASS[0], "Proton Pass", Kind::App),
    (KEEPER[0], "Keeper", Kind::App),
    (known!("cb69481e-8ff7-4039-93ec-0a2729a154a8"), "YubiKey 5 Series (firmware 5.1)", Kind::SecurityKey),
    (known!("ee882879-721c-4913-9775-3dfcce97072a"), "YubiKey 5 Series (firmware 5.2, 5.4)", Kind::SecurityKey),
    (known!("19083c3d-8383-4b18-bc03-8f1c9ab2fd1b"), "YubiKey 5 Series (firmware 5.7)", Kind::SecurityKey),
    (known!("ff4dac45-ede8-4ec2-aced-cf66103f4335"), "YubiKey 5 Series (firmware 5.7)", Kind::SecurityKey),
    (known!("dd86a2da-86a0-4cbe-b462-4bd31f57bc6f"), "YubiKey Bio Series - FIDO Edition", Kind::SecurityKey),
    (known!("7409272d-1ff9-4e10-9fc9-ac0019c124fd"), "YubiKey Bio Series - FIDO Edition", Kind::SecurityKey),
    (known!("90636e1f-ef82-43bf-bdcf-5255f139d12f"), "YubiKey Bio Series - Multi-protocol Edition", Kind::SecurityKey),
    (known!("f8a011f3-8c0a-4d15-8006-17111f9edc7d"), "Security Key by Yubico", Kind::SecurityKey),
    (known!("b92c3f9a-c014-4056-887f-140a2501163b"), "Security Key by Yubico", Kind::SecurityKey),
    (known!("6d44ba9b-f6ec-2e49-b930-0c8fe920cb73"), "Security Key by Yubico with NFC", Kind::SecurityKey),
    (known!("149a2021-8ef6-4133-96b8-81f8d5b7f1f5"), "Security Key by Yubico with NFC", Kind::SecurityKey),
    (known!("a4e9fc6d-4cbe-4758-b8ba-37598bb5bbaa"), "Security Key NFC by Yubico", Kind::SecurityKey),
    (known!("e77e3c64-05e3-428b-8824-0cbeb04b829d"), "Security Key NFC by Yubico", Kind::SecurityKey),
    (known!("42b4fb4a-2866-43b2-9bf7-6c6669c2e5d3"), "Google Titan Security Key v2", Kind::SecurityKey),
    (known!("833b721a-ff5f-4d00-bb2e-bdda3ec01e29"), "Feitian ePass FIDO2 Authenticator", Kind::SecurityKey),
    (known!("ee041bce-25e5-4cdb-8f86-897fd6418464"), "Feitian ePass FIDO2-NFC Authenticator", Kind::SecurityKey),
    (known!("77010bd7-212a-4fc9-b236-d2ca5e9d4084"), "Feitian BioPass FIDO2 Authenticator", Kind::SecurityKey),
    (known!("ab32f0c6-2239-afbb-c470-d2ef4e254db7"), "TOKEN2 FIDO2 Security Key", Kind::SecurityKey),
    (known!("4d41190c-7beb-4a84-8018-adf265a6352d"), "Thales IDPrime FIDO Bio", Kind::SecurityKey),
    (known!("efb96b10-a9ee-4b6c-a4a9-d32125ccd4a4"), "Thales SafeNet eToken FIDO", Kind::SecurityKey),
];

/// The name to show for an AAGUID, where it is a well-known one.
pub fn name_of(aaguid: &Aaguid) -> Option<&'static str> {
    NAMED.iter().find(|(a, ..)| a == aaguid).map(|(_, name, _)| *name)
}

/// Whether the AAGUID is Authenticator's, Windows Hello's, a device's own store or a password
/// manager's: anything but a security key.
pub fn is_platform_or_app(aaguid: &Aaguid) -> bool {
    NAMED.iter().any(|(a, _, kind)| a == aaguid && *kind != Kind::SecurityKey)
}

/// The AAGUIDs a passkey made by following `flow` can have; `None` for a security key, which can
/// be any model.
pub fn of_flow(flow: crate::domain::flow_id::FlowId) -> Option<&'static [Aaguid]> {
    use crate::domain::flow_id::FlowId;
    match flow {
        FlowId::IphoneAuthenticator => Some(std::slice::from_ref(&AUTHENTICATOR[0])),
        FlowId::Samsung | FlowId::AndroidAuthenticator => Some(std::slice::from_ref(&AUTHENTICATOR[1])),
        FlowId::CrossDevice => Some(&AUTHENTICATOR),
        FlowId::IphoneIcloud | FlowId::Mac => Some(&ICLOUD_KEYCHAIN),
        FlowId::Android => Some(&GOOGLE_PASSWORD_MANAGER),
        FlowId::WindowsHello => Some(&WINDOWS_HELLO),
        FlowId::SecurityKey => None,
    }
}

/// Where a passkey lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Provider {
    MicrosoftAuthenticator,
    SamsungPass,
    IcloudKeychain,
    GooglePasswordManager,
    WindowsHello,
    #[serde(rename = "1password")]
    OnePassword,
    Bitwarden,
    Dashlane,
    ProtonPass,
    Keeper,
    SecurityKey,
    Unknown,
}

impl Provider {
    pub const ALL: [Provider; 12] = [
        Provider::MicrosoftAuthenticator,
        Provider::SamsungPass,
        Provider::IcloudKeychain,
        Provider::GooglePasswordManager,
        Provider::WindowsHello,
        Provider::OnePassword,
        Provider::Bitwarden,
        Provider::Dashlane,
        Provider::ProtonPass,
        Provider::Keeper,
        Provider::SecurityKey,
        Provider::Unknown,
    ];

    /// Names the provider of one registration. An AAGUID nobody lists above, but with a
    /// manufacturer's model name or an attestation, is a security key; anything else is unknown.
    pub fn of(aaguid: Option<&Aaguid>, model: Option<&str>, attested: bool) -> Provider {
        if let Some(aaguid) = aaguid {
            if let Some(provider) = Provider::ALL.into_iter().find(|p| p.aaguids().contains(aaguid)) {
                return provider;
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
            Provider::OnePassword => "1password",
            Provider::Bitwarden => "bitwarden",
            Provider::Dashlane => "dashlane",
            Provider::ProtonPass => "proton-pass",
            Provider::Keeper => "keeper",
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
            Provider::OnePassword => "admin-provider-1password",
            Provider::Bitwarden => "admin-provider-bitwarden",
            Provider::Dashlane => "admin-provider-dashlane",
            Provider::ProtonPass => "admin-provider-proton-pass",
            Provider::Keeper => "admin-provider-keeper",
            Provider::SecurityKey => "admin-provider-security-key",
            Provider::Unknown => "admin-provider-unknown",
        }
    }

    /// Synced passkeys live in an account and follow it to new devices. Samsung Pass syncs
    /// through the Samsung account, and password managers through theirs, so they count as synced.
    pub fn is_synced(&self) -> bool {
        matches!(
            self,
            Provider::IcloudKeychain
                | Provider::GooglePasswordManager
                | Provider::SamsungPass
                | Provider::OnePassword
                | Provider::Bitwarden
                | Provider::Dashlane
                | Provider::ProtonPass
                | Provider::Keeper
        )
    }

    /// The AAGUIDs that name this provider (none for a security key or an unknown one).
    pub fn aaguids(&self) -> &'static [Aaguid] {
        match self {
            Provider::MicrosoftAuthenticator => &AUTHENTICATOR,
            Provider::SamsungPass => &SAMSUNG_PASS,
            Provider::IcloudKeychain => &ICLOUD_KEYCHAIN,
            Provider::GooglePasswordManager => &GOOGLE_PASSWORD_MANAGER,
            Provider::WindowsHello => &WINDOWS_HELLO,
            Provider::OnePassword => &ONE_PASSWORD,
            Provider::Bitwarden => &BITWARDEN,
            Provider::Dashlane => &DASHLANE,
            Provider::ProtonPass => &PROTON_PASS,
            Provider::Keeper => &KEEPER,
            Provider::SecurityKey | Provider::Unknown => &[],
        }
    }

    /// Whether Entra accepts passkeys from this provider under `policy`, reading the policy the
    /// same way the guide's chooser does. An unknown provider is given the benefit of the doubt
    /// except under an allow list, which names everything it admits.
    pub fn allowed_by(&self, policy: &PasskeyPolicy) -> bool {
        let restrictions = &policy.key_restrictions;
        let listed = match self {
            Provider::SecurityKey => restrictions.admits_some_security_key(),
            Provider::Unknown => restrictions.enforcement != Some(Enforcement::Allow),
            known => known.aaguids().iter().any(|a| restrictions.admits(a)),
        };
        listed && self.kind_allowed_by(policy)
    }

    /// Whether Entra accepts one registration: its own AAGUID against the key restrictions where
    /// Graph gave one, and its provider's kind (synced, device-bound, Windows Hello) against the
    /// rest of the policy.
    pub fn registration_allowed_by(&self, aaguid: Option<&Aaguid>, policy: &PasskeyPolicy) -> bool {
        match aaguid.filter(|a| !a.is_zero()) {
            Some(aaguid) => policy.key_restrictions.admits(aaguid) && self.kind_allowed_by(policy),
            None => self.allowed_by(policy),
        }
    }

    /// The policy's rules other than key restrictions.
    fn kind_allowed_by(&self, policy: &PasskeyPolicy) -> bool {
        match self {
            Provider::Unknown => true,
            Provider::MicrosoftAuthenticator | Provider::SecurityKey => policy.allow_device_bound,
            Provider::WindowsHello => policy.windows_hello && policy.allow_device_bound && !policy.enforce_attestation,
            synced => {
                debug_assert!(synced.is_synced());
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
        allow_device_bound: true,
        enforce_attestation: false,
        key_restrictions: crate::guide::policy::KeyRestrictions::NONE,
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
    fn every_named_aaguid_is_named_once_and_providers_agree_with_the_names() {
        let mut seen = std::collections::HashSet::new();
        for (aaguid, name, _) in NAMED {
            assert!(seen.insert(*aaguid), "{aaguid} named twice");
            assert!(!name.is_empty());
        }
        for provider in Provider::ALL {
            for aaguid in provider.aaguids() {
                assert!(is_platform_or_app(aaguid), "{provider}: {aaguid}");
            }
        }
        assert_eq!(name_of(&AUTHENTICATOR_ANDROID), Some("Microsoft Authenticator (Android)"));
        let yubikey = Aaguid::parse("ee882879-721c-4913-9775-3dfcce97072a").unwrap();
        assert!(!is_platform_or_app(&yubikey) && name_of(&yubikey).is_some());
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
        let synced: Vec<Provider> = Provider::ALL.into_iter().filter(Provider::is_synced).collect();
        assert_eq!(refused, synced);
        assert_eq!(
            synced.len(),
            8,
            "Samsung Pass, iCloud Keychain, Google Password Manager and five password managers"
        );
    }

    #[test]
    fn attestation_refuses_synced_providers_and_windows_hello() {
        let policy = PasskeyPolicy { enforce_attestation: true, ..PasskeyPolicy::default() };
        let allowed: Vec<Provider> = Provider::ALL.into_iter().filter(|p| p.allowed_by(&policy)).collect();
        assert_eq!(allowed, vec![Provider::MicrosoftAuthenticator, Provider::SecurityKey, Provider::Unknown]);
    }

    #[test]
    fn requiring_authenticator_refuses_everything_else() {
        let policy = PasskeyPolicy::authenticator_only();
        let allowed: Vec<Provider> = Provider::ALL.into_iter().filter(|p| p.allowed_by(&policy)).collect();
        assert_eq!(allowed, vec![Provider::MicrosoftAuthenticator]);
    }
}
