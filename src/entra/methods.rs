//! Authentication method names as Entra writes them: Microsoft Graph's identifiers
//! (`methodsRegistered` of `userRegistrationDetails`) and the display names of the admin center's
//! "User registration details" download. Both become the Graph identifier; a name neither knows
//! is kept as it was written and reported, never fatal and never counted as a passkey.

/// Graph's identifiers, in their documented spelling. Sources (checked 2026-12-02): Microsoft
/// Graph `userRegistrationMethod`/`usageAuthMethod` members (v1.0 and beta reference and SDK
/// enums), plus `fido2` (the example in the `userRegistrationDetails` reference) and `x509Certificate*`.
const IDENTIFIERS: &[&str] = &[
    "alternateMobilePhone",
    "email",
    "externalAuthMethod",
    "fido2",
    "fido2SecurityKey",
    "hardwareOneTimePasscode",
    "macOsSecureEnclaveKey",
    "microsoftAuthenticatorPasswordless",
    "microsoftAuthenticatorPush",
    "mobilePhone",
    "officePhone",
    "passKeyDeviceBound",
    "passKeyDeviceBoundAuthenticator",
    "passKeyDeviceBoundWindowsHello",
    "passKeySynced",
    "securityQuestion",
    "softwareOneTimePasscode",
    "temporaryAccessPass",
    "windowsHelloForBusiness",
    "x509CertificateMultiFactor",
    "x509CertificateSingleFactor",
];

/// Display names of the admin center's download, and the identifier each stands for.
///
/// - Microsoft Learn, "Authentication Methods Activity" (entra-docs
///   `howto-authentication-methods-activity.md`, User registration details, *Methods registered*;
///   checked 2026-12-02): Alternate Mobile Phone, Certificate-based authentication, Email, FIDO2
///   security key, Hardware OATH token, Microsoft Authenticator app, Microsoft Passwordless phone
///   sign-in, Mobile phone, Office phone, Security questions, Software OATH token, Temporary
///   Access Pass, Windows Hello for Business.
/// - The passkey names the admin center shows since passkeys were split by kind are not on that
///   page (it predates them). "Passkey (Microsoft Authenticator)", "Passkey (other device-bound)",
///   "Microsoft Authenticator", "Phone", "Authenticator app (TOTP)" and "Platform Credential for
///   MacOS" come from maester365/maester `Get-MtUserAuthenticationMethodInfoByType.ps1` ("the
///   display name (as shown in the Portal)", mapped to the report's identifiers); "Passkey
///   (Windows Hello)" from the same project's list of portal names; "Passkey (synced)" follows
///   the same pattern and is not yet on any page read. Where Microsoft Learn and the portal
///   differ (Microsoft Authenticator app / Microsoft Authenticator), both are read.
const DISPLAY_NAMES: &[(&str, &str)] = &[
    ("Alternate Mobile Phone", "alternateMobilePhone"),
    ("Email", "email"),
    ("FIDO2 security key", "fido2SecurityKey"),
    ("Hardware OATH token", "hardwareOneTimePasscode"),
    ("Microsoft Authenticator app", "microsoftAuthenticatorPush"),
    ("Microsoft Passwordless phone sign-in", "microsoftAuthenticatorPasswordless"),
    ("Mobile phone", "mobilePhone"),
    ("Office phone", "officePhone"),
    ("Security questions", "securityQuestion"),
    ("Software OATH token", "softwareOneTimePasscode"),
    ("Temporary Access Pass", "temporaryAccessPass"),
    ("Windows Hello for Business", "windowsHelloForBusiness"),
    ("Passkey (Microsoft Authenticator)", "passKeyDeviceBoundAuthenticator"),
    ("Passkey (other device-bound)", "passKeyDeviceBound"),
    ("Passkey (Windows Hello)", "passKeyDeviceBoundWindowsHello"),
    ("Passkey (synced)", "passKeySynced"),
    ("Microsoft Authenticator", "microsoftAuthenticatorPush"),
    ("Phone", "mobilePhone"),
    ("Authenticator app (TOTP)", "softwareOneTimePasscode"),
    ("Platform Credential for MacOS", "macOsSecureEnclaveKey"),
];

/// Documented display names whose Graph identifier no page read names: known (not reported), kept
/// as written, never a passkey.
const WITHOUT_IDENTIFIER: &[&str] = &["Certificate-based authentication"];

/// A method name as written in a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method<'a> {
    /// Graph's identifier, whichever way the report wrote it.
    Known(&'static str),
    /// Neither an identifier nor a display name read here.
    Unknown(&'a str),
}

/// Reads one method name, case-insensitively and ignoring surrounding spaces.
pub fn read(name: &str) -> Method<'_> {
    let name = name.trim();
    if let Some(id) = IDENTIFIERS.iter().find(|id| id.eq_ignore_ascii_case(name)) {
        return Method::Known(id);
    }
    let wanted = squeeze(name);
    if let Some((_, id)) = DISPLAY_NAMES.iter().find(|(display, _)| squeeze(display) == wanted) {
        return Method::Known(id);
    }
    match WITHOUT_IDENTIFIER.iter().find(|display| squeeze(display) == wanted) {
        Some(display) => Method::Known(display),
        None => Method::Unknown(name),
    }
}

/// Lower case with runs of white space made one space: "FIDO2  Security key" reads as written.
fn squeeze(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The identifier of a known name, or the name as written.
pub fn normalise(name: &str) -> String {
    match read(name) {
        Method::Known(id) => id.to_owned(),
        Method::Unknown(name) => name.to_owned(),
    }
}

pub fn is_known(name: &str) -> bool {
    matches!(read(name), Method::Known(_))
}

/// A passkey of any kind, or a FIDO2 security key (known identifiers only: an unknown name that
/// merely looks like one is reported, not counted).
pub fn is_passkey(name: &str) -> bool {
    matches!(
        read(name),
        Method::Known(
            "passKeyDeviceBound"
                | "passKeyDeviceBoundAuthenticator"
                | "passKeyDeviceBoundWindowsHello"
                | "passKeySynced"
                | "fido2SecurityKey"
                | "fido2"
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_display_name_reads_as_its_identifier_in_any_case() {
        for (display, id) in DISPLAY_NAMES {
            assert_eq!(read(display), Method::Known(id), "{display}");
            assert_eq!(read(&display.to_uppercase()), Method::Known(id), "{display}");
            assert!(IDENTIFIERS.contains(id), "{id} is an identifier");
        }
        assert_eq!(normalise(" fido2  security KEY "), "fido2SecurityKey");
        assert_eq!(normalise("PASSKEYSYNCED"), "passKeySynced");
        assert_eq!(read("certificate-based authentication"), Method::Known("Certificate-based authentication"));
    }

    #[test]
    fn passkeys_are_the_passkey_kinds_and_security_keys_only() {
        for passkey in ["Passkey (Microsoft Authenticator)", "FIDO2 security key", "passKeySynced", "fido2"] {
            assert!(is_passkey(passkey), "{passkey}");
        }
        for other in
            ["Microsoft Passwordless phone sign-in", "Windows Hello for Business", "Passkey (someday)", "email"]
        {
            assert!(!is_passkey(other), "{other}");
        }
    }

    #[test]
    fn an_unknown_name_is_kept_as_written() {
        assert_eq!(read(" QR code "), Method::Unknown("QR code"));
        assert!(!is_known("QR code"));
        assert_eq!(normalise("QR code"), "QR code");
    }
}
