//! An optional, read-only Microsoft Graph connection: an app registration's client credentials
//! fetch the same user registration details report that `entra import` reads from a file, page by
//! page, and, where the app may read authentication methods, each passkey's AAGUID; and the
//! tenant's authentication-methods configuration (`Policy.Read.All`, or the narrower
//! `Policy.Read.AuthenticationMethod`).
//!
//! Throttling (429) and a busy service (503, 504) are waited out as Graph asks in `Retry-After`,
//! with a cap and a bounded number of attempts. The client secret and the access token are
//! `SecretString`s: never logged, never part of an error.

use std::collections::HashMap;
use std::time::Duration;

use futures_util::StreamExt;
use reqwest::StatusCode;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use url::Url;

use super::aaguid::{Aaguid, Provider};
use super::branding::{self, SignInBranding};
use super::configuration::{self, EntraConfiguration};
use super::report::{self, RegisteredUser};
use crate::brand::logo;

pub const DEFAULT_LOGIN_URL: &str = "https://login.microsoftonline.com";
pub const DEFAULT_GRAPH_URL: &str = "https://graph.microsoft.com";
/// Client credentials ask for the app's granted application permissions as a whole.
pub const SCOPE: &str = "https://graph.microsoft.com/.default";
const REPORT_PATH: &str = "v1.0/reports/authenticationMethods/userRegistrationDetails";
const METHODS_POLICY_PATH: &str = "v1.0/policies/authenticationMethodsPolicy";
const ORGANIZATION_PATH: &str = "v1.0/organization/";
/// Beta: `authenticationDetails` is not in v1.0's signIn.
const SIGN_INS_PATH: &str = "beta/auditLogs/signIns";
const METHOD_PATH: &str = "v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/";
/// Batches of passkey lookups in flight at the same time.
const CONCURRENCY: usize = 4;
/// Requests in one JSON batch: Microsoft Graph's limit.
const BATCH: usize = 20;
/// A loop in next-page links, or a report larger than any tenant, stops here.
const MAX_PAGES: usize = 100_000;
/// Largest JSON answer read (a page of the report is about 1 MB at most).
const MAX_JSON_BYTES: usize = 32 * 1024 * 1024;

/// The Entra directory (tenant) to sign in to: its id (a GUID) or one of its domain names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directory(String);

impl Directory {
    pub fn parse(value: &str) -> Result<Directory, GraphError> {
        let value = value.trim();
        let ok = !value.is_empty()
            && value.len() <= 253
            && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
            && !value.starts_with(['.', '-'])
            && !value.ends_with(['.', '-']);
        if ok {
            Ok(Directory(value.to_ascii_lowercase()))
        } else {
            Err(GraphError::Settings(format!(
                "--directory must be the directory (tenant) id or a domain such as contoso.onmicrosoft.com, got {value:?}"
            )))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How long to keep trying when Graph is throttling or busy.
#[derive(Clone, Copy, Debug)]
pub struct RetryPolicy {
    /// Requests made for one call before giving up, the first included.
    pub attempts: u32,
    /// Longest single wait, whatever `Retry-After` says.
    pub max_wait: Duration,
    /// The first wait when Graph gives no `Retry-After`; it doubles after each attempt.
    pub backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { attempts: 6, max_wait: Duration::from_secs(60), backoff: Duration::from_secs(2) }
    }
}

impl RetryPolicy {
    fn wait(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        let backoff = self.backoff.saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)));
        retry_after.unwrap_or(backoff).min(self.max_wait)
    }
}

/// Everything needed to reach Graph for one directory.
#[derive(Debug)]
pub struct GraphSettings {
    pub directory: Directory,
    pub client_id: String,
    pub client_secret: SecretString,
    pub login_url: Url,
    pub graph_url: Url,
    pub retry: RetryPolicy,
    /// Read each passkey's AAGUID to name its provider (needs a second permission).
    pub read_providers: bool,
}

impl GraphSettings {
    /// Checks every value once: the client id is a GUID, the secret is not empty, and the base
    /// URLs are HTTPS (plain HTTP only to this machine, for tests and local stand-ins).
    pub fn new(
        directory: &str,
        client_id: &str,
        client_secret: SecretString,
        login_url: &str,
        graph_url: &str,
    ) -> Result<GraphSettings, GraphError> {
        let directory = Directory::parse(directory)?;
        let client_id = client_id.trim();
        if uuid::Uuid::try_parse(client_id).is_err() || client_id.len() != 36 {
            return Err(GraphError::Settings(format!(
                "--client-id must be the app registration's application (client) id, a GUID, got {client_id:?}"
            )));
        }
        if client_secret.expose_secret().trim().is_empty() {
            return Err(GraphError::Settings("the client secret is empty".into()));
        }
        Ok(GraphSettings {
            directory,
            client_id: client_id.to_ascii_lowercase(),
            client_secret,
            login_url: base_url("--login-url", login_url)?,
            graph_url: base_url("--graph-url", graph_url)?,
            retry: RetryPolicy::default(),
            read_providers: true,
        })
    }

