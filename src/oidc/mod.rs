//! "Sign in with Microsoft" for existing administrators: OpenID Connect's authorization code flow
//! with PKCE (S256), `state` and `nonce`, against the issuer IT configures. The `openidconnect`
//! crate reads the issuer's discovery document and signing keys, exchanges the code at the token
//! endpoint and checks the ID token's signature, issuer, audience, nonce and expiry; this module
//! keeps the flow between redirect and callback (`flow`) and says whom the token names.
//!
//! Sources (checked 2026-12-03):
//! - OpenID Connect Core 1.0, §3.1 (code flow), §3.1.3.7 (ID token validation):
//!   <https://openid.net/specs/openid-connect-core-1_0.html>
//! - OpenID Connect Discovery 1.0 (`{issuer}/.well-known/openid-configuration`, the issuer in
//!   the document must equal the configured one): <https://openid.net/specs/openid-connect-discovery-1_0.html>
//! - RFC 7636 (PKCE, S256): <https://www.rfc-editor.org/rfc/rfc7636>
//! - Microsoft identity platform and OpenID Connect (authority
//!   `https://login.microsoftonline.com/{tenant}/v2.0`, its discovery document):
//!   <https://learn.microsoft.com/en-us/entra/identity-platform/v2-protocols-oidc>
//! - ID token claims (`aud` must be the application id; `email` and `preferred_username` are
//!   mutable, `roles` are the app roles assigned to the user):
//!   <https://learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference>
//! - The `openidconnect` crate (do not follow redirects, against SSRF): <https://docs.rs/openidconnect/4.1.0>

pub mod flow;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, bail};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata};
use openidconnect::{
    AccessTokenHash, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet,
    EndpointNotSet, EndpointSet, IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier,
    RedirectUrl, RequestTokenError, Scope, TokenResponse,
};
use secrecy::{ExposeSecret, SecretString};

use crate::cli::ServeArgs;
use crate::db::admins::Role;
use flow::{FlowKey, PendingFlow};

/// A discovery document and its keys are read again after an hour (keys rotate).
const FRESH_MS: i64 = 60 * 60 * 1000;
/// After a failed discovery, the sign-in page asks again at most this often.
const RETRY_MS: i64 = 30 * 1000;
/// Longest wait for the provider on any one request.
const HTTP_TIMEOUT: Duration = Duration::from_secs(10);

/// The configuration of "Sign in with Microsoft", checked at start.
#[derive(Clone, Debug)]
pub struct OidcSettings {
    pub issuer: IssuerUrl,
    pub client_id: String,
    pub client_secret: SecretString,
    /// The ID token claim that must name the administrator's role (or a higher one).
    pub role_claim: Option<String>,
}

impl OidcSettings {
    /// `None` when `--oidc-issuer` is not given; an error names the flag that is wrong.
    pub fn from_args(args: &ServeArgs) -> anyhow::Result<Option<OidcSettings>> {
        let issuer = args.oidc_issuer.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let client_id = args.oidc_client_id.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let (issuer, client_id) = match (issuer, client_id) {
            (None, None) if args.oidc_role_claim.is_none() => return Ok(None),
            (Some(issuer), Some(client_id)) => (issuer, client_id),
            _ => bail!("--oidc-issuer and --oidc-client-id must be given together"),
        };
        let url = url::Url::parse(issuer).with_context(|| format!("--oidc-issuer: {issuer:?} is not a URL"))?;
        let loopback = match url.host() {
            Some(url::Host::Domain(d)) => d == "localhost",
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        };
        if !(url.scheme() == "https" || (url.scheme() == "http" && loopback)) || url.host().is_none() {
            bail!(
                "--oidc-issuer must be an https URL such as https://login.microsoftonline.com/TENANT-ID/v2.0, got {issuer:?}"
            );
        }
        // The issuer is compared with the discovery document's and the token's as a string.
        let issuer = IssuerUrl::new(issuer.to_owned()).with_context(|| format!("--oidc-issuer: {issuer:?}"))?;
        let client_secret =
            args.oidc_client_secret.clone().filter(|s| !s.expose_secret().trim().is_empty()).context(
                "--oidc-issuer needs the app registration's client secret in PASSKEY_GUIDE_OIDC_CLIENT_SECRET",
            )?;
        let role_claim = args.oidc_role_claim.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned);
        Ok(Some(OidcSettings { issuer, client_id: client_id.to_owned(), client_secret, role_claim }))
    }
}

