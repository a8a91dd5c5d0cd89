//! What a sign-in with Microsoft needs between the redirect to the provider and the callback:
//! the `state`, the `nonce`, the PKCE verifier and the redirect URI, sealed into a short-lived
//! cookie. Only this installation can read or forge it: it is sealed (XChaCha20-Poly1305) under
//! a key derived from the client secret, which every instance of the installation shares, so a
//! callback may reach another instance behind a load balancer than the one that sent it off.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretBox, SecretString};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// A sign-in must come back within ten minutes of starting.
pub const LIFETIME_MS: i64 = 10 * 60 * 1000;
const NONCE_BYTES: usize = 24;
/// Sealed values are tagged with the key's purpose, so a key for another use never opens them.
const KEY_LABEL: &[u8] = b"passkey-guide oidc sign-in flow v1";

/// A sign-in that was sent to the provider and has not come back yet.
#[derive(Serialize, Deserialize)]
pub struct PendingFlow {
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
    /// The redirect URI sent with the authorization request; the token request repeats it.
    pub redirect_uri: String,
    pub started_ms: i64,
}

impl std::fmt::Debug for PendingFlow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingFlow").field("started_ms", &self.started_ms).finish_non_exhaustive()
    }
}

/// The key that seals pending flows.
pub struct FlowKey(SecretBox<[u8; 32]>);

impl FlowKey {
    /// HMAC-SHA256 of a fixed label under the client secret.
    pub fn derive(client_secret: &SecretString) -> FlowKey {
        let mut key = [0u8; 32];
        // HMAC takes keys of any length, so this cannot fail; a zero key would only make every
        // flow cookie fail to open elsewhere.
        if let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(client_secret.expose_secret().as_bytes()) {
            mac.update(KEY_LABEL);
            key.copy_from_slice(&mac.finalize().into_bytes());
        }
        FlowKey(SecretBox::new(Box::new(key)))
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.0.expose_secret().into())
    }

    /// The cookie value: base64url of a random nonce and the sealed JSON.
    pub fn seal(&self, flow: &PendingFlow) -> String {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let plain = serde_json::to_vec(flow).unwrap_or_default();
        let sealed = self.cipher().encrypt(XNonce::from_slice(&nonce), plain.as_slice()).unwrap_or_default();
        let mut out = Vec::with_capacity(NONCE_BYTES + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        URL_SAFE_NO_PAD.encode(out)
    }

    /// The flow in a cookie value, if this installation sealed it and it is not older than
    /// `LIFETIME_MS` at `now_ms`.
    pub fn open(&self, value: &str, now_ms: i64) -> Option<PendingFlow> {
        let bytes = URL_SAFE_NO_PAD.decode(value.as_bytes()).ok()?;
        if bytes.len() <= NONCE_BYTES {
            return None;
        }
        let (nonce, sealed) = bytes.split_at(NONCE_BYTES);
        let plain = self.cipher().decrypt(XNonce::from_slice(nonce), sealed).ok()?;
        let flow: PendingFlow = serde_json::from_slice(&plain).ok()?;
        let age = now_ms - flow.started_ms;
        (0..=LIFETIME_MS).contains(&age).then_some(flow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flow(started_ms: i64) -> PendingFlow {
        PendingFlow {
            state: "s".into(),
            nonce: "n".into(),
            pkce_verifier: "v".into(),
            redirect_uri: "https://guide.example/admin/oidc/callback".into(),
            started_ms,
        }
    }

    #[test]
    fn a_sealed_flow_opens_with_the_same_secret_until_it_is_too_old() {
        let key = FlowKey::derive(&SecretString::from("client secret"));
        let sealed = key.seal(&flow(1_000));
        assert_eq!(key.open(&sealed, 1_000).unwrap().nonce, "n");
        assert_eq!(key.open(&sealed, 1_000 + LIFETIME_MS).unwrap().state, "s");
        assert!(key.open(&sealed, 1_001 + LIFETIME_MS).is_none());
        assert!(key.open(&sealed, 999).is_none());
        let other = FlowKey::derive(&SecretString::from("another secret"));
        assert!(other.open(&sealed, 1_000).is_none());
    }

    #[test]
    fn a_changed_cookie_does_not_open() {
        let key = FlowKey::derive(&SecretString::from("client secret"));
        let mut sealed = key.seal(&flow(0)).into_bytes();
        let last = sealed.len() - 2;
        sealed[last] = if sealed[last] == b'A' { b'B' } else { b'A' };
        assert!(key.open(std::str::from_utf8(&sealed).unwrap(), 0).is_none());
        assert!(key.open("", 0).is_none());
        assert!(key.open("not base64!", 0).is_none());
    }
}
