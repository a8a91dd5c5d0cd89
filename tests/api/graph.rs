//! `entra fetch` against a local stand-in for the Microsoft identity platform and Microsoft Graph
//! that answers in their documented formats: the client credentials token endpoint,
//! `userRegistrationDetails` in pages with `@odata.nextLink` (throttled once with `Retry-After`),
//! and each user's `fido2Methods`.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use passkey_guide::commands::{Fetch, fetch_from_graph};
use passkey_guide::db::{admins, tenants};
use passkey_guide::entra::aaguid::Provider;
use passkey_guide::entra::graph::{GraphSettings, RetryPolicy};
use passkey_guide::entra::providers;
use passkey_guide::guide::policy::PasskeyPolicy;
use secrecy::SecretString;
use serde_json::{Value, json};

use crate::helpers::{TestApp, spawn_app};

const DIRECTORY: &str = "contoso.onmicrosoft.com";
const CLIENT_ID: &str = "0f9a3c1e-7b2d-4e8f-9a6b-3c5d7e9f1a2b";
const SECRET: &str = "Xq8~not-a-real-secret.9zT";
const ACCESS_TOKEN: &str = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.local-stand-in";

const AUTHENTICATOR_IOS: &str = "90a3ccdf-635c-4729-a248-9b709135078f";
const AUTHENTICATOR_ANDROID: &str = "de1e552d-db1d-4423-a619-566b625cdc84";
const ICLOUD_KEYCHAIN: &str = "fbfc3007-154e-4ecc-8c0b-6e020557d7bd";
const GOOGLE_PASSWORD_MANAGER: &str = "ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4";
const WINDOWS_HELLO: &str = "08987058-cadc-4b81-b6e1-30de50dcbe96";
const YUBIKEY_5: &str = "ee882879-721c-4913-9775-3dfcce97072a";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Fido2 {
    Answer,
    Forbidden,
    /// 429 with `Retry-After: 0` every time.
    Throttled,
}

/// How the stand-in answers for the authentication-methods configuration.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Config {
    /// 404, as a Graph without these routes would.
    Absent,
    /// A default profile (synced and device-bound) and an administrators' profile (device-bound,
    /// attested, Microsoft Authenticator only); Temporary Access Pass disabled.
    Profiles,
    /// 403 on every part: the app lacks Policy.Read.All.
    Forbidden,
}

struct Graph {
    base: String,
    fido2: Fido2,
    config: Config,
    /// Page 2 of the report answers 500 every time.
    page_two_broken: bool,
    token_requests: AtomicUsize,
    page_two_requests: AtomicUsize,
    fido2_requests: AtomicUsize,
    batch_requests: AtomicUsize,
}

struct Stand {
    url: String,
    graph: Arc<Graph>,
}

fn user(id: &str, upn: &str, name: &str, kind: &str, methods: &[&str]) -> Value {
    let passwordless = methods.iter().any(|m| m.starts_with("passKey") || m.starts_with("fido2"));
    json!({
        "id": id,
        "userPrincipalName": upn,
        "userDisplayName": name,
        "userType": kind,
        "isAdmin": false,
        "isSsprRegistered": false,
        "isSsprEnabled": false,
        "isSsprCapable": false,
        "isMfaRegistered": true,
        "isMfaCapable": true,
        "isPasswordlessCapable": passwordless,
        "isSystemPreferredAuthenticationMethodEnabled": true,
        "methodsRegistered": methods,
        "systemPreferredAuthenticationMethods": [],
        "userPreferredMethodForSecondaryAuthentication": "push",
        "lastUpdatedDateTime": "2026-11-19T22:04:11.0000000Z"
    })
}

fn report_page(n: u32) -> Vec<Value> {
    match n {
        1 => vec![
            user(
                "u-adele",
                "adele@contoso.com",
                "Adele Vance",
                "member",
                &["microsoftAuthenticatorPush", "passKeyDeviceBoundAuthenticator"],
            ),
            user("u-alex", "alex@contoso.com", "Alex Wilber", "member", &["passKeySynced"]),
            user("u-diego", "diego@contoso.com", "Diego Siciliani", "member", &["fido2SecurityKey"]),
        ],
        2 => vec![
            user("u-grady", "grady@contoso.com", "Grady Archie", "member", &["passKeyDeviceBoundWindowsHello"]),
            user("u-isaiah", "isaiah@contoso.com", "Isaiah Langer", "member", &["email", "mobilePhone"]),
            user(
                "u-megan",
                "megan@contoso.com",
                "Megan Bowen",
                "member",
                &["passKeySynced", "passKeyDeviceBoundAuthenticator"],
            ),
        ],
        _ => vec![
            user("u-guest", "guest_fabrikam.com#EXT#@contoso.com", "Guest", "guest", &["passKeySynced"]),
            user("u-lynne", "lynne@contoso.com", "Lynne Robbins", "member", &["microsoftAuthenticatorPasswordless"]),
        ],
    }
}

fn fido2(aaguid: &str, model: &str, attested: bool) -> Value {
    json!({
        "@odata.type": "#microsoft.graph.fido2AuthenticationMethod",
        "id": format!("-{}", &aaguid[..8]),
        "displayName": model,
        "createdDateTime": "2026-10-02T08:15:00Z",
        "aaGuid": aaguid,
        "model": model,
        "attestationCertificates": [],
        "attestationLevel": if attested { "attested" } else { "notAttested" }
    })
}

fn fido2_methods(user: &str) -> Vec<Value> {
    match user {
        "u-adele" => vec![fido2(AUTHENTICATOR_IOS, "Microsoft Authenticator - iOS", true)],
        "u-alex" => vec![fido2(ICLOUD_KEYCHAIN, "iCloud Keychain", false)],
        "u-diego" => vec![fido2(YUBIKEY_5, "YubiKey 5 Series", true)],
        "u-grady" => vec![fido2(WINDOWS_HELLO, "Windows Hello Hardware Authenticator", false)],
        "u-megan" => vec![
            fido2(GOOGLE_PASSWORD_MANAGER, "Google Password Manager", false),
            fido2(AUTHENTICATOR_ANDROID, "Microsoft Authenticator - Android", true),
        ],
        "u-guest" => vec![fido2(ICLOUD_KEYCHAIN, "iCloud Keychain", false)],
        _ => vec![],
    }
}