/// Why a sign-in with Microsoft did not succeed. The web layer shows each as a message and a
/// status; none of them carries a token or a code.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("the provider's discovery document or keys could not be read")]
    Unavailable,
    #[error("the provider answered with an error: {0}")]
    Refused(String),
    #[error("the sign-in expired or did not start here")]
    Expired,
    #[error("the provider's answer did not verify: {0}")]
    Unverified(&'static str),
    #[error("the ID token names no email address")]
    NoEmail,
}

/// Whom a verified ID token names.
#[derive(Debug)]
pub struct SignedIn {
    /// `email`, else `preferred_username`, normalised as administrators' emails are.
    pub email: String,
    /// The roles in the configured role claim; `None` when no role claim is configured.
    pub roles: Option<Vec<Role>>,
}

/// A client made from a discovery document: its authorization endpoint is known, its token and
/// user info endpoints may be.
type DiscoveredClient =
    CoreClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointMaybeSet, EndpointMaybeSet>;

enum Discovery {
    NotYet,
    Ready { metadata: Arc<CoreProviderMetadata>, at_ms: i64 },
    Failed { at_ms: i64 },
}

/// The configured provider, its discovery document once read, and the key for flow cookies.
pub struct Provider {
    settings: OidcSettings,
    http: openidconnect::reqwest::Client,
    key: FlowKey,
    discovery: Mutex<Discovery>,
    refreshing: AtomicBool,
}

impl std::fmt::Debug for Provider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Provider").field("issuer", &self.settings.issuer.as_str()).finish_non_exhaustive()
    }
}

impl Provider {
    pub fn new(settings: OidcSettings) -> anyhow::Result<Provider> {
        let http = openidconnect::reqwest::Client::builder()
            // The crate's advice: following redirects opens the client to SSRF.
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(HTTP_TIMEOUT)
            .build()
            .context("could not build the HTTP client for sign-in with Microsoft")?;
        let key = FlowKey::derive(&settings.client_secret);
        Ok(Provider {
            settings,
            http,
            key,
            discovery: Mutex::new(Discovery::NotYet),
            refreshing: AtomicBool::new(false),
        })
    }

    pub fn issuer(&self) -> &str {
        self.settings.issuer.as_str()
    }

