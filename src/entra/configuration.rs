//! The tenant's Entra authentication-methods configuration, as Microsoft Graph returns it: the
//! Passkey (FIDO2) method with its passkey profiles, Microsoft Authenticator, Temporary Access
//! Pass, and the registration campaign.
//!
//! Shapes from the Graph v1.0 reference (checked 2026-12-02): `fido2AuthenticationMethodConfiguration`
//! (`state`, `isSelfServiceRegistrationAllowed`, `defaultPasskeyProfile`, `includeTargets[]` of
//! `passkeyAuthenticationMethodTarget` with `allowedPasskeyProfiles`, `passkeyProfiles[]` of
//! `passkeyProfile`: `id`, `name`, `passkeyTypes` (a flags enum sent as one comma-separated
//! string, `"deviceBound,synced"`), `attestationEnforcement` (`disabled`, `registrationOnly`),
//! `keyRestrictions` (`isEnforced`, `enforcementType` `allow`|`block`, `aaGuids`)). Profiles came
//! to v1.0 in March 2026; a tenant not yet migrated returns no profiles but the deprecated
//! top-level `isAttestationEnforced` and `keyRestrictions`, which are read as one profile the way
//! Microsoft's migration does ("If attestation enforcement is enabled, passkeyType is set to
//! device bound only"). `authenticationMethodsRegistrationCampaign.state` is `default` (shown as
//! "Microsoft managed"), `enabled` or `disabled`; `targetedAuthenticationMethod` is a string that
//! the reference writes `Fido2` and the Entra docs `fido2`, so values are compared in any case.
//! Unknown values (`unknownFutureValue`, anything new) never make a profile stricter or looser
//! than its known values say.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::aaguid::{self, Aaguid};
pub use crate::guide::policy::PasskeyProfile;
use crate::guide::policy::{Enforcement, KeyRestrictions, PasskeyPolicy};

/// What one read of the configuration found. A part Graph would not give (no permission, an
/// error) is `None`, with a line in `unread`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EntraConfiguration {
    pub passkeys: Option<PasskeyMethod>,
    /// Microsoft Authenticator's `state` is `enabled`.
    pub authenticator_enabled: Option<bool>,
    /// Temporary Access Pass's `state` is `enabled`.
    pub temporary_access_pass_enabled: Option<bool>,
    pub campaign: Option<Campaign>,
    /// One line per part that could not be read, saying why.
    pub unread: Vec<String>,
}

/// The Passkey (FIDO2) method.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PasskeyMethod {
    pub enabled: bool,
    pub self_service_registration: bool,
    /// The id of the profile everyone not otherwise targeted gets.
    pub default_profile: String,
    pub profiles: Vec<PasskeyProfile>,
    /// `(group id, profile ids)` of each include target.
    pub targets: Vec<(String, Vec<String>)>,
}

/// The registration campaign (the nudge at sign-in).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    /// `default` (Microsoft managed), `enabled`, `disabled`, or something newer, in lower case.
    pub state: String,
    /// Each include target's `targetedAuthenticationMethod`, in lower case.
    pub targeted_methods: Vec<String>,
}

impl PasskeyMethod {
    pub fn default_profile(&self) -> Option<&PasskeyProfile> {
        self.profiles.iter().find(|p| p.id == self.default_profile).or(self.profiles.first())
    }
}

impl Campaign {
    /// Enabled, or Microsoft managed (which targets passkeys or Authenticator by itself).
    pub fn is_on(&self) -> bool {
        self.state == "enabled" || self.state == "default"
    }