    fn token_url(&self) -> String {
        format!("{}/{}/oauth2/v2.0/token", self.login_url.as_str().trim_end_matches('/'), self.directory.as_str())
    }

    fn graph(&self, path: &str) -> String {
        format!("{}/{path}", self.graph_url.as_str().trim_end_matches('/'))
    }
}

fn base_url(flag: &str, value: &str) -> Result<Url, GraphError> {
    let url = Url::parse(value.trim()).map_err(|e| GraphError::Settings(format!("{flag}: {e}")))?;
    let local = matches!(url.host(), Some(url::Host::Ipv4(ip)) if ip.is_loopback())
        || matches!(url.host(), Some(url::Host::Ipv6(ip)) if ip.is_loopback())
        || url.host_str() == Some("localhost");
    let secure = url.scheme() == "https" || (url.scheme() == "http" && local);
    if !secure || url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
        return Err(GraphError::Settings(format!(
            "{flag} must be an https:// address without query or credentials, got {value:?}"
        )));
    }
    Ok(url)
}

#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    #[error("{0}")]
    Settings(String),
    #[error("Entra ID refused the sign-in with the client credentials ({status}): {reason}")]
    Token { status: u16, reason: String },
    #[error(
        "Microsoft Graph refused the registration report (403): the app needs the AuditLog.Read.All application \
         permission with admin consent, and the tenant Microsoft Entra ID P1 or P2 ({reason})"
    )]
    ReportForbidden { reason: String },
    #[error("Microsoft Graph answered {status} to {what}: {reason}")]
    Status { what: &'static str, status: u16, reason: String },
    #[error("Microsoft Graph still answered {status} to {what} after {attempts} attempts")]
    GaveUp { what: &'static str, status: u16, attempts: u32 },
    #[error("could not reach {what}: {reason}")]
    Transport { what: &'static str, reason: String },
    #[error("Microsoft Graph sent an answer to {what} that is not what it documents: {reason}")]
    Body { what: &'static str, reason: String },
    #[error("a next-page link leaves {0}; it was not followed")]
    ForeignLink(String),
    #[error("the report from Microsoft Graph was not imported: {0}")]
    Report(#[from] report::ReportError),
}

/// One passkey (FIDO2 method) of one user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisteredPasskey {
    pub user_principal_name: String,
    pub aaguid: Option<Aaguid>,
    pub provider: Provider,
    pub model: Option<String>,
    /// When it was registered, in milliseconds since 1970.
    pub registered_at: Option<i64>,
}

/// What one fetch brought back.
#[derive(Debug)]
pub struct Fetched {
    pub users: Vec<RegisteredUser>,
    /// `None` when the providers were not read: not asked for, or the app may not read
    /// authentication methods (Graph answered 403).
    pub passkeys: Option<Vec<RegisteredPasskey>>,
    pub pages: usize,
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
}

#[derive(Deserialize)]
struct TokenRefusal {
    error: Option<String>,
    error_description: Option<String>,
}

#[derive(Deserialize)]
struct Page {
    value: Vec<serde_json::Value>,
    #[serde(rename = "@odata.nextLink")]
    next_link: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Fido2Method {
    aa_guid: Option<String>,
    model: Option<String>,
    attestation_level: Option<String>,
    created_date_time: Option<String>,
}

enum Answer {
    Json(serde_json::Value),
    Forbidden(String),
    NotFound,
}

struct Session<'a> {
    http: reqwest::Client,
    settings: &'a GraphSettings,
    token: tokio::sync::Mutex<SecretString>,
}

/// A signed-in connection: the HTTP client and the access token.
pub struct Connection<'a>(Session<'a>);

/// Signs in with the client credentials.
pub async fn connect(settings: &GraphSettings) -> Result<Connection<'_>, GraphError> {
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(60))
        .connect_timeout(Duration::from_secs(15))
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("passkey-guide/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| GraphError::Transport { what: "the HTTP client", reason: e.to_string() })?;
    let token = sign_in(&http, settings).await?;
    Ok(Connection(Session { http, settings, token: tokio::sync::Mutex::new(token) }))
}

/// Fetches the whole report, and the passkeys of every member who has one where permitted.
/// Nothing is stored here: the caller stores the result in one transaction, or nothing.
pub async fn fetch(connection: &Connection<'_>) -> Result<Fetched, GraphError> {
    let session = &connection.0;
    let settings = session.settings;

    let (values, pages) = session.all_pages(settings.graph(REPORT_PATH), "the registration report").await?;
    let ids: HashMap<String, String> = values
        .iter()
        .filter_map(|v| {
            let upn = v.get("userPrincipalName")?.as_str()?.trim().to_lowercase();
            let id = v.get("id")?.as_str()?.to_owned();
            Some((upn, id))
        })
        .collect();
    let body = serde_json::to_vec(&serde_json::json!({ "value": values }))
        .map_err(|e| GraphError::Body { what: "the registration report", reason: e.to_string() })?;
    let users = report::parse(&body)?;
    tracing::info!(pages, users = users.len(), "fetched the registration report from Microsoft Graph");

    let passkeys = if settings.read_providers { session.passkeys(&users, &ids).await? } else { None };
    Ok(Fetched { users, passkeys, pages })
}

/// Reads the authentication-methods configuration. Each of its four parts that Graph refuses
/// (403: a permission the app lacks) or fails to give is left out with a line in `unread`;
/// the rest is read. `windows_hello` is the tenant's own setting, kept where the profiles
/// cannot tell.
pub async fn fetch_configuration(connection: &Connection<'_>, windows_hello: bool) -> EntraConfiguration {
    let session = &connection.0;
    let mut config = EntraConfiguration::default();
    let unread = &mut config.unread;
    let policy = read_part(session, METHODS_POLICY_PATH.to_owned(), "the registration campaign", unread).await;
    let fido2 = read_part(session, format!("{METHOD_PATH}fido2"), "the Passkey (FIDO2) settings", unread).await;
    let authenticator = read_part(
        session,
        format!("{METHOD_PATH}microsoftAuthenticator"),
        "the Microsoft Authenticator settings",
        unread,
    )
    .await;
    let tap =
        read_part(session, format!("{METHOD_PATH}temporaryAccessPass"), "the Temporary Access Pass settings", unread)
            .await;
    let mut note = |result: Result<(), configuration::ShapeError>| {
        if let Err(e) = result {
            config.unread.push(e.to_string());
        }
    };
    if let Some(value) = policy {
        note(configuration::parse_campaign(&value).map(|c| config.campaign = Some(c)));
    }
    if let Some(value) = fido2 {
        note(configuration::parse_passkeys(&value, windows_hello).map(|p| config.passkeys = Some(p)));
    }
    if let Some(value) = authenticator {
        note(
            configuration::parse_state(&value, "the Microsoft Authenticator settings")
                .map(|s| config.authenticator_enabled = Some(s)),
        );
    }
    if let Some(value) = tap {
        note(
            configuration::parse_state(&value, "the Temporary Access Pass settings")
                .map(|s| config.temporary_access_pass_enabled = Some(s)),
        );
    }
    config
}

/// One part of the configuration, or `None` with a line in `unread` saying why not.
async fn read_part(
    session: &Session<'_>,
    path: String,
    what: &'static str,
    unread: &mut Vec<String>,
) -> Option<serde_json::Value> {
    match session.get(&session.settings.graph(&path), what).await {
        Ok(Answer::Json(value)) => Some(value),
        Ok(Answer::Forbidden(reason)) => {
            unread.push(format!(
                "{what}: Microsoft Graph refused (403); the app needs the Policy.Read.All application permission \
                 with admin consent ({reason})"
            ));
            None
        }
        Ok(Answer::NotFound) => {
            unread.push(format!("{what}: Microsoft Graph answered 404"));
            None
        }
        Err(e) => {
            unread.push(format!("{what}: {e}"));
            None
        }
    }
}

/// Reads the successful sign-ins since `since_day` (UTC, `yyyy-mm-dd`) from the beta sign-in log,
/// which alone carries `authenticationDetails`, page by page into person-days. Needs
/// `AuditLog.Read.All` (which the report needs already) and Microsoft Entra ID P1 or P2.
pub async fn fetch_sign_ins(
    connection: &Connection<'_>,
    since_day: &str,
) -> Result<super::signins::SignInDays, GraphError> {
    let session = &connection.0;
    let what = "the sign-in log";
    let mut url = Url::parse(&session.settings.graph(SIGN_INS_PATH))
        .map_err(|e| GraphError::Settings(format!("--graph-url: {e}")))?;
    url.query_pairs_mut()
        .append_pair("$filter", &format!("createdDateTime ge {since_day}T00:00:00Z"))
        .append_pair("$top", "1000");
    let mut days = super::signins::SignInDays::new();
    let mut record = 0;
    session
        .each_page(url.to_string(), what, |items| {
            super::signins::add(&mut days, items, &mut record)
                .map_err(|e| GraphError::Body { what, reason: e.to_string() })
        })
        .await?;
    Ok(days)
}

/// What a read of the company branding found.
#[derive(Debug, Default)]
pub struct BrandingRead {
    /// `None` when it could not be read (see `unread`); an empty branding when the tenant has none.
    pub branding: Option<SignInBranding>,
    /// One line per part not read or not kept.
    pub unread: Vec<String>,
}

/// Reads the sign-in page's banner logo and background colour (optional permission
/// `OrganizationalBranding.Read.All`; a 403 is one line in `unread`, never a failed fetch).
pub async fn fetch_branding(connection: &Connection<'_>) -> BrandingRead {
    let session = &connection.0;
    let what = "the company branding";
    let mut read = BrandingRead::default();
    let organization = match session.organization_id().await {
        Ok(id) => id,
        Err(e) => {
            read.unread.push(format!("{what}: {e}"));
            return read;
        }
    };
    let base = session.settings.graph(&format!("{ORGANIZATION_PATH}{organization}/branding"));
    // Accept-Language 0 asks for the default branding, not a localisation.
    let object = match session.get_with(&base, what, &[("accept-language", "0")]).await {
        Ok(Answer::Json(value)) => value,
        Ok(Answer::NotFound) => {
            read.branding = Some(SignInBranding::default());
            return read;
        }
        Ok(Answer::Forbidden(reason)) => {
            read.unread.push(format!(
                "{what}: Microsoft Graph refused (403); to offer the sign-in page's logo and colour, grant the \
                 OrganizationalBranding.Read.All application permission with admin consent ({reason})"
            ));
            return read;
        }
        Err(e) => {
            read.unread.push(format!("{what}: {e}"));
            return read;
        }
    };
    let object: branding::BrandingObject = match serde_json::from_value(object) {
        Ok(object) => object,
        Err(e) => {
            read.unread.push(format!("{what}: not what Microsoft Graph documents ({e})"));
            return read;
        }
    };
    let (background_color, note) = object.background_color();
    read.unread.extend(note);
    let mut found = SignInBranding { background_color, logo: None };
    if object.has_banner_logo() {
        match session.banner_logo(&format!("{base}/localizations/0/bannerLogo")).await {
            Ok(Some(bytes)) => match branding::checked_logo(bytes) {
                Ok(logo) => found.logo = Some(logo),
                Err(note) => read.unread.push(note),
            },
            Ok(None) => {}
            Err(e) => read.unread.push(format!("the sign-in page's banner logo: {e}")),
        }
    }
    read.branding = Some(found);
    read
}

/// Sends a request until the answer is something other than "wait": connection failures and
/// timeouts, throttling (429) and a busy service (503, 504) are tried again as `retry` allows,
/// waiting as `Retry-After` asks.
async fn send_with_retry<Send, Sent>(
    retry: RetryPolicy,
    what: &'static str,
    mut send: Send,
) -> Result<reqwest::Response, GraphError>
where
    Send: FnMut() -> Sent,
    Sent: std::future::Future<Output = reqwest::Result<reqwest::Response>>,
{
    let mut attempt = 0;
    loop {
        attempt += 1;
        let response = match send().await {
            Ok(response) => response,
            Err(e) if attempt < retry.attempts && (e.is_connect() || e.is_timeout()) => {
                tokio::time::sleep(retry.wait(attempt, None)).await;
                continue;
            }
            Err(e) => return Err(GraphError::Transport { what, reason: e.without_url().to_string() }),
        };
        let status = response.status();
        if !is_transient(status) {
            return Ok(response);
        }
        if attempt >= retry.attempts {
            return Err(GraphError::GaveUp { what, status: status.as_u16(), attempts: attempt });
        }
        let wait = retry.wait(attempt, retry_after(&response));
        tracing::info!(status = status.as_u16(), wait_ms = wait.as_millis() as u64, what, "Graph asks to wait");
        tokio::time::sleep(wait).await;
    }
}

async fn sign_in(http: &reqwest::Client, settings: &GraphSettings) -> Result<SecretString, GraphError> {
    let what = "the Entra ID token endpoint";
    let form = [
        ("client_id", settings.client_id.as_str()),
        ("client_secret", settings.client_secret.expose_secret()),
        ("scope", SCOPE),
        ("grant_type", "client_credentials"),
    ];
    let response = send_with_retry(settings.retry, what, || http.post(settings.token_url()).form(&form).send()).await?;
    let status = response.status();
    let text = response.text().await.map_err(|e| GraphError::Transport { what, reason: e.to_string() })?;
    if !status.is_success() {
        let reason = match serde_json::from_str::<TokenRefusal>(&text) {
            Ok(TokenRefusal { error_description: Some(d), .. }) => first_line(&d),
            Ok(TokenRefusal { error: Some(e), .. }) => e,
            _ => status.canonical_reason().unwrap_or("no reason given").to_owned(),
        };
        return Err(GraphError::Token { status: status.as_u16(), reason });
    }
    let answer: TokenAnswer =
        serde_json::from_str(&text).map_err(|e| GraphError::Body { what, reason: e.to_string() })?;
    Ok(SecretString::from(answer.access_token))
}

impl Session<'_> {
    /// GET with the access token: waits out throttling, signs in again once if the token
    /// expired, and hands back the status, the media type and the body, read to at most
    /// `limit` bytes.
    async fn request(
        &self,
        url: &str,
        what: &'static str,
        headers: &[(&'static str, &'static str)],
        limit: usize,
    ) -> Result<(StatusCode, Option<String>, Vec<u8>), GraphError> {
        self.send(url, None, what, headers, limit).await
    }

    /// GET, or POST of `body` as JSON, with the access token (see `request`).
    async fn send(
        &self,
        url: &str,
        body: Option<&serde_json::Value>,
        what: &'static str,
        headers: &[(&'static str, &'static str)],
        limit: usize,
    ) -> Result<(StatusCode, Option<String>, Vec<u8>), GraphError> {
        let mut signed_in_again = false;
        loop {
            let token = self.token.lock().await.clone();
            let response = send_with_retry(self.settings.retry, what, || {
                let request = match body {
                    Some(body) => self.http.post(url).json(body),
                    None => self.http.get(url),
                };
                let mut request = request.bearer_auth(token.expose_secret());
                for (name, value) in headers {
                    request = request.header(*name, *value);
                }
                request.send()
            })
            .await?;
            let status = response.status();
            if status == StatusCode::UNAUTHORIZED && !signed_in_again {
                signed_in_again = true;
                *self.token.lock().await = sign_in(&self.http, self.settings).await?;
                continue;
            }
            let media_type = response
                .headers()
                .get(reqwest::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase());
            let mut body = Vec::new();
            let mut response = response;
            while let Some(chunk) = response
                .chunk()
                .await
                .map_err(|e| GraphError::Transport { what, reason: e.without_url().to_string() })?
            {
                if body.len() + chunk.len() > limit {
                    return Err(GraphError::Body { what, reason: format!("larger than {} KB", limit / 1024) });
                }
                body.extend_from_slice(&chunk);
            }
            return Ok((status, media_type, body));
        }
    }

    /// GET of a JSON resource; 403 and 404 go back to the caller to judge.
    async fn get(&self, url: &str, what: &'static str) -> Result<Answer, GraphError> {
        self.get_with(url, what, &[]).await
    }

    async fn get_with(
        &self,
        url: &str,
        what: &'static str,
        headers: &[(&'static str, &'static str)],
    ) -> Result<Answer, GraphError> {
        let mut all = vec![("accept", "application/json")];
        all.extend_from_slice(headers);
        let (status, _, body) = self.request(url, what, &all, MAX_JSON_BYTES).await?;
        let text = String::from_utf8_lossy(&body);
        match status {
            s if s.is_success() => serde_json::from_slice(&body)
                .map(Answer::Json)
                .map_err(|e| GraphError::Body { what, reason: e.to_string() }),
            StatusCode::FORBIDDEN => Ok(Answer::Forbidden(graph_message(&text, status))),
            StatusCode::NOT_FOUND => Ok(Answer::NotFound),
            _ => Err(GraphError::Status { what, status: status.as_u16(), reason: graph_message(&text, status) }),
        }
    }

    /// The directory's id: the one given, or, for a domain name, the one in the issuer of the
    /// directory's OpenID Connect discovery document (`https://login.microsoftonline.com/{id}/v2.0`).
    async fn organization_id(&self) -> Result<String, GraphError> {
        let directory = self.settings.directory.as_str();
        if uuid::Uuid::try_parse(directory).is_ok() {
            return Ok(directory.to_owned());
        }
        let what = "the directory's discovery document";
        let url = format!(
            "{}/{directory}/v2.0/.well-known/openid-configuration",
            self.settings.login_url.as_str().trim_end_matches('/')
        );
        let response = send_with_retry(self.settings.retry, what, || self.http.get(&url).send()).await?;
        let status = response.status();
        if !status.is_success() {
            return Err(GraphError::Status { what, status: status.as_u16(), reason: "no directory id".into() });
        }
        #[derive(Deserialize)]
        struct Discovery {
            issuer: String,
        }
        let discovery: Discovery =
            response.json().await.map_err(|e| GraphError::Body { what, reason: e.without_url().to_string() })?;
        Url::parse(&discovery.issuer)
            .ok()
            .and_then(|issuer| issuer.path_segments()?.find_map(|s| uuid::Uuid::try_parse(s).ok()))
            .map(|id| id.to_string())
            .ok_or_else(|| GraphError::Body { what, reason: "its issuer names no directory id".into() })
    }

    /// A banner logo's bytes; `None` when it is not set (Graph answers an empty JSON object).
    async fn banner_logo(&self, url: &str) -> Result<Option<Vec<u8>>, GraphError> {
        let what = "the sign-in page's banner logo";
        // Read a little past the logo limit so "too large" is told apart from a cut-off image.
        let (status, media_type, body) = self.request(url, what, &[], logo::MAX_LOGO_BYTES + 1).await?;
        match status {
            StatusCode::NOT_FOUND => Ok(None),
            s if s.is_success() => {
                let json = media_type.as_deref().is_some_and(|t| t.ends_with("json"));
                Ok((!json && !body.is_empty()).then_some(body))
            }
            _ => Err(GraphError::Status {
                what,
                status: status.as_u16(),
                reason: graph_message(&String::from_utf8_lossy(&body), status),
            }),
        }
    }

    /// Every item of a collection, following `@odata.nextLink` to the end. Links that leave the
    /// Graph address are refused, so the token goes nowhere else.
    async fn all_pages(
        &self,
        first: String,
        what: &'static str,
    ) -> Result<(Vec<serde_json::Value>, usize), GraphError> {
        let mut items = Vec::new();
        let pages = self
            .each_page(first, what, |page| {
                items.extend(page);
                Ok(())
            })
            .await?;
        Ok((items, pages))
    }

    /// Hands each page's items to `take` as it arrives (a large collection is never held whole),
    /// following `@odata.nextLink` to the end; returns the number of pages.
    async fn each_page(
        &self,
        first: String,
        what: &'static str,
        mut take: impl FnMut(Vec<serde_json::Value>) -> Result<(), GraphError>,
    ) -> Result<usize, GraphError> {
        let mut next = Some(first);
        let mut pages = 0;
        while let Some(url) = next.take() {
            if pages >= MAX_PAGES {
                return Err(GraphError::Body { what, reason: format!("more than {MAX_PAGES} pages") });
            }
            let page = match self.get(&url, what).await? {
                Answer::Json(value) => value,
                Answer::Forbidden(reason) if what == "the registration report" => {
                    return Err(GraphError::ReportForbidden { reason });
                }
                Answer::Forbidden(reason) => return Err(GraphError::Status { what, status: 403, reason }),
                Answer::NotFound => {
                    return Err(GraphError::Status { what, status: 404, reason: "not found".into() });
                }
            };
            let page: Page =
                serde_json::from_value(page).map_err(|e| GraphError::Body { what, reason: e.to_string() })?;
            pages += 1;
            take(page.value)?;
            if let Some(link) = page.next_link {
                self.check_link(&link)?;
                next = Some(link);
            }
        }
        Ok(pages)
    }

    fn check_link(&self, link: &str) -> Result<(), GraphError> {
        let base = &self.settings.graph_url;
        match Url::parse(link) {
            Ok(url) if url.origin() == base.origin() => Ok(()),
            _ => Err(GraphError::ForeignLink(base.origin().ascii_serialization())),
        }
    }

    /// The passkeys of every member the report says has one. `None` if Graph refuses (403):
    /// the app lacks the permission, and the import goes on without providers.
    async fn passkeys(
        &self,
        users: &[RegisteredUser],
        ids: &HashMap<String, String>,
    ) -> Result<Option<Vec<RegisteredPasskey>>, GraphError> {
        // Guests are not part of the rollout; only members who have a passkey are looked up.
        let holders: Vec<&RegisteredUser> = users.iter().filter(|u| u.in_scope() && u.has_passkey()).collect();
        let keys: Vec<String> = holders
            .iter()
            .map(|user| {
                ids.get(&user.user_principal_name.to_lowercase())
                    .cloned()
                    .unwrap_or_else(|| user.user_principal_name.clone())
            })
            .collect();
        // Twenty users per JSON batch, a few batches at a time. The batches are made before the
        // stream, so the stream holds no closure: a fetch can then run on a spawned task.
        let batches: Vec<_> = keys
            .chunks(BATCH)
            .enumerate()
            .map(|(n, chunk)| async move { (n * BATCH, self.fido2_batch(chunk).await) })
            .collect();
        let results = futures_util::stream::iter(batches).buffer_unordered(CONCURRENCY);
        let mut results = std::pin::pin!(results);
        let mut passkeys = Vec::new();
        while let Some((first, answers)) = results.next().await {
            for (offset, answer) in answers?.into_iter().enumerate() {
                let user = holders[first + offset];
                match answer {
                    Fido2Answer::Methods(methods) => {
                        passkeys.extend(methods.into_iter().map(|m| passkey_of(&user.user_principal_name, m)))
                    }
                    Fido2Answer::Forbidden(reason) => {
                        tracing::warn!(%reason, "Microsoft Graph does not let this app read passkeys; no providers");
                        return Ok(None);
                    }
                }
            }
        }
        passkeys.sort_by(|a, b| {
            a.user_principal_name.cmp(&b.user_principal_name).then(a.registered_at.cmp(&b.registered_at))
        });
        Ok(Some(passkeys))
    }

    /// The passkeys of up to twenty users in one `POST /v1.0/$batch` (Microsoft Graph JSON
    /// batching, checked 2026-12-02: at most 20 requests, URLs relative to the version, one
    /// response per request with its own status). A request Graph throttles (429) or finds busy
    /// (503, 504) is sent again in the next round, after the longest `Retry-After` asked for;
    /// a further page of one user's passkeys is read with a plain GET.
    async fn fido2_batch(&self, keys: &[String]) -> Result<Vec<Fido2Answer>, GraphError> {
        let what = "a user's passkeys";
        let url = self.settings.graph("v1.0/$batch");
        let mut answers: Vec<Option<Fido2Answer>> = keys.iter().map(|_| None).collect();
        let mut pending: Vec<usize> = (0..keys.len()).collect();
        let mut attempt = 0;
        while !pending.is_empty() {
            attempt += 1;
            let requests: Vec<serde_json::Value> = pending
                .iter()
                .map(|&i| {
                    serde_json::json!({
                        "id": i.to_string(),
                        "method": "GET",
                        "url": format!("/users/{}/authentication/fido2Methods", path_segment(&keys[i])),
                    })
                })
                .collect();
            let body = serde_json::json!({ "requests": requests });
            let (status, _, bytes) =
                self.send(&url, Some(&body), what, &[("accept", "application/json")], MAX_JSON_BYTES).await?;
            if !status.is_success() {
                let reason = graph_message(&String::from_utf8_lossy(&bytes), status);
                return Err(GraphError::Status { what, status: status.as_u16(), reason });
            }
            let batch: BatchAnswer =
                serde_json::from_slice(&bytes).map_err(|e| GraphError::Body { what, reason: e.to_string() })?;
            let mut again = Vec::new();
            let mut wait: Option<Duration> = None;
            for response in batch.responses {
                let Some(i) = response.id.parse::<usize>().ok().filter(|i| pending.contains(i)) else {
                    return Err(GraphError::Body { what, reason: format!("an answer to request {:?}", response.id) });
                };
                let status = StatusCode::from_u16(response.status).unwrap_or(StatusCode::BAD_GATEWAY);
                match status {
                    s if s.is_success() => answers[i] = Some(self.fido2_pages(response.body).await?),
                    StatusCode::FORBIDDEN => {
                        let reason = graph_message(&response.body.to_string(), status);
                        answers[i] = Some(Fido2Answer::Forbidden(reason));
                    }
                    // Deleted since the report was made: no passkeys to name.
                    StatusCode::NOT_FOUND => answers[i] = Some(Fido2Answer::Methods(Vec::new())),
                    s if is_transient(s) => {
                        if attempt >= self.settings.retry.attempts {
                            return Err(GraphError::GaveUp { what, status: s.as_u16(), attempts: attempt });
                        }
                        let asked = response
                            .headers
                            .iter()
                            .find(|(name, _)| name.eq_ignore_ascii_case("retry-after"))
                            .and_then(|(_, value)| value.as_str()?.trim().parse::<u64>().ok())
                            .map(Duration::from_secs);
                        wait = wait.max(Some(self.settings.retry.wait(attempt, asked)));
                        again.push(i);
                    }
                    s => {
                        let reason = graph_message(&response.body.to_string(), s);
                        return Err(GraphError::Status { what, status: s.as_u16(), reason });
                    }
                }
            }
            // A request Graph left unanswered is asked again too.
            let unanswered: Vec<usize> =
                pending.iter().copied().filter(|&i| answers[i].is_none() && !again.contains(&i)).collect();
            again.extend(unanswered);
            if !again.is_empty() && attempt >= self.settings.retry.attempts {
                return Err(GraphError::Body { what, reason: "the batch left requests unanswered".into() });
            }
            if let Some(wait) = wait {
                tracing::info!(wait_ms = wait.as_millis() as u64, throttled = again.len(), "Graph asks to wait");
                tokio::time::sleep(wait).await;
            }
            pending = again;
        }
        Ok(answers.into_iter().map(|a| a.unwrap_or(Fido2Answer::Methods(Vec::new()))).collect())
    }

    /// One user's passkeys from a first page already read, following its next-page links.
    async fn fido2_pages(&self, first: serde_json::Value) -> Result<Fido2Answer, GraphError> {
        let what = "a user's passkeys";
        let mut methods = Vec::new();
        let mut value = first;
        for _ in 0..100 {
            let page: Page =
                serde_json::from_value(value).map_err(|e| GraphError::Body { what, reason: e.to_string() })?;
            for item in page.value {
                methods.push(
                    serde_json::from_value::<Fido2Method>(item)
                        .map_err(|e| GraphError::Body { what, reason: e.to_string() })?,
                );
            }
            let Some(link) = page.next_link else { return Ok(Fido2Answer::Methods(methods)) };
            self.check_link(&link)?;
            value = match self.get(&link, what).await? {
                Answer::Json(value) => value,
                Answer::Forbidden(reason) => return Ok(Fido2Answer::Forbidden(reason)),
                Answer::NotFound => return Ok(Fido2Answer::Methods(methods)),
            };
        }
        Err(GraphError::Body { what, reason: "more than 100 pages of passkeys for one user".into() })
    }
}