fn graph_error(status: StatusCode, code: &str, message: &str) -> Response {
    let body = json!({ "error": { "code": code, "message": message, "innerError": { "request-id": "00000000-0000-0000-0000-000000000000" } } });
    (status, axum::Json(body)).into_response()
}

fn signed_in(headers: &HeaderMap) -> bool {
    headers.get("authorization").and_then(|v| v.to_str().ok()) == Some(format!("Bearer {ACCESS_TOKEN}").as_str())
}

async fn token(
    State(graph): State<Arc<Graph>>,
    Path(directory): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    graph.token_requests.fetch_add(1, Ordering::SeqCst);
    let field = |k: &str| form.get(k).map(String::as_str);
    if directory != DIRECTORY
        || field("grant_type") != Some("client_credentials")
        || field("scope") != Some("https://graph.microsoft.com/.default")
    {
        let body = json!({ "error": "invalid_request", "error_description": "AADSTS900144: The request body must contain the expected parameters." });
        return (StatusCode::BAD_REQUEST, axum::Json(body)).into_response();
    }
    if field("client_id") != Some(CLIENT_ID) || field("client_secret") != Some(SECRET) {
        let body = json!({
            "error": "invalid_client",
            "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.\r\nTrace ID: 1",
            "error_codes": [7000215]
        });
        return (StatusCode::UNAUTHORIZED, axum::Json(body)).into_response();
    }
    axum::Json(
        json!({ "token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": ACCESS_TOKEN }),
    )
    .into_response()
}

async fn registration_details(
    State(graph): State<Arc<Graph>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if !signed_in(&headers) {
        return graph_error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken", "Access token is empty.");
    }
    let page: u32 = match query.get("$skiptoken").map(String::as_str) {
        None => 1,
        Some("page-2") => 2,
        Some("page-3") => 3,
        Some(_) => return graph_error(StatusCode::BAD_REQUEST, "BadRequest", "Invalid skip token."),
    };
    if page == 2 {
        let seen = graph.page_two_requests.fetch_add(1, Ordering::SeqCst);
        if graph.page_two_broken {
            return graph_error(StatusCode::INTERNAL_SERVER_ERROR, "UnknownError", "");
        }
        if seen == 0 {
            let mut response = graph_error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", "Too many requests.");
            response.headers_mut().insert("retry-after", "1".parse().unwrap());
            return response;
        }
    }
    let mut body = json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#reports/authenticationMethods/userRegistrationDetails",
        "value": report_page(page),
    });
    if page < 3 {
        body["@odata.nextLink"] = json!(format!(
            "{}/v1.0/reports/authenticationMethods/userRegistrationDetails?$skiptoken=page-{}",
            graph.base,
            page + 1
        ));
    }
    axum::Json(body).into_response()
}

/// `POST /v1.0/$batch`: each request answered as `fido2_list` would, inside one response, as
/// Microsoft Graph's JSON batching does (per-request status, headers and body).
async fn batch(State(graph): State<Arc<Graph>>, headers: HeaderMap, axum::Json(body): axum::Json<Value>) -> Response {
    if !signed_in(&headers) {
        return graph_error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken", "Access token is empty.");
    }
    let requests = body["requests"].as_array().cloned().unwrap_or_default();
    if requests.is_empty() || requests.len() > 20 {
        return graph_error(StatusCode::BAD_REQUEST, "BadRequest", "A batch holds 1 to 20 requests.");
    }
    graph.batch_requests.fetch_add(1, Ordering::SeqCst);
    let mut responses = Vec::new();
    for request in requests {
        let id = request["id"].as_str().unwrap_or_default().to_owned();
        let url = request["url"].as_str().unwrap_or_default();
        let user = url
            .strip_prefix("/users/")
            .and_then(|rest| rest.strip_suffix("/authentication/fido2Methods"))
            .expect("a fido2Methods request");
        graph.fido2_requests.fetch_add(1, Ordering::SeqCst);
        let error = |status: u16, code: &str, message: &str| {
            json!({ "id": id, "status": status, "headers": { "Content-Type": "application/json" },
                    "body": { "error": { "code": code, "message": message } } })
        };
        responses.push(match graph.fido2 {
            Fido2::Forbidden => {
                error(403, "accessDenied", "Request Authorization failed: the caller lacks UserAuthenticationMethod.Read.All.")
            }
            Fido2::Throttled => json!({ "id": id, "status": 429, "headers": { "Retry-After": "0" },
                                        "body": { "error": { "code": "TooManyRequests", "message": "Too many requests." } } }),
            Fido2::Answer => json!({ "id": id, "status": 200, "headers": { "Content-Type": "application/json" }, "body": {
                "@odata.context": format!("https://graph.microsoft.com/v1.0/$metadata#users('{user}')/authentication/fido2Methods"),
                "value": fido2_methods(user),
            } }),
        });
    }
    // Graph does not promise the responses in the order of the requests.
    responses.reverse();
    axum::Json(json!({ "responses": responses })).into_response()
}

async fn fido2_list(State(graph): State<Arc<Graph>>, headers: HeaderMap, Path(user): Path<String>) -> Response {
    if !signed_in(&headers) {
        return graph_error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken", "Access token is empty.");
    }
    graph.fido2_requests.fetch_add(1, Ordering::SeqCst);
    match graph.fido2 {
        Fido2::Forbidden => graph_error(
            StatusCode::FORBIDDEN,
            "accessDenied",
            "Request Authorization failed: the caller lacks UserAuthenticationMethod.Read.All.",
        ),
        Fido2::Throttled => {
            let mut response = graph_error(StatusCode::TOO_MANY_REQUESTS, "TooManyRequests", "Too many requests.");
            response.headers_mut().insert("retry-after", "0".parse().unwrap());
            response
        }
        Fido2::Answer => axum::Json(json!({
            "@odata.context": format!("https://graph.microsoft.com/v1.0/$metadata#users('{user}')/authentication/fido2Methods"),
            "value": fido2_methods(&user),
        }))
        .into_response(),
    }
}

const ADMIN_PROFILE: &str = "7d4e0a55-2b1c-4f3e-9a8d-1e2f3a4b5c6d";