    /// Whether the sign-in page offers the button: not after a failed discovery. A failure older
    /// than `RETRY_MS`, or a document older than `FRESH_MS`, is read again in the background.
    pub fn available(self: &Arc<Self>, now_ms: i64) -> bool {
        let (available, stale) = match &*self.lock() {
            Discovery::NotYet => (true, true),
            Discovery::Ready { at_ms, .. } => (true, now_ms - at_ms >= FRESH_MS),
            Discovery::Failed { at_ms } => (false, now_ms - at_ms >= RETRY_MS),
        };
        if stale && !self.refreshing.swap(true, Ordering::AcqRel) {
            let provider = Arc::clone(self);
            tokio::spawn(async move {
                // The outcome is kept in `discovery`; a failure is logged there.
                let _ = provider.discover(now_ms).await;
                provider.refreshing.store(false, Ordering::Release);
            });
        }
        available
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Discovery> {
        self.discovery.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Reads the discovery document and the keys it names, and keeps them.
    pub async fn discover(&self, now_ms: i64) -> Result<Arc<CoreProviderMetadata>, OidcError> {
        match CoreProviderMetadata::discover_async(self.settings.issuer.clone(), &self.http).await {
            Ok(metadata) => {
                let metadata = Arc::new(metadata);
                *self.lock() = Discovery::Ready { metadata: Arc::clone(&metadata), at_ms: now_ms };
                tracing::info!(issuer = self.issuer(), "read the sign-in provider's discovery document");
                Ok(metadata)
            }
            Err(error) => {
                *self.lock() = Discovery::Failed { at_ms: now_ms };
                tracing::warn!(issuer = self.issuer(), %error, "sign-in with Microsoft is unavailable: discovery failed");
                Err(OidcError::Unavailable)
            }
        }
    }

    async fn metadata(&self, now_ms: i64) -> Result<Arc<CoreProviderMetadata>, OidcError> {
        let kept = match &*self.lock() {
            Discovery::Ready { metadata, at_ms } if now_ms - at_ms < FRESH_MS => Some(Arc::clone(metadata)),
            _ => None,
        };
        match kept {
            Some(metadata) => Ok(metadata),
            None => self.discover(now_ms).await,
        }
    }

    /// Forgets the keys, so that the next sign-in reads them again (after a signature that no
    /// known key verifies, as when the provider rotated its keys).
    fn forget(&self) {
        let mut discovery = self.lock();
        if let Discovery::Ready { .. } = &*discovery {
            *discovery = Discovery::NotYet;
        }
    }

    fn client(&self, metadata: &CoreProviderMetadata, redirect_uri: &str) -> Result<DiscoveredClient, OidcError> {
        let redirect = RedirectUrl::new(redirect_uri.to_owned()).map_err(|_| OidcError::Expired)?;
        Ok(CoreClient::from_provider_metadata(
            metadata.clone(),
            ClientId::new(self.settings.client_id.clone()),
            Some(ClientSecret::new(self.settings.client_secret.expose_secret().to_owned())),
        )
        .set_redirect_uri(redirect))
    }

    /// The provider's authorization URL for a new sign-in, and the sealed flow for its cookie.
    pub async fn begin(&self, redirect_uri: &str, now_ms: i64) -> Result<(url::Url, String), OidcError> {
        let metadata = self.metadata(now_ms).await?;
        let client = self.client(&metadata, redirect_uri)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(CoreAuthenticationFlow::AuthorizationCode, CsrfToken::new_random, Nonce::new_random)
            // `openid` is always asked for; `email` and `profile` bring `email` and
            // `preferred_username`.
            .add_scope(Scope::new("email".to_owned()))
            .add_scope(Scope::new("profile".to_owned()))
            .set_pkce_challenge(challenge)
            .url();
        let flow = PendingFlow {
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
            redirect_uri: redirect_uri.to_owned(),
            started_ms: now_ms,
        };
        Ok((url, self.key.seal(&flow)))
    }

    /// Checks a callback against the flow in its cookie, exchanges the code and verifies the ID
    /// token (signature, issuer, audience, nonce, expiry at `now_ms`).
    pub async fn finish(&self, cookie: &str, state: &str, code: &str, now_ms: i64) -> Result<SignedIn, OidcError> {
        let flow = self.key.open(cookie, now_ms).ok_or(OidcError::Expired)?;
        if !crate::db::sessions::constant_time_eq(flow.state.as_bytes(), state.as_bytes()) {
            return Err(OidcError::Expired);
        }
        let metadata = self.metadata(now_ms).await?;
        let client = self.client(&metadata, &flow.redirect_uri)?;
        let response = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|_| OidcError::Unverified("the provider names no token endpoint"))?
            .set_pkce_verifier(PkceCodeVerifier::new(flow.pkce_verifier))
            .request_async(&self.http)
            .await
            .map_err(|error| match error {
                RequestTokenError::ServerResponse(e) => OidcError::Refused(e.error().to_string()),
                RequestTokenError::Request(_) => OidcError::Unverified("the token endpoint did not answer"),
                RequestTokenError::Parse(..) => OidcError::Unverified("the token endpoint's answer is not a token"),
                RequestTokenError::Other(_) => OidcError::Unverified("the token request failed"),
            })?;
        let id_token = response.id_token().ok_or(OidcError::Unverified("no ID token"))?;
        let now = chrono::DateTime::<chrono::Utc>::from_timestamp_millis(now_ms).unwrap_or_default();
        let verifier = client.id_token_verifier().set_time_fn(move || now);
        let claims = id_token.claims(&verifier, &Nonce::new(flow.nonce)).map_err(|error| {
            if let ClaimsVerificationError::SignatureVerification(_) = error {
                self.forget();
            }
            OidcError::Unverified(reason(&error))
        })?;
        if let Some(expected) = claims.access_token_hash() {
            let actual = id_token
                .signing_alg()
                .and_then(|alg| Ok((alg, id_token.signing_key(&verifier)?)))
                .ok()
                .and_then(|(alg, key)| AccessTokenHash::from_token(response.access_token(), alg, key).ok());
            if actual.as_ref() != Some(expected) {
                return Err(OidcError::Unverified("the access token does not match the ID token"));
            }
        }
        let named = claims.email().map(|e| e.as_str()).or_else(|| claims.preferred_username().map(|u| u.as_str()));
        let email = named.and_then(|n| crate::db::admins::normalise_email(n).ok()).ok_or(OidcError::NoEmail)?;
        let roles = self.settings.role_claim.as_deref().map(|claim| roles_in(&id_token.to_string(), claim));
        Ok(SignedIn { email, roles })
    }
}

/// A short, token-free word on why an ID token did not verify, for the log.
fn reason(error: &ClaimsVerificationError) -> &'static str {
    match error {
        ClaimsVerificationError::Expired(_) => "expired",
        ClaimsVerificationError::InvalidAudience(_) => "wrong audience",
        ClaimsVerificationError::InvalidIssuer(_) => "wrong issuer",
        ClaimsVerificationError::InvalidNonce(_) => "wrong nonce",
        ClaimsVerificationError::SignatureVerification(_) => "bad signature",
        ClaimsVerificationError::InvalidSubject(_) => "bad subject",
        ClaimsVerificationError::Unsupported(_) => "unsupported",
        _ => "invalid",
    }
}