#[derive(Deserialize)]
struct BatchAnswer {
    responses: Vec<BatchResponse>,
}

#[derive(Deserialize)]
struct BatchResponse {
    id: String,
    status: u16,
    #[serde(default)]
    headers: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    body: serde_json::Value,
}

/// A user id or principal name as one URL path segment (`#EXT#` and the like escaped).
fn path_segment(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect::<String>().replace('+', "%20")
}

enum Fido2Answer {
    Methods(Vec<Fido2Method>),
    Forbidden(String),
}

fn passkey_of(upn: &str, method: Fido2Method) -> RegisteredPasskey {
    let aaguid = method.aa_guid.as_deref().and_then(|a| Aaguid::parse(a).ok());
    let model = method
        .model
        .map(|m| m.chars().filter(|c| !c.is_control()).take(120).collect::<String>().trim().to_owned())
        .filter(|m| !m.is_empty());
    let attested = method.attestation_level.as_deref().is_some_and(|l| l.eq_ignore_ascii_case("attested"));
    let registered_at = method
        .created_date_time
        .as_deref()
        .and_then(|t| time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).ok())
        .map(|t| (t.unix_timestamp_nanos() / 1_000_000) as i64);
    RegisteredPasskey {
        user_principal_name: upn.to_owned(),
        provider: Provider::of(aaguid.as_ref(), model.as_deref(), attested),
        aaguid,
        model,
        registered_at,
    }
}