/// `GET /v1.0/policies/authenticationMethodsPolicy`, abridged to what the guide reads.
fn methods_policy() -> Value {
    json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#authenticationMethodsPolicy",
        "id": "authenticationMethodsPolicy",
        "displayName": "Authentication Methods Policy",
        "policyVersion": "1.5",
        "policyMigrationState": "migrationComplete",
        "registrationEnforcement": { "authenticationMethodsRegistrationCampaign": {
            "snoozeDurationInDays": 1, "enforceRegistrationAfterAllowedSnoozes": true, "state": "default",
            "excludeTargets": [],
            "includeTargets": [{ "id": "all_users", "targetType": "group", "targetedAuthenticationMethod": "microsoftAuthenticator" }]
        } }
    })
}

fn method_configuration(method: &str) -> Option<Value> {
    match method {
        "fido2" => Some(json!({
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
                { "targetType": "group", "id": "5b2e8f0c-admins", "isRegistrationRequired": false,
                  "allowedPasskeyProfiles": [ADMIN_PROFILE] }
            ],
            "excludeTargets": [],
            "passkeyProfiles": [
                { "id": "00000000-0000-0000-0000-000000000001", "name": "Default passkey profile",
                  "passkeyTypes": "deviceBound,synced", "attestationEnforcement": "disabled",
                  "keyRestrictions": { "isEnforced": false, "enforcementType": "allow", "aaGuids": [] } },
                { "id": ADMIN_PROFILE, "name": "Administrators", "passkeyTypes": "deviceBound",
                  "attestationEnforcement": "registrationOnly",
                  "keyRestrictions": { "isEnforced": true, "enforcementType": "allow",
                                       "aaGuids": [AUTHENTICATOR_IOS, AUTHENTICATOR_ANDROID] } }
            ]
        })),
        "microsoftAuthenticator" => Some(json!({
            "@odata.type": "#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
            "id": "MicrosoftAuthenticator", "state": "enabled",
            "includeTargets": [{ "targetType": "group", "id": "all_users", "isRegistrationRequired": false, "authenticationMode": "any" }],
            "excludeTargets": []
        })),
        "temporaryAccessPass" => Some(json!({
            "@odata.type": "#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
            "id": "TemporaryAccessPass", "state": "disabled", "defaultLifetimeInMinutes": 60, "defaultLength": 8,
            "minimumLifetimeInMinutes": 60, "maximumLifetimeInMinutes": 480, "isUsableOnce": false,
            "includeTargets": [], "excludeTargets": []
        })),
        _ => None,
    }
}

fn configuration_answer(graph: &Graph, headers: &HeaderMap, body: Option<Value>) -> Response {
    if !signed_in(headers) {
        return graph_error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken", "Access token is empty.");
    }
    match (graph.config, body) {
        (Config::Forbidden, _) => graph_error(
            StatusCode::FORBIDDEN,
            "accessDenied",
            "Request Authorization failed: the caller lacks Policy.Read.All.",
        ),
        (Config::Profiles, Some(body)) => axum::Json(body).into_response(),
        (Config::Absent, _) | (Config::Profiles, None) => {
            graph_error(StatusCode::NOT_FOUND, "Request_ResourceNotFound", "Resource not found.")
        }
    }
}

async fn policy_route(State(graph): State<Arc<Graph>>, headers: HeaderMap) -> Response {
    configuration_answer(&graph, &headers, Some(methods_policy()))
}

async fn method_route(State(graph): State<Arc<Graph>>, headers: HeaderMap, Path(method): Path<String>) -> Response {
    configuration_answer(&graph, &headers, method_configuration(&method))
}

/// The directory's id, as its discovery document's issuer names it.
const DIRECTORY_ID: &str = "84841066-274d-4ec0-a5c1-276be684bdd3";
/// The banner logo the stand-in's sign-in page shows.
const BANNER_LOGO: &[u8] = include_bytes!("../../end2end/fixtures/logo.png");

async fn discovery(Path(directory): Path<String>) -> Response {
    if directory != DIRECTORY && directory != DIRECTORY_ID {
        return (StatusCode::BAD_REQUEST, axum::Json(json!({ "error": "invalid_tenant" }))).into_response();
    }
    axum::Json(json!({
        "token_endpoint": format!("https://login.microsoftonline.com/{DIRECTORY_ID}/oauth2/v2.0/token"),
        "issuer": format!("https://login.microsoftonline.com/{DIRECTORY_ID}/v2.0"),
    }))
    .into_response()
}

/// `GET /v1.0/organization/{id}/branding`: configured (a colour and a banner logo) with the
/// profiles, absent (404, as for a tenant without branding), or refused with the rest.
async fn branding_route(State(graph): State<Arc<Graph>>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    if !signed_in(&headers) {
        return graph_error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken", "Access token is empty.");
    }
    let default = headers.get("accept-language").and_then(|v| v.to_str().ok()) == Some("0");
    match graph.config {
        _ if id != DIRECTORY_ID || !default => {
            graph_error(StatusCode::NOT_FOUND, "Request_ResourceNotFound", "Resource not found.")
        }
        Config::Forbidden => graph_error(
            StatusCode::FORBIDDEN,
            "Authorization_RequestDenied",
            "Insufficient privileges to complete the operation.",
        ),
        Config::Absent => graph_error(StatusCode::NOT_FOUND, "Request_ResourceNotFound", "Resource not found."),
        Config::Profiles => axum::Json(json!({
            "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#branding",
            "id": "0",
            "backgroundColor": "#FFB900",
            "backgroundImageRelativeUrl": null,
            "bannerLogoRelativeUrl": "c1c6b6c8-urr-dzbkz44n5kuo9kzl1kziuujjcdqonoe2owyacso/logintenantbranding/0/bannerlogo?ts=637535563824629275",
            "cdnList": ["secure.aadcdn.microsoftonline-p.com", "aadcdn.msftauthimages.net"],
            "signInPageText": "Contoso",
            "usernameHintText": ""
        }))
        .into_response(),
    }
}

async fn banner_logo_route(State(graph): State<Arc<Graph>>, headers: HeaderMap) -> Response {
    if !signed_in(&headers) {
        return graph_error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken", "Access token is empty.");
    }
    match graph.config {
        Config::Profiles => ([("content-type", "image/*")], BANNER_LOGO).into_response(),
        _ => axum::Json(json!({})).into_response(),
    }
}

