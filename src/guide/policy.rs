//! The tenant's passkey policy, as set in Entra's "Passkey (FIDO2)" authentication method: one
//! passkey profile (passkey types, attestation, key restrictions) and whether IT has enabled
//! Microsoft Entra passkeys in Windows Hello.

use serde::{Deserialize, Serialize};

use super::flow::{Credential, Flow};
use crate::domain::flow_id::FlowId;
use crate::entra::aaguid::{self, Aaguid};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyPolicy {
    /// The profile's passkey types include "synced" (iCloud Keychain, Google Password Manager).
    pub allow_synced: bool,
    /// The profile's passkey types include "deviceBound" (Authenticator, security keys, Windows
    /// Hello).
    pub allow_device_bound: bool,
    /// Entra checks attestation, which synced passkeys and Windows Hello cannot give.
    pub enforce_attestation: bool,
    /// The profile's allow or block list of AAGUIDs.
    pub key_restrictions: KeyRestrictions,
    /// IT has enabled Microsoft Entra passkeys in Windows Hello: a passkey profile that allows
    /// the Windows Hello AAGUIDs, without enforced attestation. Off unless IT says so: without
    /// it, registration in Windows Hello fails ("These AAGUIDs must be explicitly allowed in a
    /// passkey profile to enable registration", how-to-authentication-entra-passkeys-on-windows,
    /// ms.date 2026-07-05, checked 2026-12-02).
    pub windows_hello: bool,
}

/// One of Entra's passkey profiles: a policy with Entra's id and name for it. A guide link
/// names it with `?p=ID`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyProfile {
    pub id: String,
    pub name: String,
    pub policy: PasskeyPolicy,
}

impl PasskeyProfile {
    /// Whether `value` can be a profile id in a link: Entra's are GUIDs; hand-made ones are
    /// 1 to 64 letters, digits and hyphens.
    pub fn is_id(value: &str) -> bool {
        (1..=64).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    }
}

/// Entra's `keyRestrictions`: when enforced, only the listed AAGUIDs (`allow`) or every AAGUID
/// but the listed ones (`block`) can register.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyRestrictions {
    /// `None`: not enforced.
    pub enforcement: Option<Enforcement>,
    pub aaguids: Vec<Aaguid>,
}

/// Entra's `enforcementType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Enforcement {
    Allow,
    Block,
}

impl Enforcement {
    pub fn as_str(self) -> &'static str {
        match self {
            Enforcement::Allow => "allow",
            Enforcement::Block => "block",
        }
    }

    /// `allow` or `block`, as Graph writes them, in any case.
    pub fn parse(value: &str) -> Option<Enforcement> {
        [Enforcement::Allow, Enforcement::Block].into_iter().find(|e| e.as_str().eq_ignore_ascii_case(value.trim()))
    }
}

impl KeyRestrictions {
    /// No restriction.
    pub const NONE: KeyRestrictions = KeyRestrictions { enforcement: None, aaguids: Vec::new() };

    /// Only Microsoft Authenticator (iOS and Android).
    pub fn authenticator_only() -> KeyRestrictions {
        KeyRestrictions { enforcement: Some(Enforcement::Allow), aaguids: aaguid::AUTHENTICATOR.to_vec() }
    }

    /// `off`, `allow` or `block`: how the settings form, the command line and the database
    /// name the restriction.
    pub fn kind(&self) -> &'static str {
        self.enforcement.map_or("off", Enforcement::as_str)
    }

    /// The AAGUIDs written out, joined by `separator`.
    pub fn aaguids_joined(&self, separator: &str) -> String {
        self.aaguids.iter().map(ToString::to_string).collect::<Vec<_>>().join(separator)
    }

    /// Whether a passkey with this AAGUID may register.
    pub fn admits(&self, aaguid: &Aaguid) -> bool {
        match self.enforcement {
            None => true,
            Some(Enforcement::Allow) => self.aaguids.contains(aaguid),
            Some(Enforcement::Block) => !self.aaguids.contains(aaguid),
        }
    }

    /// Whether some security key may register: an allow list must name at least one AAGUID
    /// that is not a phone's, a computer's or a password manager's (a block list cannot name
    /// every model there is).
    pub fn admits_some_security_key(&self) -> bool {
        match self.enforcement {
            Some(Enforcement::Allow) => self.aaguids.iter().any(|a| !aaguid::is_platform_or_app(a)),
            None | Some(Enforcement::Block) => true,
        }
    }

    /// Whether the list is exactly "Microsoft Authenticator only" (either or both of its AAGUIDs).
    pub fn is_authenticator_only(&self) -> bool {
        self.enforcement == Some(Enforcement::Allow)
            && !self.aaguids.is_empty()
            && self.aaguids.iter().all(|a| aaguid::AUTHENTICATOR.contains(a))
    }
}

