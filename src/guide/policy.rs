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
}

impl Default for PasskeyPolicy {
    /// Both device-bound and synced passkeys, no attestation: every flow is reachable.
    fn default() -> Self {
        PasskeyPolicy { allow_synced: true, enforce_attestation: false, require_authenticator: false }
    }
}

impl PasskeyPolicy {
    /// Whether a person following `flow` ends up with a passkey Entra will accept.
    pub fn allows(&self, flow: &Flow) -> bool {
        if self.require_authenticator && !uses_authenticator(flow.id) {
            return false;
        }
        match flow.credential {
            Credential::DeviceBoundAttested => true,
            Credential::DeviceBound => !self.enforce_attestation,
            Credential::Synced => self.allow_synced && !self.enforce_attestation,
        }
    }
}

fn uses_authenticator(flow: FlowId) -> bool {
    matches!(flow, FlowId::IphoneAuthenticator | FlowId::Samsung | FlowId::AndroidAuthenticator | FlowId::CrossDevice)
}
