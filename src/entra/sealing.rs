//! Client secrets at rest: sealed with XChaCha20-Poly1305 under a key that lives only in the
//! environment (`PASSKEY_GUIDE_SECRET_KEY`, 32 random bytes in base64 or hex), never in the
//! database. A copy of the database alone reveals no secret, and a sealed value moved to another
//! tenant's row does not open (the tenant id is authenticated with it).

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretBox, SecretString};

const NONCE_BYTES: usize = 24;
/// Sealed values start with this version byte, so a later scheme can be told apart.
const VERSION: u8 = 1;

/// The installation's key for secrets at rest.
#[derive(Clone)]
pub struct SealingKey(std::sync::Arc<SecretBox<[u8; 32]>>);

impl std::fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealingKey(…)")
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SealingError {
    #[error(
        "PASSKEY_GUIDE_SECRET_KEY must be 32 random bytes in base64 or hex (for example the output of \
         `openssl rand -base64 32`)"
    )]
    Key,
    #[error("the stored secret does not open with this PASSKEY_GUIDE_SECRET_KEY; enter the client secret again")]
    Open,
}

impl std::str::FromStr for SealingKey {
    type Err = SealingError;

    fn from_str(value: &str) -> Result<SealingKey, SealingError> {
        use base64::Engine;
        let value = value.trim();
        let bytes = if value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit()) {
            hex::decode(value).map_err(|_| SealingError::Key)?
        } else {
            base64::engine::general_purpose::STANDARD.decode(value).map_err(|_| SealingError::Key)?
        };
        let key: [u8; 32] = bytes.try_into().map_err(|_| SealingError::Key)?;
        Ok(SealingKey(std::sync::Arc::new(SecretBox::new(Box::new(key)))))
    }
}

impl SealingKey {
    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.0.expose_secret().into())
    }

    /// Seals `secret` for the row of `tenant_id`: version, random nonce, ciphertext and tag.
    pub fn seal(&self, tenant_id: i64, secret: &SecretString) -> Vec<u8> {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let aad = associated_data(tenant_id);
        let payload = Payload { msg: secret.expose_secret().as_bytes(), aad: &aad };
        // Encryption cannot fail for inputs of this size; an empty result would not open later.
        let sealed = self.cipher().encrypt(XNonce::from_slice(&nonce), payload).unwrap_or_default();
        let mut out = Vec::with_capacity(1 + NONCE_BYTES + sealed.len());
        out.push(VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        out
    }

    pub fn open(&self, tenant_id: i64, sealed: &[u8]) -> Result<SecretString, SealingError> {
        let [VERSION, rest @ ..] = sealed else { return Err(SealingError::Open) };
        if rest.len() <= NONCE_BYTES {
            return Err(SealingError::Open);
        }
        let (nonce, ciphertext) = rest.split_at(NONCE_BYTES);
        let aad = associated_data(tenant_id);
        let plain = self
            .cipher()
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad: &aad })
            .map_err(|_| SealingError::Open)?;
        String::from_utf8(plain).map(SecretString::from).map_err(|_| SealingError::Open)
    }
}

fn associated_data(tenant_id: i64) -> Vec<u8> {
    format!("passkey-guide graph client secret, tenant {tenant_id}").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "PdHJyCuZPoqTpqACuLz130wAGv9is2R1B5RNY9ygH+g=";

    fn key() -> SealingKey {
        KEY.parse().unwrap()
    }

    #[test]
    fn a_sealed_secret_opens_only_with_its_key_and_its_tenant() {
        let secret = SecretString::from("Xq8~not-a-real-secret.9zT".to_owned());
        let sealed = key().seal(7, &secret);
        assert!(!sealed.windows(8).any(|w| w == b"not-a-re"), "the secret is not stored in clear");
        assert_eq!(key().open(7, &sealed).unwrap().expose_secret(), secret.expose_secret());
        assert_eq!(key().open(8, &sealed).unwrap_err(), SealingError::Open, "another tenant's row");
        let other: SealingKey = "0000000000000000000000000000000000000000000000000000000000000001".parse().unwrap();
        assert_eq!(other.open(7, &sealed).unwrap_err(), SealingError::Open, "another key");
        let mut tampered = sealed.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert_eq!(key().open(7, &tampered).unwrap_err(), SealingError::Open);
        assert_ne!(key().seal(7, &secret), sealed, "a fresh nonce every time");
    }

    #[test]
    fn keys_that_are_not_32_bytes_are_refused() {
        for bad in ["", "short", "aGVsbG8=", &"ab".repeat(31), &"zz".repeat(32)] {
            assert_eq!(bad.parse::<SealingKey>().unwrap_err(), SealingError::Key, "{bad:?}");
        }
        assert!(format!("{:?}", key()).ends_with("(…)"), "the key never reaches a log");
    }
}