    /// Asks people to register a passkey or Microsoft Authenticator.
    pub fn targets_passkeys_or_authenticator(&self) -> bool {
        self.state == "default"
            || self.targeted_methods.iter().any(|m| m == "fido2" || m == "microsoftauthenticator" || m == "passkey")
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{what} is not in the shape Microsoft Graph documents: {reason}")]
pub struct ShapeError {
    pub what: &'static str,
    pub reason: String,
}

fn shape(what: &'static str, reason: impl Into<String>) -> ShapeError {
    ShapeError { what, reason: reason.into() }
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Fido2Json {
    state: String,
    #[serde(default)]
    is_self_service_registration_allowed: Option<bool>,
    #[serde(default)]
    is_attestation_enforced: Option<bool>,
    #[serde(default)]
    key_restrictions: Option<KeyRestrictionsJson>,
    #[serde(default)]
    default_passkey_profile: Option<String>,
    #[serde(default)]
    include_targets: Vec<TargetJson>,
    #[serde(default)]
    passkey_profiles: Vec<ProfileJson>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct KeyRestrictionsJson {
    #[serde(default)]
    is_enforced: bool,
    #[serde(default)]
    enforcement_type: Option<String>,
    #[serde(default)]
    aa_guids: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TargetJson {
    id: String,
    #[serde(default)]
    allowed_passkey_profiles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProfileJson {
    id: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    passkey_types: Option<String>,
    #[serde(default)]
    attestation_enforcement: Option<String>,
    #[serde(default)]
    key_restrictions: Option<KeyRestrictionsJson>,
}

/// At most this many profiles and AAGUIDs per list are kept (Entra's policy is capped at 20 KB).
const MAX_PROFILES: usize = 100;
const MAX_AAGUIDS: usize = 500;

impl KeyRestrictionsJson {
    fn restrictions(&self) -> KeyRestrictions {
        let enforcement = if self.is_enforced {
            // An enforcement type this version does not know is not guessed at.
            self.enforcement_type.as_deref().and_then(Enforcement::parse)
        } else {
            None
        };
        let aaguids = self.aa_guids.iter().take(MAX_AAGUIDS).filter_map(|a| Aaguid::parse(a).ok()).collect();
        KeyRestrictions { enforcement, aaguids }
    }
}

/// The guide's policy for one profile. Windows Hello counts as enabled where the profile's allow
/// list names a Windows Hello AAGUID and attestation is off (Microsoft: "These AAGUIDs must be
/// explicitly allowed in a passkey profile to enable registration"); without an allow list,
/// `windows_hello` (the tenant's own setting) stays as it is.
fn policy_of(
    types: Option<&str>,
    attestation: bool,
    key_restrictions: KeyRestrictions,
    windows_hello: bool,
) -> PasskeyPolicy {
    let tokens: Vec<String> =
        types.unwrap_or("").split(',').map(|t| t.trim().to_ascii_lowercase()).filter(|t| !t.is_empty()).collect();
    let device_bound = tokens.iter().any(|t| t == "devicebound");
    let synced = tokens.iter().any(|t| t == "synced");
    let (allow_device_bound, allow_synced) = if device_bound || synced { (device_bound, synced) } else { (true, true) };
    let windows_hello = match key_restrictions.enforcement {
        Some(Enforcement::Allow) => {
            !attestation && key_restrictions.aaguids.iter().any(|a| aaguid::WINDOWS_HELLO.contains(a))
        }
        Some(Enforcement::Block) | None => windows_hello,
    };
    PasskeyPolicy {
        allow_synced,
        allow_device_bound,
        enforce_attestation: attestation,
        key_restrictions,
        windows_hello,
    }
}

/// Reads `GET …/authenticationMethodConfigurations/fido2`. `windows_hello` is the tenant's own
/// setting, kept where the configuration cannot tell.
pub fn parse_passkeys(value: &Value, windows_hello: bool) -> Result<PasskeyMethod, ShapeError> {
    let what = "the Passkey (FIDO2) settings";
    let json: Fido2Json = serde_json::from_value(value.clone()).map_err(|e| shape(what, e.to_string()))?;
    let mut profiles: Vec<PasskeyProfile> = json
        .passkey_profiles
        .iter()
        .take(MAX_PROFILES)
        .map(|p| {
            let attestation =
                p.attestation_enforcement.as_deref().is_some_and(|a| a.eq_ignore_ascii_case("registrationOnly"));
            let restrictions = p.key_restrictions.as_ref().map(KeyRestrictionsJson::restrictions).unwrap_or_default();
            PasskeyProfile {
                id: p.id.clone(),
                // Shown to administrators: no control characters, at most 256 characters.
                name: p
                    .name
                    .clone()
                    .unwrap_or_else(|| p.id.clone())
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(256)
                    .collect(),
                policy: policy_of(p.passkey_types.as_deref(), attestation, restrictions, windows_hello),
            }
        })
        .collect();
    if profiles.is_empty() {
        // Not migrated to passkey profiles: the method's own settings are its one profile.
        let attestation = json.is_attestation_enforced.unwrap_or(false);
        let restrictions = json.key_restrictions.as_ref().map(KeyRestrictionsJson::restrictions).unwrap_or_default();
        let types = if attestation { "deviceBound" } else { "deviceBound,synced" };
        profiles.push(PasskeyProfile {
            id: "fido2".to_owned(),
            name: "Passkey (FIDO2)".to_owned(),
            policy: policy_of(Some(types), attestation, restrictions, windows_hello),
        });
    }
    let default_profile = json
        .default_passkey_profile
        .filter(|id| profiles.iter().any(|p| &p.id == id))
        .unwrap_or_else(|| profiles[0].id.clone());
    Ok(PasskeyMethod {
        enabled: json.state.eq_ignore_ascii_case("enabled"),
        self_service_registration: json.is_self_service_registration_allowed.unwrap_or(true),
        default_profile,
        profiles,
        targets: json.include_targets.into_iter().map(|t| (t.id, t.allowed_passkey_profiles)).collect(),
    })
}

/// Reads the `state` of a method's configuration (`enabled` or anything else).
pub fn parse_state(value: &Value, what: &'static str) -> Result<bool, ShapeError> {
    let state = value.get("state").and_then(Value::as_str).ok_or_else(|| shape(what, "no state"))?;
    Ok(state.eq_ignore_ascii_case("enabled"))
}

/// Reads the registration campaign out of `GET /policies/authenticationMethodsPolicy`.
pub fn parse_campaign(value: &Value) -> Result<Campaign, ShapeError> {
    let what = "the registration campaign";
    let campaign = value
        .get("registrationEnforcement")
        .and_then(|r| r.get("authenticationMethodsRegistrationCampaign"))
        .ok_or_else(|| shape(what, "no registrationEnforcement.authenticationMethodsRegistrationCampaign"))?;
    let state = campaign.get("state").and_then(Value::as_str).ok_or_else(|| shape(what, "no state"))?;
    let targeted_methods = campaign
        .get("includeTargets")
        .and_then(Value::as_array)
        .map(|targets| {
            targets
                .iter()
                .filter_map(|t| t.get("targetedAuthenticationMethod").and_then(Value::as_str))
                .map(str::to_ascii_lowercase)
                .collect()
        })
        .unwrap_or_default();
    Ok(Campaign { state: state.to_ascii_lowercase(), targeted_methods })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Graph's documented example (v1.0 "Get fido2AuthenticationMethodConfiguration"), with an
    /// administrators' profile added.
    fn fido2() -> Value {
        json!({
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#authenticationMethodConfigurations/$entity",
            "@odata.type": "#microsoft.graph.fido2AuthenticationMethodConfiguration",
            "id": "Fido2",
            "state": "enabled",
            "isSelfServiceRegistrationAllowed": true,
            "isAttestationEnforced": false,
            "keyRestrictions": { "isEnforced": false, "enforcementType": "block", "aaGuids": [] },
            "defaultPasskeyProfile": "00000000-0000-0000-0000-000000000001",
            "includeTargets": [
                { "targetType": "group", "id": "all_users", "isRegistrationRequired": false,
                  "allowedPasskeyProfiles": ["00000000-0000-0000-0000-000000000001"] },
                { "targetType": "group", "id": "3c2a…admins", "isRegistrationRequired": false,
                  "allowedPasskeyProfiles": ["7d4e0a55-2b1c-4f3e-9a8d-1e2f3a4b5c6d"] }
            ],
            "excludeTargets": [],
            "passkeyProfiles": [
                { "id": "00000000-0000-0000-0000-000000000001", "name": "Default passkey profile",
                  "passkeyTypes": "deviceBound,synced", "attestationEnforcement": "disabled",
                  "keyRestrictions": { "isEnforced": false, "enforcementType": "allow", "aaGuids": [] } },
                { "id": "7d4e0a55-2b1c-4f3e-9a8d-1e2f3a4b5c6d", "name": "Administrators",
                  "passkeyTypes": "deviceBound", "attestationEnforcement": "registrationOnly",
                  "keyRestrictions": { "isEnforced": true, "enforcementType": "allow",
                    "aaGuids": ["90a3ccdf-635c-4729-a248-9b709135078f", "de1e552d-db1d-4423-a619-566b625cdc84"] } }
            ]
        })
    }

    #[test]
    fn passkey_profiles_become_policies() {
        let method = parse_passkeys(&fido2(), false).unwrap();
        assert!(method.enabled && method.self_service_registration);
        assert_eq!(method.profiles.len(), 2);
        let default = method.default_profile().unwrap();
        assert_eq!(default.name, "Default passkey profile");
        assert_eq!(default.policy, PasskeyPolicy::default());
        let admins = &method.profiles[1];
        assert_eq!(
            admins.policy,
            PasskeyPolicy { enforce_attestation: true, ..PasskeyPolicy::authenticator_only() },
            "device-bound, attested, Authenticator only"
        );
        assert_eq!(method.targets[1].1, vec!["7d4e0a55-2b1c-4f3e-9a8d-1e2f3a4b5c6d".to_owned()]);
    }

    #[test]
    fn a_tenant_without_profiles_reads_as_one_profile_the_way_microsoft_migrates_it() {
        let old = json!({
            "id": "Fido2", "state": "disabled", "isSelfServiceRegistrationAllowed": false,
            "isAttestationEnforced": true,
            "keyRestrictions": { "isEnforced": true, "enforcementType": "block",
                                 "aaGuids": ["fbfc3007-154e-4ecc-8c0b-6e020557d7bd"] },
            "includeTargets": [{ "targetType": "group", "id": "all_users", "isRegistrationRequired": false }],
            "excludeTargets": []
        });
        let method = parse_passkeys(&old, true).unwrap();
        assert!(!method.enabled && !method.self_service_registration);
        let profile = method.default_profile().unwrap();
        assert!(profile.policy.enforce_attestation && !profile.policy.allow_synced);
        assert_eq!(profile.policy.key_restrictions.enforcement, Some(Enforcement::Block));
        assert!(profile.policy.windows_hello, "a block list leaves the tenant's own Windows Hello setting");
    }

    #[test]
    fn unknown_values_change_nothing_they_do_not_name() {
        let mut value = fido2();
        value["passkeyProfiles"][0]["passkeyTypes"] = json!("unknownFutureValue");
        value["passkeyProfiles"][0]["attestationEnforcement"] = json!("unknownFutureValue");
        value["passkeyProfiles"][1]["keyRestrictions"]["enforcementType"] = json!("unknownFutureValue");
        value["passkeyProfiles"][1]["keyRestrictions"]["aaGuids"] =
            json!(["not-a-guid", "90a3ccdf-635c-4729-a248-9b709135078f"]);
        value["defaultPasskeyProfile"] = json!("no-such-profile");
        let method = parse_passkeys(&value, false).unwrap();
        assert_eq!(method.profiles[0].policy, PasskeyPolicy::default());
        assert_eq!(method.profiles[1].policy.key_restrictions.enforcement, None);
        assert_eq!(method.profiles[1].policy.key_restrictions.aaguids.len(), 1);
        assert_eq!(method.default_profile, method.profiles[0].id, "an unknown default falls back to the first");
        assert!(parse_passkeys(&json!({"id": "Fido2"}), false).is_err(), "no state");
        assert!(parse_passkeys(&json!([1, 2]), false).is_err());
    }

    #[test]
    fn windows_hello_is_enabled_by_an_allow_list_that_names_it_without_attestation() {
        let mut value = fido2();
        value["passkeyProfiles"][1]["attestationEnforcement"] = json!("disabled");
        value["passkeyProfiles"][1]["keyRestrictions"]["aaGuids"] =
            json!(["90a3ccdf-635c-4729-a248-9b709135078f", "08987058-cadc-4b81-b6e1-30de50dcbe96"]);
        assert!(parse_passkeys(&value, false).unwrap().profiles[1].policy.windows_hello);
        value["passkeyProfiles"][1]["attestationEnforcement"] = json!("registrationOnly");
        assert!(!parse_passkeys(&value, true).unwrap().profiles[1].policy.windows_hello);
    }

    #[test]
    fn the_campaign_is_read_in_any_case() {
        let policy = json!({
            "id": "authenticationMethodsPolicy",
            "registrationEnforcement": { "authenticationMethodsRegistrationCampaign": {
                "snoozeDurationInDays": 1, "enforceRegistrationAfterAllowedSnoozes": true, "state": "enabled",
                "excludeTargets": [],
                "includeTargets": [{ "id": "all_users", "targetType": "group", "targetedAuthenticationMethod": "Fido2" }]
            } }
        });
        let campaign = parse_campaign(&policy).unwrap();
        assert!(campaign.is_on() && campaign.targets_passkeys_or_authenticator());
        let managed = Campaign { state: "default".into(), targeted_methods: vec![] };
        assert!(managed.is_on() && managed.targets_passkeys_or_authenticator());
        let sms = Campaign { state: "enabled".into(), targeted_methods: vec!["sms".into()] };
        assert!(!sms.targets_passkeys_or_authenticator());
        assert!(parse_campaign(&json!({"id": "authenticationMethodsPolicy"})).is_err());
        assert!(parse_state(&json!({"state": "Enabled"}), "x").unwrap());
    }
}