/// `GET /beta/auditLogs/signIns?$filter=createdDateTime ge …`: two pages; refused with the
/// configuration when the app lacks permissions.
async fn sign_ins_route(
    State(graph): State<Arc<Graph>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if !signed_in(&headers) {
        return graph_error(StatusCode::UNAUTHORIZED, "InvalidAuthenticationToken", "Access token is empty.");
    }
    if graph.config == Config::Forbidden {
        return graph_error(
            StatusCode::FORBIDDEN,
            "Authentication_RequestFromNonPremiumTenantOrB2CTenant",
            "Neither tenant is B2C or tenant doesn't have premium license",
        );
    }
    let first = !query.contains_key("$skiptoken");
    assert!(
        !first
            || query.get("$filter").is_some_and(|f| f.starts_with("createdDateTime ge ") && f.ends_with("T00:00:00Z")),
        "{query:?}"
    );
    let sign_in = |upn: &str, method: &str, client: &str| {
        json!({ "id": upn, "createdDateTime": "2026-11-20T08:00:00Z", "userPrincipalName": upn, "clientAppUsed": client,
                "isInteractive": true, "status": { "errorCode": 0 },
                "authenticationDetails": [{ "authenticationMethod": method, "succeeded": true }] })
    };
    match query.get("$skiptoken").map(String::as_str) {
        None => axum::Json(json!({
            "value": [sign_in("adele@contoso.com", "Passkey (device-bound)", "Browser"),
                      sign_in("diego@contoso.com", "Password", "Browser")],
            "@odata.nextLink": format!("{}/beta/auditLogs/signIns?$skiptoken=two", graph.base),
        }))
        .into_response(),
        Some(_) => axum::Json(json!({ "value": [sign_in("isaiah@contoso.com", "Password", "IMAP4")] })).into_response(),
    }
}

async fn stand_in(fido2: Fido2, page_two_broken: bool) -> Stand {
    stand_in_with(fido2, page_two_broken, Config::Absent).await
}

async fn stand_in_with(fido2: Fido2, page_two_broken: bool, config: Config) -> Stand {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let graph = Arc::new(Graph {
        base: url.clone(),
        fido2,
        config,
        page_two_broken,
        token_requests: AtomicUsize::new(0),
        page_two_requests: AtomicUsize::new(0),
        fido2_requests: AtomicUsize::new(0),
        batch_requests: AtomicUsize::new(0),
    });
    let router = axum::Router::new()
        .route("/{directory}/oauth2/v2.0/token", post(token))
        .route("/{directory}/v2.0/.well-known/openid-configuration", get(discovery))
        .route("/v1.0/organization/{id}/branding", get(branding_route))
        .route("/v1.0/organization/{id}/branding/localizations/{locale}/bannerLogo", get(banner_logo_route))
        .route("/v1.0/reports/authenticationMethods/userRegistrationDetails", get(registration_details))
        .route("/v1.0/users/{user}/authentication/fido2Methods", get(fido2_list))
        .route("/v1.0/$batch", post(batch))
        .route("/beta/auditLogs/signIns", get(sign_ins_route))
        .route("/v1.0/policies/authenticationMethodsPolicy", get(policy_route))
        .route(
            "/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/{method}",
            get(method_route),
        )
        .with_state(graph.clone());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    Stand { url, graph }
}

fn settings(stand: &Stand, secret: &str) -> GraphSettings {
    let mut settings =
        GraphSettings::new(DIRECTORY, CLIENT_ID, SecretString::from(secret.to_owned()), &stand.url, &stand.url)
            .unwrap();
    settings.retry = RetryPolicy { attempts: 3, max_wait: Duration::from_secs(2), backoff: Duration::from_millis(10) };
    settings
}

async fn set_policy(app: &TestApp, policy: PasskeyPolicy) -> i64 {
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let changes = tenants::TenantChanges { policy: Some(policy), ..Default::default() };
    tenants::update(&app.db, tenant.id, changes, 0).await.unwrap();
    tenant.id
}

async fn count(app: &TestApp, table: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(&format!("select count(*) from {table}")).fetch_one(&app.db.pool).await.unwrap();
    n
}

const DEVICE_BOUND: PasskeyPolicy = PasskeyPolicy {
    allow_synced: false,
    allow_device_bound: true,
    enforce_attestation: false,
    key_restrictions: passkey_guide::guide::policy::KeyRestrictions::NONE,
    windows_hello: true,
};