impl Default for PasskeyPolicy {
    /// Both device-bound and synced passkeys, no attestation, no key restrictions: every flow
    /// but Windows Hello (which IT must enable) is reachable.
    fn default() -> Self {
        PasskeyPolicy {
            allow_synced: true,
            allow_device_bound: true,
            enforce_attestation: false,
            key_restrictions: KeyRestrictions::NONE,
            windows_hello: false,
        }
    }
}

/// Why a policy rules a flow out: each is a setting in Entra's Passkey (FIDO2) method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Only device-bound passkeys are allowed; the flow saves a synced one.
    Synced,
    /// Only synced passkeys are allowed; the flow saves a device-bound one.
    DeviceBound,
    /// Attestation is enforced; the flow's passkey cannot be attested.
    Attestation,
    /// Key restrictions allow only Microsoft Authenticator.
    AuthenticatorOnly,
    /// Key restrictions leave out the flow's provider.
    KeyRestrictions,
    /// IT has not enabled Microsoft Entra passkeys in Windows Hello.
    WindowsHelloOff,
}

impl Refusal {
    /// The Fluent message that explains the refusal to an employee.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::Synced => "guide-refused-synced",
            Refusal::DeviceBound => "guide-refused-device-bound",
            Refusal::Attestation => "guide-refused-attestation",
            Refusal::AuthenticatorOnly => "guide-refused-authenticator-only",
            Refusal::KeyRestrictions => "guide-refused-key-restrictions",
            Refusal::WindowsHelloOff => "guide-refused-windows-hello-off",
        }
    }
}

impl PasskeyPolicy {
    /// Device-bound passkeys in Microsoft Authenticator only: key restrictions that allow its
    /// two AAGUIDs.
    pub fn authenticator_only() -> PasskeyPolicy {
        PasskeyPolicy {
            allow_synced: false,
            key_restrictions: KeyRestrictions::authenticator_only(),
            ..PasskeyPolicy::default()
        }
    }

    /// Whether a person following `flow` ends up with a passkey Entra will accept.
    pub fn allows(&self, flow: &Flow) -> bool {
        self.refusal(flow).is_none()
    }

    /// Why the policy rules `flow` out, if it does.
    pub fn refusal(&self, flow: &Flow) -> Option<Refusal> {
        if !self.key_restrictions_admit(flow.id) {
            return Some(if self.key_restrictions.is_authenticator_only() {
                Refusal::AuthenticatorOnly
            } else {
                Refusal::KeyRestrictions
            });
        }
        if flow.id == FlowId::WindowsHello && !self.windows_hello {
            return Some(Refusal::WindowsHelloOff);
        }
        match flow.credential {
            Credential::DeviceBound | Credential::Synced if self.enforce_attestation => Some(Refusal::Attestation),
            Credential::Synced if !self.allow_synced => Some(Refusal::Synced),
            Credential::DeviceBound | Credential::DeviceBoundAttested if !self.allow_device_bound => {
                Some(Refusal::DeviceBound)
            }
            Credential::DeviceBound | Credential::DeviceBoundAttested | Credential::Synced => None,
        }
    }

