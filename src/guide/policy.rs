//! The tenant's passkey policy, as set in Entra's "Passkey (FIDO2)" authentication method.

use serde::{Deserialize, Serialize};

use super::flow::{Credential, Flow};
use crate::domain::flow_id::FlowId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyPolicy {
    /// Synced passkeys (iCloud Keychain, Google Password Manager) are allowed; otherwise only
    /// device-bound ones.
    pub allow_synced: bool,
    /// Entra checks attestation, which synced passkeys and Windows Hello cannot give.
    pub enforce_attestation: bool,
    /// Key restrictions allow only Microsoft Authenticator's AAGUIDs.
    pub require_authenticator: bool,
    /// IT has enabled Microsoft Entra passkeys in Windows Hello: a passkey profile that allows
    /// the Windows Hello AAGUIDs, without enforced attestation. Off unless IT says so: without
    /// it, registration in Windows Hello fails ("These AAGUIDs must be explicitly allowed in a
    /// passkey profile to enable registration", how-to-authentication-entra-passkeys-on-windows,
    /// ms.date 2026-07-05, checked 2026-12-02).
    pub windows_hello: bool,
}

impl Default for PasskeyPolicy {
    /// Both device-bound and synced passkeys, no attestation: every flow is reachable.
    fn default() -> Self {
        PasskeyPolicy {
            allow_synced: true,
            enforce_attestation: false,
            require_authenticator: false,
            windows_hello: false,
        }
    }
}

/// Why a policy rules a flow out: each is a setting in Entra's Passkey (FIDO2) method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Only device-bound passkeys are allowed; the flow saves a synced one.
    Synced,
    /// Attestation is enforced; the flow's passkey cannot be attested.
    Attestation,
    /// Key restrictions allow only Microsoft Authenticator.
    AuthenticatorOnly,
    /// IT has not enabled Microsoft Entra passkeys in Windows Hello.
    WindowsHelloOff,
}

impl Refusal {
    /// The Fluent message that explains the refusal to an employee.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::Synced => "guide-refused-synced",
            Refusal::Attestation => "guide-refused-attestation",
            Refusal::AuthenticatorOnly => "guide-refused-authenticator-only",
            Refusal::WindowsHelloOff => "guide-refused-windows-hello-off",
        }
    }
}

impl PasskeyPolicy {
    /// Whether a person following `flow` ends up with a passkey Entra will accept.
    pub fn allows(&self, flow: &Flow) -> bool {
        self.refusal(flow).is_none()
    }

    /// Why the policy rules `flow` out, if it does.
    pub fn refusal(&self, flow: &Flow) -> Option<Refusal> {
        if self.require_authenticator && !flow.id.uses_authenticator() {
            return Some(Refusal::AuthenticatorOnly);
        }
        if flow.id == FlowId::WindowsHello && !self.windows_hello {
            return Some(Refusal::WindowsHelloOff);
        }
        match flow.credential {
            Credential::DeviceBoundAttested => None,
            Credential::DeviceBound | Credential::Synced if self.enforce_attestation => Some(Refusal::Attestation),
            Credential::Synced if !self.allow_synced => Some(Refusal::Synced),
            Credential::DeviceBound | Credential::Synced => None,
        }
    }
}