/// The administrator roles named in `claim` of a JWT whose signature was verified: a string or
/// an array of strings, each `owner`, `editor`, `analyst` or `viewer`; other values are ignored.
fn roles_in(jwt: &str, claim: &str) -> Vec<Role> {
    use base64::Engine;
    let payload = jwt
        .split('.')
        .nth(1)
        .and_then(|p| base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(p.trim_end_matches('=')).ok())
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok());
    let values = match payload.as_ref().and_then(|p| p.get(claim)) {
        Some(serde_json::Value::String(s)) => vec![s.as_str()],
        Some(serde_json::Value::Array(items)) => items.iter().filter_map(|v| v.as_str()).collect(),
        _ => Vec::new(),
    };
    values.into_iter().filter_map(Role::parse).collect()
}

/// The role claim allows `role` when it names that role or a higher one. An absent claim, or
/// one naming none of the four roles, allows nothing: the claim can only withhold access that
/// the account has, never grant more.
pub fn claim_allows(roles: &[Role], role: Role) -> bool {
    roles.iter().any(|r| *r >= role)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(payload: &str) -> String {
        use base64::Engine;
        format!("e30.{}.sig", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(payload))
    }

    #[test]
    fn roles_are_read_from_a_string_or_an_array_and_unknown_values_are_ignored() {
        assert_eq!(
            roles_in(&jwt(r#"{"roles":["viewer","Other.Role","owner"]}"#), "roles"),
            vec![Role::Viewer, Role::Owner]
        );
        assert_eq!(roles_in(&jwt(r#"{"role":"editor"}"#), "role"), vec![Role::Editor]);
        assert!(roles_in(&jwt(r#"{"roles":"Owner"}"#), "roles").is_empty());
        assert!(roles_in(&jwt("{}"), "roles").is_empty());
    }

    #[test]
    fn a_role_claim_only_withholds_and_never_grants() {
        assert!(claim_allows(&[Role::Owner], Role::Editor));
        assert!(claim_allows(&[Role::Viewer, Role::Editor], Role::Editor));
        assert!(!claim_allows(&[Role::Viewer], Role::Editor));
        assert!(!claim_allows(&[], Role::Viewer));
    }

    #[test]
    fn the_issuer_must_be_https_unless_on_this_machine_and_comes_with_a_client_id_and_secret() {
        let args = |issuer: &str, secret: Option<&str>| ServeArgs {
            oidc_issuer: Some(issuer.into()),
            oidc_client_id: Some("app".into()),
            oidc_client_secret: secret.map(SecretString::from),
            ..Default::default()
        };
        let ok = OidcSettings::from_args(&args("https://login.microsoftonline.com/t/v2.0", Some("s"))).unwrap();
        assert_eq!(ok.unwrap().issuer.as_str(), "https://login.microsoftonline.com/t/v2.0");
        assert!(OidcSettings::from_args(&args("http://127.0.0.1:9/", Some("s"))).unwrap().is_some());
        let plain = OidcSettings::from_args(&args("http://login.example/", Some("s"))).unwrap_err();
        assert!(plain.to_string().contains("--oidc-issuer"));
        let no_secret = OidcSettings::from_args(&args("https://login.example/", None)).unwrap_err();
        assert!(no_secret.to_string().contains("PASSKEY_GUIDE_OIDC_CLIENT_SECRET"));
        let alone = ServeArgs { oidc_issuer: Some("https://login.example/".into()), ..Default::default() };
        assert!(OidcSettings::from_args(&alone).unwrap_err().to_string().contains("--oidc-client-id"));
        assert!(OidcSettings::from_args(&ServeArgs::default()).unwrap().is_none());
    }
}