    /// Whether the key restrictions let the passkey `flow` makes register: one of the AAGUIDs
    /// its provider uses (the computer-plus-phone walkthrough works with either Authenticator),
    /// or for a security key, some model.
    fn key_restrictions_admit(&self, flow: FlowId) -> bool {
        match aaguid::of_flow(flow) {
            Some(aaguids) => aaguids.iter().any(|a| self.key_restrictions.admits(a)),
            None => self.key_restrictions.admits_some_security_key(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::catalog;

    fn allowed(policy: &PasskeyPolicy) -> Vec<FlowId> {
        FlowId::ALL.into_iter().filter(|f| policy.allows(catalog::flow(*f))).collect()
    }

    fn list(enforcement: Enforcement, aaguids: &[&str]) -> KeyRestrictions {
        KeyRestrictions {
            enforcement: Some(enforcement),
            aaguids: aaguids.iter().map(|a| Aaguid::parse(a).unwrap()).collect(),
        }
    }

    #[test]
    fn an_allow_list_of_authenticator_leaves_its_walkthroughs_and_says_so() {
        let policy = PasskeyPolicy::authenticator_only();
        use FlowId::*;
        assert_eq!(allowed(&policy), vec![IphoneAuthenticator, Samsung, AndroidAuthenticator, CrossDevice]);
        assert_eq!(policy.refusal(catalog::flow(SecurityKey)), Some(Refusal::AuthenticatorOnly));
        // Only the iOS app allowed: the Android walkthroughs go, the computer's phone stays.
        let ios = PasskeyPolicy {
            key_restrictions: list(Enforcement::Allow, &["90a3ccdf-635c-4729-a248-9b709135078f"]),
            ..PasskeyPolicy::default()
        };
        assert_eq!(allowed(&ios), vec![IphoneAuthenticator, CrossDevice]);
    }

    #[test]
    fn an_allow_list_with_a_security_key_model_keeps_security_keys() {
        // Microsoft Authenticator (Android) and a YubiKey 5 series model.
        let policy = PasskeyPolicy {
            key_restrictions: list(
                Enforcement::Allow,
                &["de1e552d-db1d-4423-a619-566b625cdc84", "ee882879-721c-4913-9775-3dfcce97072a"],
            ),
            ..PasskeyPolicy::default()
        };
        use FlowId::*;
        assert_eq!(allowed(&policy), vec![Samsung, AndroidAuthenticator, SecurityKey, CrossDevice]);
        assert_eq!(policy.refusal(catalog::flow(Mac)), Some(Refusal::KeyRestrictions));
    }

    #[test]
    fn a_block_list_removes_only_what_it_names() {
        // Block iCloud Keychain (both AAGUIDs).
        let policy = PasskeyPolicy {
            key_restrictions: list(
                Enforcement::Block,
                &["fbfc3007-154e-4ecc-8c0b-6e020557d7bd", "dd4ec289-e01d-41c9-bb89-70fa845d4bf2"],
            ),
            windows_hello: true,
            ..PasskeyPolicy::default()
        };
        use FlowId::*;
        assert_eq!(
            allowed(&policy),
            vec![IphoneAuthenticator, Samsung, Android, AndroidAuthenticator, WindowsHello, SecurityKey, CrossDevice]
        );
    }

    #[test]
    fn windows_hello_needs_it_enabled_and_its_aaguids_through_the_list() {
        let mut policy = PasskeyPolicy {
            windows_hello: true,
            key_restrictions: list(Enforcement::Allow, &["90a3ccdf-635c-4729-a248-9b709135078f"]),
            ..PasskeyPolicy::default()
        };
        assert!(!policy.allows(catalog::flow(FlowId::WindowsHello)));
        policy.key_restrictions.aaguids.push(Aaguid::parse("08987058-cadc-4b81-b6e1-30de50dcbe96").unwrap());
        assert!(policy.allows(catalog::flow(FlowId::WindowsHello)));
        policy.windows_hello = false;
        assert_eq!(policy.refusal(catalog::flow(FlowId::WindowsHello)), Some(Refusal::WindowsHelloOff));
    }

    #[test]
    fn synced_only_rules_out_every_device_bound_passkey() {
        let policy = PasskeyPolicy { allow_device_bound: false, windows_hello: true, ..PasskeyPolicy::default() };
        use FlowId::*;
        assert_eq!(allowed(&policy), vec![IphoneIcloud, Android, Mac]);
        assert_eq!(policy.refusal(catalog::flow(Samsung)), Some(Refusal::DeviceBound));
    }
}