fn is_transient(status: StatusCode) -> bool {
    matches!(status, StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE | StatusCode::GATEWAY_TIMEOUT)
}

/// `Retry-After` in seconds, as Graph sends it. (The HTTP-date form is not used by Graph and
/// falls back to the backoff.)
fn retry_after(response: &reqwest::Response) -> Option<Duration> {
    let value = response.headers().get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

/// Graph's `{"error": {"code", "message"}}`, shortened to one line.
fn graph_message(body: &str, status: StatusCode) -> String {
    let parsed: Option<serde_json::Value> = serde_json::from_str(body).ok();
    let error = parsed.as_ref().and_then(|v| v.get("error"));
    let code = error.and_then(|e| e.get("code")).and_then(|c| c.as_str());
    let message = error.and_then(|e| e.get("message")).and_then(|m| m.as_str());
    match (code, message) {
        (Some(code), Some(message)) => first_line(&format!("{code}: {message}")),
        (Some(text), None) | (None, Some(text)) => first_line(text),
        (None, None) => status.canonical_reason().unwrap_or("no reason given").to_owned(),
    }
}

fn first_line(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    let mut short: String = line.chars().filter(|c| !c.is_control()).take(300).collect();
    if line.chars().count() > 300 {
        short.push('…');
    }
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENT: &str = "11111111-2222-3333-4444-555555555555";

    fn settings(login: &str, graph: &str) -> Result<GraphSettings, GraphError> {
        GraphSettings::new("contoso.onmicrosoft.com", CLIENT, SecretString::from("s3cret"), login, graph)
    }

    #[test]
    fn the_default_addresses_are_accepted_and_build_the_documented_urls() {
        let s = settings(DEFAULT_LOGIN_URL, DEFAULT_GRAPH_URL).unwrap();
        assert_eq!(s.token_url(), "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
        assert_eq!(
            s.graph(REPORT_PATH),
            "https://graph.microsoft.com/v1.0/reports/authenticationMethods/userRegistrationDetails"
        );
    }

    #[test]
    fn plain_http_is_only_for_this_machine() {
        assert!(settings("http://127.0.0.1:8080", "http://localhost:9").is_ok());
        assert!(settings("http://login.example.com", DEFAULT_GRAPH_URL).is_err());
        assert!(settings(DEFAULT_LOGIN_URL, "ftp://graph.microsoft.com").is_err());
        assert!(settings(DEFAULT_LOGIN_URL, "https://user:pw@graph.microsoft.com").is_err());
    }

    #[test]
    fn directory_and_client_id_are_checked() {
        assert!(Directory::parse("8a1b2c3d-0000-4000-8000-123456789abc").is_ok());
        assert!(Directory::parse("contoso.onmicrosoft.com").is_ok());
        assert!(Directory::parse("../common").is_err());
        assert!(Directory::parse("").is_err());
        let secret = || SecretString::from("x");
        assert!(
            GraphSettings::new("contoso.com", "not-a-guid", secret(), DEFAULT_LOGIN_URL, DEFAULT_GRAPH_URL).is_err()
        );
        assert!(
            GraphSettings::new("contoso.com", CLIENT, SecretString::from(" "), DEFAULT_LOGIN_URL, DEFAULT_GRAPH_URL)
                .is_err()
        );
    }

    #[test]
    fn the_secret_does_not_show_in_debug_output() {
        let s = settings(DEFAULT_LOGIN_URL, DEFAULT_GRAPH_URL).unwrap();
        assert!(!format!("{s:?}").contains("s3cret"));
    }

    #[test]
    fn waits_follow_retry_after_up_to_the_cap_and_otherwise_double() {
        let retry = RetryPolicy { attempts: 5, max_wait: Duration::from_secs(60), backoff: Duration::from_secs(2) };
        assert_eq!(retry.wait(1, Some(Duration::from_secs(7))), Duration::from_secs(7));
        assert_eq!(retry.wait(1, Some(Duration::from_secs(3600))), Duration::from_secs(60));
        assert_eq!(retry.wait(1, None), Duration::from_secs(2));
        assert_eq!(retry.wait(3, None), Duration::from_secs(8));
        assert_eq!(retry.wait(30, None), Duration::from_secs(60));
    }

    #[test]
    fn a_fido2_method_becomes_a_named_passkey() {
        let method: Fido2Method = serde_json::from_value(serde_json::json!({
            "id": "-2_GRUg2-HYz6_1YG4YRAQ2",
            "displayName": "Adele's iPhone",
            "createdDateTime": "2026-10-02T08:15:00Z",
            "aaGuid": "90a3ccdf-635c-4729-a248-9b709135078f",
            "model": "Microsoft Authenticator - iOS",
            "attestationCertificates": [],
            "attestationLevel": "attested"
        }))
        .unwrap();
        let passkey = passkey_of("adele@contoso.com", method);
        assert_eq!(passkey.provider, Provider::MicrosoftAuthenticator);
        assert_eq!(passkey.aaguid.unwrap().to_string(), "90a3ccdf-635c-4729-a248-9b709135078f");
        assert_eq!(passkey.registered_at, Some(1_790_928_900_000));
    }

    #[test]
    fn graph_errors_are_shown_as_code_and_message_on_one_line() {
        let body = r#"{"error": {"code": "Authorization_RequestDenied", "message": "Insufficient privileges.\nMore"}}"#;
        assert_eq!(graph_message(body, StatusCode::FORBIDDEN), "Authorization_RequestDenied: Insufficient privileges.");
        assert_eq!(graph_message("<html>", StatusCode::BAD_GATEWAY), "Bad Gateway");
    }
}