#[tokio::test]
async fn a_fetch_reads_every_page_waits_out_throttling_and_names_each_passkeys_provider() {
    let app = spawn_app().await;
    let tenant_id = set_policy(&app, DEVICE_BOUND).await;
    let stand = stand_in(Fido2::Answer, false).await;

    let started = std::time::Instant::now();
    let line = fetch_from_graph(&app.db, "demo", &settings(&stand, SECRET), Fetch::Everything, 1_790_000_000_000)
        .await
        .unwrap();
    assert!(started.elapsed() >= Duration::from_secs(1), "Retry-After: 1 was waited out");
    assert_eq!(stand.graph.token_requests.load(Ordering::SeqCst), 1);
    assert_eq!(stand.graph.page_two_requests.load(Ordering::SeqCst), 2, "page 2 asked again after the 429");
    assert_eq!(stand.graph.fido2_requests.load(Ordering::SeqCst), 5, "only members with a passkey are looked up");
    assert_eq!(stand.graph.batch_requests.load(Ordering::SeqCst), 1, "in one JSON batch");
    assert!(line.starts_with("fetched 8 users (3 pages) from Microsoft Graph into demo: 5 of 7 in scope"), "{line}");
    // Alex's only passkey is in iCloud Keychain: synced, which this device-bound policy forbids.
    assert!(line.contains("5 of 7 in scope have a passkey (71.4%), 4 one the passkey policy allows (57.1%)"), "{line}");
    assert!(
        line.contains("6 passkeys by provider") && line.contains("2 in a provider the tenant's policy does not allow"),
        "{line}"
    );
    assert!(!line.contains(SECRET) && !line.contains(ACCESS_TOKEN));
    // The sign-in log, two pages: Adele with a passkey, Diego registered but with a password,
    // Isaiah with IMAP.
    assert!(
        line.contains("read 3 person-days of sign-ins since 2026-09-14: over 30 days 1 of 3 people signed in with a passkey (33.3%), 1 registered people still use a password only, 1 use a legacy client"),
        "{line}"
    );

    let token = app.token_for("demo").await;
    let coverage: Value = app
        .client
        .get(app.url("/api/v1/tenants/demo/coverage"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!((coverage["in_scope"].as_i64(), coverage["with_passkey"].as_i64()), (Some(7), Some(5)));

    let counts = providers::latest(&app.db, tenant_id, &DEVICE_BOUND).await.unwrap().unwrap();
    let table: Vec<(Provider, i64, bool)> = counts.iter().map(|c| (c.provider, c.registrations, c.allowed)).collect();
    assert_eq!(
        table,
        vec![
            (Provider::MicrosoftAuthenticator, 2, true),
            (Provider::IcloudKeychain, 1, false),
            (Provider::GooglePasswordManager, 1, false),
            (Provider::WindowsHello, 1, true),
            (Provider::SecurityKey, 1, true),
        ]
    );
    let (guests,): (i64,) =
        sqlx::query_as("select count(*) from entra_passkeys where user_principal_name like 'guest%'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(guests, 0);

    // The dashboard shows the table with the refused providers flagged, and exports it.
    admins::create(
        &app.db,
        "it@contoso.example",
        &SecretString::from("correct horse battery"),
        admins::Role::Owner,
        None,
        0,
    )
    .await
    .unwrap();
    let browser = crate::helpers::browser();
    let signed = crate::helpers::post_sign_in(&app, &browser, "it@contoso.example", "correct horse battery").await;
    assert_eq!(signed.status(), 303);
    let html = browser.get(app.url("/admin/tenants/demo/dashboard")).send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Passkey providers"), "{html}");
    assert!(html.contains(r#"<tr data-provider="icloud-keychain" class="flagged">"#), "{html}");
    assert!(html.contains(r#"<tr data-provider="windows-hello" class="allowed">"#), "{html}");
    assert!(html.contains("2 registrations are in a provider this tenant"), "{html}");
    let csv = browser.get(app.url("/admin/tenants/demo/dashboard/providers.csv")).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    let csv = String::from_utf8(csv.bytes().await.unwrap().to_vec()).unwrap();
    // The byte-order mark first, so Excel on Windows reads UTF-8.
    let csv = csv.strip_prefix('\u{feff}').expect("a byte-order mark");
    assert_eq!(csv.lines().next(), Some("provider,registrations,people,allowed_by_policy"));
    assert!(
        csv.contains("google-password-manager,1,1,no\n") && csv.contains("microsoft-authenticator,2,2,yes\n"),
        "{csv}"
    );
}

#[tokio::test]
async fn without_permission_to_read_passkeys_the_report_is_imported_without_providers() {
    let app = spawn_app().await;
    let tenant_id = set_policy(&app, DEVICE_BOUND).await;
    let stand = stand_in(Fido2::Forbidden, false).await;

    let line = fetch_from_graph(&app.db, "demo", &settings(&stand, SECRET), Fetch::Everything, 0).await.unwrap();
    assert!(line.contains("5 of 7 in scope"), "{line}");
    assert!(line.contains("providers not read"), "{line}");
    assert_eq!(count(&app, "entra_imports").await, 1);
    assert_eq!(count(&app, "entra_users").await, 8);
    assert_eq!(count(&app, "entra_passkeys").await, 0);
    assert_eq!(providers::latest(&app.db, tenant_id, &DEVICE_BOUND).await.unwrap(), None);
}

#[tokio::test]
async fn a_failed_fetch_stores_nothing_and_never_shows_the_secret() {
    let app = spawn_app().await;

    let stand = stand_in(Fido2::Answer, false).await;
    let error =
        fetch_from_graph(&app.db, "demo", &settings(&stand, "wrong secret"), Fetch::Everything, 0).await.unwrap_err();
    let text = format!("{error:#}");
    assert!(text.contains("invalid_client") || text.contains("AADSTS7000215"), "{text}");
    assert!(!text.contains("wrong secret"), "{text}");

    let broken = stand_in(Fido2::Answer, true).await;
    let error = fetch_from_graph(&app.db, "demo", &settings(&broken, SECRET), Fetch::Everything, 0).await.unwrap_err();
    let text = format!("{error:#}");
    assert!(text.contains("500"), "{text}");
    assert_eq!(broken.graph.page_two_requests.load(Ordering::SeqCst), 1, "a 500 is not retried");

    let throttled = stand_in(Fido2::Throttled, false).await;
    let error =
        fetch_from_graph(&app.db, "demo", &settings(&throttled, SECRET), Fetch::Everything, 0).await.unwrap_err();
    let text = format!("{error:#}");
    assert!(text.contains("429") && text.contains("3 attempts"), "{text}");

    assert_eq!(count(&app, "entra_imports").await, 0);
    assert_eq!(count(&app, "entra_users").await, 0);
    assert_eq!(count(&app, "entra_passkeys").await, 0);
}

/// The configuration brings Entra's passkey profiles: the guide follows the default one, and the
/// readiness checks read the rest. Nothing else is fetched with `--config-only`.
#[tokio::test]
async fn the_configuration_brings_the_passkey_profiles_and_the_readiness_checks() {
    let app = spawn_app().await;
    let token = app.token_for("demo").await;
    let readiness = |app: &TestApp, token: String| {
        let url = app.url("/api/v1/tenants/demo/readiness");
        let client = app.client.clone();
        async move { client.get(url).bearer_auth(token).send().await.unwrap().json::<Value>().await.unwrap() }
    };
    // Nothing read yet: every check is null and says what to do.
    let before = readiness(&app, token.clone()).await;
    assert_eq!(before["fetched_at"], Value::Null);
    let checks = before["checks"].as_array().unwrap();
    assert_eq!(checks.len(), 6);
    assert!(
        checks.iter().all(|c| c["ok"].is_null() && c["detail"].as_str().is_some_and(|d| !d.is_empty())),
        "{before}"
    );
    // The demo's IT had enabled Windows Hello by hand and the policy said "device-bound only".
    set_policy(&app, PasskeyPolicy { windows_hello: true, ..DEVICE_BOUND }).await;

    let stand = stand_in_with(Fido2::Answer, false, Config::Profiles).await;
    let summary =
        fetch_from_graph(&app.db, "demo", &settings(&stand, SECRET), Fetch::ConfigurationOnly, 1_790_000_000_000)
            .await
            .unwrap();
    assert!(
        summary.contains("Passkey (FIDO2) enabled") && summary.contains("Temporary Access Pass disabled"),
        "{summary}"
    );
    assert!(summary.contains("2 passkey profiles: “Default passkey profile”, “Administrators”"), "{summary}");
    assert!(summary.contains("the guide follows the default profile “Default passkey profile”"), "{summary}");
    assert!(!summary.contains("not read"), "{summary}");
    assert_eq!(count(&app, "entra_imports").await, 0, "--config-only reads no report");
    assert_eq!(stand.graph.fido2_requests.load(Ordering::SeqCst), 0);

    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert!(tenant.policy.allow_synced && tenant.policy.allow_device_bound, "the default profile allows both");
    assert!(tenant.policy.windows_hello, "no allow list: IT's own Windows Hello setting stays");
    app.clock.advance(time::Duration::seconds(3));
    let mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
    let page = app.get_as("/demo", mac).await.text().await.unwrap();
    assert!(page.contains("data-flow=\"mac\""), "a Mac under the default profile gets iCloud Keychain");

    let after = readiness(&app, token).await;
    assert_eq!(after["tenant"], "demo");
    assert_eq!(after["fetched_at"], "2026-09-21T14:13:20Z");
    let ok: Vec<(String, Value)> = after["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["id"].as_str().unwrap().to_owned(), c["ok"].clone()))
        .collect();
    assert_eq!(
        ok,
        vec![
            ("passkeys-enabled".to_owned(), json!(true)),
            ("self-service-registration".to_owned(), json!(true)),
            ("authenticator-allowed".to_owned(), json!(true)),
            ("registration-campaign".to_owned(), json!(true)),
            ("temporary-access-pass".to_owned(), json!(false)),
            ("coverage-majority".to_owned(), Value::Null),
        ]
    );
    let tap = &after["checks"][4]["detail"];
    assert!(
        tap.as_str().unwrap().contains("Entra ID > Authentication methods > Policies > Temporary Access Pass"),
        "{tap}"
    );

    // The checklist is on the dashboard and counted on the admin home page.
    crate::admin::add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let client = crate::admin::sign_in(&app, "it@contoso.example").await;
    let dashboard = client.get(app.url("/admin/tenants/demo/dashboard")).send().await.unwrap().text().await.unwrap();
    assert!(
        dashboard.contains("data-check=\"temporary-access-pass\"") && dashboard.contains("Needs attention"),
        "{dashboard}"
    );
    let home = client.get(app.url("/admin")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Ready in Entra: 4 of 6 checks"), "{home}");
}

/// Without Policy.Read.All each part of the configuration is named on one line, and the report
/// arrives all the same.
#[tokio::test]
async fn a_refused_configuration_is_named_and_the_report_still_arrives() {
    let app = spawn_app().await;
    set_policy(&app, DEVICE_BOUND).await;
    let stand = stand_in_with(Fido2::Answer, false, Config::Forbidden).await;
    let summary = fetch_from_graph(&app.db, "demo", &settings(&stand, SECRET), Fetch::Everything, 0).await.unwrap();
    let refused: Vec<&str> = summary.lines().filter(|l| l.starts_with("not read: ")).collect();
    assert_eq!(refused.len(), 6, "{summary}");
    assert!(refused[..4].iter().all(|l| l.contains("(403)") && l.contains("Policy.Read.All")), "{summary}");
    assert!(
        refused[4].starts_with("not read: the company branding: Microsoft Graph refused (403)")
            && refused[4].contains("OrganizationalBranding.Read.All"),
        "{summary}"
    );
    assert!(
        refused[5].starts_with("not read: the sign-in log: Microsoft Graph refused (403)")
            && refused[5].contains("AuditLog.Read.All"),
        "{summary}"
    );
    assert!(summary.lines().next().unwrap().starts_with("fetched 8 users"), "{summary}");
    assert_eq!(count(&app, "entra_imports").await, 1);
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert_eq!(tenant.policy, DEVICE_BOUND, "a policy nobody read stays as IT set it");
}

/// Entra assigns passkey profiles per group, and the link says which one: the default profile
/// (synced and device-bound) on a Mac recommends iCloud Keychain; the administrators' profile
/// (device-bound, attested, Authenticator only) on the same Mac offers no synced provider, and
/// every link on its pages keeps `?p=`.
#[tokio::test]
async fn a_link_follows_the_passkey_profile_it_names() {
    let app = spawn_app().await;
    let stand = stand_in_with(Fido2::Answer, false, Config::Profiles).await;
    fetch_from_graph(&app.db, "demo", &settings(&stand, SECRET), Fetch::ConfigurationOnly, 0).await.unwrap();
    app.clock.advance(time::Duration::seconds(3));
    let mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
    let html = |path: String| {
        let app = &app;
        async move { app.get_as(&path, mac).await.text().await.unwrap() }
    };

    let default = html("/demo".to_owned()).await;
    assert!(default.contains("data-flow=\"mac\""), "{default}");

    let admins = html(format!("/demo?p={ADMIN_PROFILE}")).await;
    assert!(admins.contains("data-flow=\"cross-device\""), "{admins}");
    for synced in ["flow=mac", "flow=iphone-icloud", "flow=android\"", "flow=android&"] {
        assert!(!admins.contains(synced), "{synced} offered under the administrators' profile: {admins}");
    }
    assert!(admins.contains(&format!("/demo/cross-device/1?p={ADMIN_PROFILE}")), "Start keeps the profile: {admins}");
    let devices = html(format!("/demo/devices?p={ADMIN_PROFILE}")).await;
    assert!(!devices.contains("flow=mac") && !devices.contains("flow=security-key"), "{devices}");
    assert!(
        devices.contains(&format!("flow=samsung&amp;p={ADMIN_PROFILE}"))
            || devices.contains(&format!("p={ADMIN_PROFILE}&amp;flow=samsung")),
        "{devices}"
    );
    // A step of a flow the profile forbids goes back to the profile's start page.
    let refused = app.get_as(&format!("/demo/mac/2?p={ADMIN_PROFILE}"), mac).await;
    assert_eq!(refused.status(), 303);
    assert!(refused.headers()["location"].to_str().unwrap().contains(&format!("p={ADMIN_PROFILE}")));
    // A profile the tenant does not have is ignored, not carried on.
    let unknown = html("/demo?p=no-such-profile".to_owned()).await;
    assert!(unknown.contains("data-flow=\"mac\"") && !unknown.contains("no-such-profile"), "{unknown}");

    // The Emails page makes one set per profile: the administrators' wave gets their link.
    crate::admin::add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let client = crate::admin::sign_in(&app, "it@contoso.example").await;
    let text = |path: String| {
        let (client, url) = (client.clone(), app.url(&path));
        async move { client.get(url).send().await.unwrap().text().await.unwrap() }
    };
    let emails = text("/admin/tenants/demo/emails".to_owned()).await;
    assert!(emails.contains(&format!("/admin/tenants/demo/emails?lang=en&amp;p={ADMIN_PROFILE}")), "{emails}");
    assert!(emails.contains("/demo?c=announcement") && !emails.contains("c=announcement&amp;p="), "{emails}");
    let admin_emails = text(format!("/admin/tenants/demo/emails?p={ADMIN_PROFILE}")).await;
    assert!(admin_emails.contains(&format!("/demo?c=announcement&amp;p={ADMIN_PROFILE}")), "{admin_emails}");
    let eml = text(format!("/admin/tenants/demo/emails/reminder.eml?lang=en&p={ADMIN_PROFILE}")).await;
    // The plain-text part, base64 as the .eml writes it.
    let plain = eml.split("Content-Transfer-Encoding: base64").nth(1).unwrap().split("--=_").next().unwrap();
    let plain: String = plain.split_whitespace().collect();
    use base64::Engine;
    let plain = String::from_utf8(base64::engine::general_purpose::STANDARD.decode(plain).unwrap()).unwrap();
    assert!(plain.contains(&format!("/demo?c=reminder&p={ADMIN_PROFILE}")), "{plain}");
}

async fn post_form(app: &TestApp, client: &reqwest::Client, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let token = crate::helpers::csrf(client, &app.url("/admin/tenants/demo/entra")).await;
    let mut form = vec![("_csrf", token.as_str())];
    form.extend_from_slice(fields);
    client.post(app.url(path)).form(&form).send().await.unwrap()
}

/// The sign-in page's banner logo and background colour are read with the configuration, shown
/// on the Entra ID page, and become the guide's only when IT uses them, through the checks of an
/// upload and a typed colour.
#[tokio::test]
async fn the_sign_in_pages_branding_is_offered_and_used_through_the_same_checks() {
    let app = spawn_app().await;
    let stand = stand_in_with(Fido2::Answer, false, Config::Profiles).await;
    let summary =
        fetch_from_graph(&app.db, "demo", &settings(&stand, SECRET), Fetch::ConfigurationOnly, 1_790_000_000_000)
            .await
            .unwrap();
    assert!(
        summary.contains("company branding: banner logo (image/png, 1 KB), background colour #ffb900"),
        "{summary}"
    );
    let before = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert!(!before.has_logo(), "nothing reaches the guide by itself");

    crate::admin::add_admin(&app, "viewer@contoso.example", admins::Role::Viewer, None).await;
    let viewer = crate::admin::sign_in(&app, "viewer@contoso.example").await;
    let page = viewer.get(app.url("/admin/tenants/demo/entra")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Your sign-in page’s branding") && page.contains("Background colour #ffb900"), "{page}");
    assert!(page.contains("The guide will use #"), "yellow fails the contrast check and says so: {page}");
    assert!(!page.contains("Use this logo"), "a viewer sees the offer, not the buttons: {page}");
    let logo = viewer.get(app.url("/admin/tenants/demo/entra/branding/logo?v=1")).send().await.unwrap();
    assert_eq!(logo.headers()["content-type"], "image/png");
    assert_eq!(&logo.bytes().await.unwrap()[..], BANNER_LOGO);
    let refused = app.client.get(app.url("/admin/tenants/demo/entra/branding/logo")).send().await.unwrap();
    assert_eq!(refused.status(), 303, "signed out: to the sign-in page");

    crate::admin::add_admin(&app, "it@contoso.example", admins::Role::Editor, None).await;
    let editor = crate::admin::sign_in(&app, "it@contoso.example").await;
    let page = editor.get(app.url("/admin/tenants/demo/entra")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Use this logo") && page.contains("Use this colour"), "{page}");
    let logo = post_form(&app, &editor, "/admin/tenants/demo/entra/branding", &[("use", "logo")]).await;
    assert_eq!(logo.headers()["location"], "/admin/tenants/demo?saved=1");
    let color = post_form(&app, &editor, "/admin/tenants/demo/entra/branding", &[("use", "color")]).await;
    assert_eq!(
        color.headers()["location"],
        "/admin/tenants/demo?saved=1&adjusted=%23ffb900",
        "the settings page says which colour is used"
    );
    app.clock.advance(time::Duration::seconds(3));
    let after = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert_eq!(after.primary_color.to_hex(), "#ffb900");
    assert_eq!(
        tenants::logo(&app.db, after.id).await.unwrap().unwrap(),
        ("image/png".to_owned(), BANNER_LOGO.to_vec())
    );
    let page = editor.get(app.url("/admin/tenants/demo/entra")).send().await.unwrap().text().await.unwrap();
    assert_eq!(page.matches("In use in the guide").count(), 2, "{page}");
    let unknown = post_form(&app, &editor, "/admin/tenants/demo/entra/branding", &[("use", "background-image")]).await;
    assert_eq!(unknown.status(), 404);
}

/// A tenant without company branding (404) is told so; a logo Graph sends that fails the upload
/// checks would be named and not kept (`entra::branding` unit tests).
#[tokio::test]
async fn a_tenant_without_branding_is_told_so() {
    let app = spawn_app().await;
    let stand = stand_in_with(Fido2::Answer, false, Config::Absent).await;
    let summary =
        fetch_from_graph(&app.db, "demo", &settings(&stand, SECRET), Fetch::ConfigurationOnly, 0).await.unwrap();
    assert!(summary.contains("company branding: no banner logo or background colour is set"), "{summary}");
    crate::admin::add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let client = crate::admin::sign_in(&app, "it@contoso.example").await;
    let page = client.get(app.url("/admin/tenants/demo/entra")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Your sign-in page has no banner logo or background colour."), "{page}");
}

const SEALING_KEY: &str = "PdHJyCuZPoqTpqACuLz130wAGv9is2R1B5RNY9ygH+g=";

async fn wait_for_fetch(app: &TestApp, client: &reqwest::Client) -> String {
    for _ in 0..100 {
        let page = client.get(app.url("/admin/tenants/demo/entra")).send().await.unwrap().text().await.unwrap();
        if page.contains("Last fetch finished") {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the fetch did not finish");
}

/// An owner enters the connection in the browser: the secret is sealed (not in the database in
/// clear, never on a page), a fetch runs in the background, and the page shows what it read or
/// why it failed. Only owners connect and fetch.
#[tokio::test]
async fn an_owner_connects_graph_in_the_browser_and_the_secret_never_shows_again() {
    let stand = stand_in_with(Fido2::Answer, false, Config::Profiles).await;
    let url = stand.url.clone();
    let app = crate::helpers::spawn_app_with(move |args| {
        args.secret_key = Some(SEALING_KEY.parse().unwrap());
        args.graph_url = url.clone();
        args.login_url = url;
    })
    .await;
    crate::admin::add_admin(&app, "owner@contoso.example", admins::Role::Owner, None).await;
    crate::admin::add_admin(&app, "editor@contoso.example", admins::Role::Editor, None).await;
    let owner = crate::admin::sign_in(&app, "owner@contoso.example").await;
    let editor = crate::admin::sign_in(&app, "editor@contoso.example").await;
    let path = "/admin/tenants/demo/entra/connection";

    let page = owner.get(app.url("/admin/tenants/demo/entra")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Not connected") && page.contains("Nothing fetched yet."), "{page}");
    let editor_page = editor.get(app.url("/admin/tenants/demo/entra")).send().await.unwrap().text().await.unwrap();
    assert!(!editor_page.contains("name=\"client_secret\""), "only owners see the form");
    let fields =
        [("directory", DIRECTORY), ("client_id", CLIENT_ID), ("client_secret", SECRET), ("read_providers", "1")];
    assert_eq!(post_form(&app, &editor, path, &fields).await.status(), 403);

    let bad = post_form(
        &app,
        &owner,
        path,
        &[("directory", DIRECTORY), ("client_id", "not-a-guid"), ("client_secret", SECRET)],
    )
    .await;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await.unwrap().contains("application (client) id, a GUID"));
    let first =
        post_form(&app, &owner, path, &[("directory", DIRECTORY), ("client_id", CLIENT_ID), ("client_secret", "")])
            .await;
    assert_eq!(first.status(), 422, "a first save needs the secret");
    assert_eq!(post_form(&app, &owner, path, &fields).await.status(), 303);
    let (sealed,): (Vec<u8>,) =
        sqlx::query_as("select sealed_secret from graph_connections").fetch_one(&app.db.pool).await.unwrap();
    assert!(!sealed.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()), "sealed, not in clear");
    let page = owner.get(app.url("/admin/tenants/demo/entra")).send().await.unwrap().text().await.unwrap();
    assert!(
        page.contains("Connected to directory contoso.onmicrosoft.com") && page.contains("A client secret is stored")
    );
    assert!(!page.contains(SECRET), "the secret is never shown again");
    // Saving again without a secret keeps the stored one.
    let keep = [("directory", DIRECTORY), ("client_id", CLIENT_ID), ("client_secret", ""), ("read_providers", "1")];
    assert_eq!(post_form(&app, &owner, path, &keep).await.status(), 303);

    assert_eq!(post_form(&app, &editor, "/admin/tenants/demo/entra/fetch", &[]).await.status(), 403);
    assert_eq!(post_form(&app, &owner, "/admin/tenants/demo/entra/fetch", &[]).await.status(), 303);
    let page = wait_for_fetch(&app, &owner).await;
    assert!(page.contains("fetched 8 users (3 pages) from Microsoft Graph into demo"), "{page}");
    assert!(page.contains("Background colour #ffb900") && page.contains("data-check=\"temporary-access-pass\""));
    assert!(!page.contains(SECRET) && !page.contains(ACCESS_TOKEN));
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert_eq!(tenant.profiles.len(), 2, "Entra's profiles arrived");

    // A wrong secret: the fetch fails, the page says why, the last findings stay.
    let wrong = [
        ("directory", DIRECTORY),
        ("client_id", CLIENT_ID),
        ("client_secret", "wrong secret"),
        ("read_providers", "1"),
    ];
    assert_eq!(post_form(&app, &owner, path, &wrong).await.status(), 303);
    assert_eq!(post_form(&app, &owner, "/admin/tenants/demo/entra/fetch", &[]).await.status(), 303);
    let page = wait_for_fetch(&app, &owner).await;
    assert!(page.contains("The last fetch failed") && page.contains("AADSTS7000215"), "{page}");
    assert!(!page.contains("wrong secret"));

    assert_eq!(post_form(&app, &owner, path, &[("remove", "1")]).await.status(), 303);
    let page = owner.get(app.url("/admin/tenants/demo/entra")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Not connected"), "{page}");
}

/// Without PASSKEY_GUIDE_SECRET_KEY no secret is stored, and the page says how to set it.
#[tokio::test]
async fn without_a_sealing_key_no_secret_is_stored() {
    let app = spawn_app().await;
    crate::admin::add_admin(&app, "owner@contoso.example", admins::Role::Owner, None).await;
    let owner = crate::admin::sign_in(&app, "owner@contoso.example").await;
    let page = owner.get(app.url("/admin/tenants/demo/entra")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("PASSKEY_GUIDE_SECRET_KEY") && !page.contains("name=\"client_secret\""), "{page}");
    // The form is not shown, so the token comes from the sign-out form.
    let fields = [("directory", DIRECTORY), ("client_id", CLIENT_ID), ("client_secret", SECRET)];
    let refused = post_form(&app, &owner, "/admin/tenants/demo/entra/connection", &fields).await;
    assert_eq!(refused.status(), 409);
    assert_eq!(count(&app, "graph_connections").await, 0);
}
