//! "Sign in with Microsoft" against an OpenID provider this test runs itself: a discovery
//! document, a key set with a key made here, an authorization endpoint that sends the browser
//! straight back with a code, and a token endpoint that checks PKCE and the client secret and
//! answers with an ID token signed as the test case says.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use openidconnect::core::{
    CoreGenderClaim, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
    CoreRsaPrivateSigningKey,
};
use openidconnect::{
    AccessToken, AdditionalClaims, Audience, EndUserEmail, EndUserUsername, IdToken, IdTokenClaims, IssuerUrl,
    JsonWebKeyId, JsonWebKeySet, Nonce, PrivateSigningKey, StandardClaims, SubjectIdentifier,
};
use passkey_guide::clock::Clock;
use passkey_guide::db::admins::{self, Role};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::admin::add_admin;
use crate::helpers::{TestApp, browser, set_cookie, spawn_app, spawn_app_with};

const CLIENT_ID: &str = "0b1c2d3e-guide";
const CLIENT_SECRET: &str = "test~client~secret";
const ADMIN: &str = "it@contoso.example";

/// One RSA key for every test in this binary (making one takes a moment).
fn private_key_pem() -> &'static str {
    static PEM: OnceLock<String> = OnceLock::new();
    PEM.get_or_init(|| {
        use rsa::pkcs1::EncodeRsaPrivateKey;
        let key = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).unwrap();
        key.to_pkcs1_pem(rsa::pkcs1::LineEnding::LF).unwrap().to_string()
    })
}

/// What the token endpoint puts into the next ID token.
#[derive(Clone)]
struct Plan {
    email: Option<String>,
    preferred_username: Option<String>,
    audience: String,
    /// `None`: the nonce of the authorization request.
    nonce: Option<String>,
    /// Seconds from the app's clock to the token's expiry.
    expires_in: i64,
    roles: Option<Vec<String>>,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            email: Some(ADMIN.to_owned()),
            preferred_username: None,
            audience: CLIENT_ID.to_owned(),
            nonce: None,
            expires_in: 3600,
            roles: None,
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Roles {
    #[serde(skip_serializing_if = "Option::is_none")]
    roles: Option<Vec<String>>,
}
impl AdditionalClaims for Roles {}

type TestIdToken = IdToken<Roles, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm>;

struct Authorized {
    nonce: String,
    challenge: String,
    redirect_uri: String,
}

struct Provider {
    issuer: String,
    key: CoreRsaPrivateSigningKey,
    plan: Mutex<Plan>,
    codes: Mutex<HashMap<String, Authorized>>,
    /// The time the ID tokens are issued at (the app's fixed clock), in Unix seconds.
    now: Mutex<i64>,
}

struct TestProvider {
    state: Arc<Provider>,
}

impl TestProvider {
    async fn start() -> TestProvider {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let issuer = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
        let key = CoreRsaPrivateSigningKey::from_pem(private_key_pem(), Some(JsonWebKeyId::new("k1".into()))).unwrap();
        let state = Arc::new(Provider {
            issuer,
            key,
            plan: Mutex::new(Plan::default()),
            codes: Mutex::new(HashMap::new()),
            now: Mutex::new(0),
        });
        let router = Router::new()
            .route("/.well-known/openid-configuration", get(discovery))
            .route("/jwks", get(jwks))
            .route("/authorize", get(authorize))
            .route("/token", post(token))
            .with_state(state.clone());
        tokio::spawn(async move { axum::serve(listener, router).await });
        TestProvider { state }
    }

    fn issuer(&self) -> String {
        self.state.issuer.clone()
    }

    fn plan(&self, plan: Plan) {
        *self.state.plan.lock().unwrap() = plan;
    }
}

async fn discovery(State(p): State<Arc<Provider>>) -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "issuer": p.issuer,
        "authorization_endpoint": format!("{}/authorize", p.issuer),
        "token_endpoint": format!("{}/token", p.issuer),
        "jwks_uri": format!("{}/jwks", p.issuer),
        "response_types_supported": ["code"],
        "subject_types_supported": ["pairwise"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "scopes_supported": ["openid", "profile", "email"],
    }))
}

async fn jwks(State(p): State<Arc<Provider>>) -> Json<JsonWebKeySet<CoreJsonWebKey>> {
    Json(JsonWebKeySet::new(vec![p.key.as_verification_key()]))
}

async fn authorize(State(p): State<Arc<Provider>>, Query(q): Query<HashMap<String, String>>) -> Response {
    assert_eq!(q["client_id"], CLIENT_ID);
    assert_eq!(q["response_type"], "code");
    assert_eq!(q["code_challenge_method"], "S256");
    let scopes: Vec<&str> = q["scope"].split(' ').collect();
    assert!(scopes.contains(&"openid") && scopes.contains(&"email"), "{scopes:?}");
    let code = uuid::Uuid::new_v4().simple().to_string();
    p.codes.lock().unwrap().insert(
        code.clone(),
        Authorized {
            nonce: q["nonce"].clone(),
            challenge: q["code_challenge"].clone(),
            redirect_uri: q["redirect_uri"].clone(),
        },
    );
    let mut back = url::Url::parse(&q["redirect_uri"]).unwrap();
    back.query_pairs_mut().append_pair("code", &code).append_pair("state", &q["state"]);
    Redirect::to(back.as_str()).into_response()
}

async fn token(State(p): State<Arc<Provider>>, headers: HeaderMap, Form(f): Form<HashMap<String, String>>) -> Response {
    let refuse = |error: &str| (StatusCode::BAD_REQUEST, Json(serde_json::json!({ "error": error }))).into_response();
    let basic = format!("Basic {}", STANDARD.encode(format!("{CLIENT_ID}:{}", CLIENT_SECRET.replace('~', "%7E"))));
    let basic_raw = format!("Basic {}", STANDARD.encode(format!("{CLIENT_ID}:{CLIENT_SECRET}")));
    let auth = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or("");
    if auth != basic && auth != basic_raw {
        return refuse("invalid_client");
    }
    let Some(authorized) = p.codes.lock().unwrap().remove(f.get("code").map(String::as_str).unwrap_or("")) else {
        return refuse("invalid_grant");
    };
    let verifier = f.get("code_verifier").cloned().unwrap_or_default();
    if URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes())) != authorized.challenge
        || f.get("redirect_uri") != Some(&authorized.redirect_uri)
        || f.get("grant_type").map(String::as_str) != Some("authorization_code")
    {
        return refuse("invalid_grant");
    }
    let plan = p.plan.lock().unwrap().clone();
    let now = *p.now.lock().unwrap();
    let at = |seconds: i64| chrono::DateTime::<chrono::Utc>::from_timestamp(seconds, 0).unwrap();
    let standard = StandardClaims::new(SubjectIdentifier::new("pairwise-subject".into()))
        .set_email(plan.email.map(EndUserEmail::new))
        .set_preferred_username(plan.preferred_username.map(EndUserUsername::new));
    let claims = IdTokenClaims::new(
        IssuerUrl::new(p.issuer.clone()).unwrap(),
        vec![Audience::new(plan.audience)],
        at(now + plan.expires_in),
        at(now),
        standard,
        Roles { roles: plan.roles },
    )
    .set_nonce(Some(Nonce::new(plan.nonce.unwrap_or(authorized.nonce))));
    let access_token = AccessToken::new("opaque-access-token".into());
    let id_token =
        TestIdToken::new(claims, &p.key, CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256, Some(&access_token), None)
            .unwrap();
    Json(serde_json::json!({
        "access_token": access_token.secret(),
        "token_type": "Bearer",
        "expires_in": 3600,
        "id_token": id_token.to_string(),
    }))
    .into_response()
}

async fn app_with(provider: &TestProvider, role_claim: Option<&str>) -> TestApp {
    let issuer = provider.issuer();
    let role_claim = role_claim.map(str::to_owned);
    let app = spawn_app_with(move |args| {
        args.oidc_issuer = Some(issuer);
        args.oidc_client_id = Some(CLIENT_ID.into());
        args.oidc_client_secret = Some(CLIENT_SECRET.into());
        args.oidc_role_claim = role_claim;
    })
    .await;
    *provider.state.now.lock().unwrap() = app.clock.now_ms() / 1000;
    app
}

/// The browser's way through: the button, the provider, and back; the callback's address is
/// changed by `tamper` first. Returns the callback's response.
async fn sign_in_through(
    app: &TestApp,
    client: &reqwest::Client,
    tamper: impl Fn(&str) -> String,
) -> reqwest::Response {
    let start = client.get(app.url("/admin/oidc/start")).send().await.unwrap();
    assert_eq!(start.status(), 303);
    let flow = set_cookie(&start, "pg_oidc").expect("the flow cookie");
    assert!(flow.contains("HttpOnly") && flow.contains("SameSite=Lax") && flow.contains("Path=/admin/oidc"), "{flow}");
    let authorize = start.headers()["location"].to_str().unwrap().to_owned();
    assert!(authorize.contains("code_challenge_method=S256") && authorize.contains("nonce="), "{authorize}");
    assert!(
        authorize.contains(&format!("redirect_uri={}", urlencode(&app.url("/admin/oidc/callback")))),
        "{authorize}"
    );
    let back = client.get(&authorize).send().await.unwrap();
    assert!(back.status().is_redirection());
    let callback = back.headers()["location"].to_str().unwrap().to_owned();
    client.get(tamper(&callback)).send().await.unwrap()
}

async fn sign_in(app: &TestApp, client: &reqwest::Client) -> reqwest::Response {
    sign_in_through(app, client, str::to_owned).await
}

fn urlencode(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

async fn assert_refused(response: reqwest::Response, status: u16, message: &str) {
    assert_eq!(response.status(), status);
    assert!(set_cookie(&response, "pg_admin").is_none(), "no session");
    let body = response.text().await.unwrap();
    assert!(body.contains(message), "{body}");
    assert!(body.contains("Sign in with Microsoft"), "the page offers the button again");
}

async fn admin_page_opens(app: &TestApp, client: &reqwest::Client) -> bool {
    let response = client.get(app.url("/admin")).send().await.unwrap();
    response.status() == 200 && response.text().await.unwrap().contains("Your guides")
}

#[tokio::test]
async fn an_administrator_signs_in_with_microsoft_and_gets_a_session() {
    let provider = TestProvider::start().await;
    let app = app_with(&provider, None).await;
    add_admin(&app, ADMIN, Role::Owner, None).await;

    let page = app.client.get(app.url("/admin/login")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(r#"href="/admin/oidc/start""#) && page.contains(">Sign in with Microsoft</a>"), "{page}");

    let client = browser();
    // The email in the token is compared without regard to case.
    provider.plan(Plan { email: Some("IT@Contoso.example".into()), ..Plan::default() });
    let response = sign_in(&app, &client).await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/admin");
    let session = set_cookie(&response, "pg_admin").expect("a session cookie");
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Strict"), "{session}");
    assert!(set_cookie(&response, "pg_oidc").is_some_and(|c| c.contains("Max-Age=0")), "the flow is used up");
    assert!(admin_page_opens(&app, &client).await);

    // Without `email`, `preferred_username` names the account.
    let other = browser();
    provider.plan(Plan { email: None, preferred_username: Some(ADMIN.into()), ..Plan::default() });
    assert_eq!(sign_in(&app, &other).await.status(), 303);
    assert!(admin_page_opens(&app, &other).await);

    let log = passkey_guide::db::audit::list(&app.db, &Default::default()).await.unwrap();
    let sign_ins: Vec<_> = log.iter().map(|e| (e.action_name.as_str(), e.subject.as_str())).collect();
    assert_eq!(sign_ins, [("sign-in", "Microsoft"), ("sign-in", "Microsoft")], "each sign-in is in the audit log");
}

#[tokio::test]
async fn an_unknown_or_disabled_account_is_refused_and_none_is_created() {
    let provider = TestProvider::start().await;
    let app = app_with(&provider, None).await;
    add_admin(&app, ADMIN, Role::Owner, None).await;

    let client = browser();
    provider.plan(Plan { email: Some("someone.else@contoso.example".into()), ..Plan::default() });
    assert_refused(sign_in(&app, &client).await, 403, "match an administrator here").await;
    assert!(admins::find_by_email(&app.db, "someone.else@contoso.example").await.unwrap().is_none());
    let log = passkey_guide::db::audit::list(&app.db, &Default::default()).await.unwrap();
    assert_eq!(
        (log[0].action_name.as_str(), log[0].actor.as_str()),
        ("sign-in-failed", "someone.else@contoso.example")
    );
    assert!(!admin_page_opens(&app, &client).await);

    admins::disable(&app.db, ADMIN, 0).await.unwrap();
    provider.plan(Plan::default());
    assert_refused(sign_in(&app, &client).await, 403, "match an administrator here").await;
    assert!(!admin_page_opens(&app, &client).await);
}

#[tokio::test]
async fn tokens_for_another_audience_with_another_nonce_or_expired_are_refused() {
    let provider = TestProvider::start().await;
    let app = app_with(&provider, None).await;
    add_admin(&app, ADMIN, Role::Owner, None).await;
    let client = browser();
    for plan in [
        Plan { audience: "another-application".into(), ..Plan::default() },
        Plan { nonce: Some("a-nonce-from-another-sign-in".into()), ..Plan::default() },
        Plan { expires_in: -600, ..Plan::default() },
    ] {
        provider.plan(plan);
        assert_refused(sign_in(&app, &client).await, 401, "could not be verified").await;
        assert!(!admin_page_opens(&app, &client).await);
    }
}

#[tokio::test]
async fn a_tampered_state_a_missing_flow_and_a_provider_error_are_refused() {
    let provider = TestProvider::start().await;
    let app = app_with(&provider, None).await;
    add_admin(&app, ADMIN, Role::Owner, None).await;
    let client = browser();

    let tampered = sign_in_through(&app, &client, |url| {
        let mut url = url::Url::parse(url).unwrap();
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| {
                let v = if k == "state" { format!("{v}x") } else { v.into_owned() };
                (k.into_owned(), v)
            })
            .collect();
        url.query_pairs_mut().clear().extend_pairs(pairs);
        url.to_string()
    })
    .await;
    assert_refused(tampered, 400, "has expired or did not start here").await;
    assert!(!admin_page_opens(&app, &client).await);

    // A callback this browser did not start (no flow cookie), even with a real code.
    let stranger = browser();
    let start = client.get(app.url("/admin/oidc/start")).send().await.unwrap();
    let back = client.get(start.headers()["location"].to_str().unwrap()).send().await.unwrap();
    let callback = back.headers()["location"].to_str().unwrap().to_owned();
    assert_refused(stranger.get(&callback).send().await.unwrap(), 400, "did not start here").await;

    let refused = client.get(app.url("/admin/oidc/callback?error=access_denied&state=x")).send().await.unwrap();
    assert_refused(refused, 401, "Microsoft did not sign you in").await;
}

#[tokio::test]
async fn a_role_claim_can_withhold_a_role_but_never_grant_one() {
    let provider = TestProvider::start().await;
    let app = app_with(&provider, Some("roles")).await;
    add_admin(&app, ADMIN, Role::Editor, None).await;
    let client = browser();

    for roles in [None, Some(vec!["viewer".to_owned()]), Some(vec!["Something.Else".to_owned()])] {
        provider.plan(Plan { roles, ..Plan::default() });
        assert_refused(sign_in(&app, &client).await, 403, "app role").await;
    }
    provider.plan(Plan { roles: Some(vec!["viewer".into(), "owner".into()]), ..Plan::default() });
    assert_eq!(sign_in(&app, &client).await.status(), 303);
    // The session has the account's role, not the claim's higher one.
    let page = client.get(app.url("/admin")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Your guides") && !page.contains("Add an organisation"), "an editor's page");
}

#[tokio::test]
async fn an_unreachable_provider_leaves_the_password_sign_in_and_says_so() {
    // A port nothing listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let issuer = format!("http://127.0.0.1:{}", closed.local_addr().unwrap().port());
    drop(closed);
    let app = spawn_app_with(move |args| {
        args.oidc_issuer = Some(issuer);
        args.oidc_client_id = Some(CLIENT_ID.into());
        args.oidc_client_secret = Some(CLIENT_SECRET.into());
    })
    .await;
    let start = app.client.get(app.url("/admin/oidc/start")).send().await.unwrap();
    assert_eq!(start.status(), 503);
    let page = app.client.get(app.url("/admin/login")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("Sign in with Microsoft is unavailable right now"), "{page}");
    assert!(page.contains(r#"name="password""#) && !page.contains("/admin/oidc/start"));
}

#[tokio::test]
async fn without_configuration_there_is_no_button_and_no_sign_in() {
    let app = spawn_app().await;
    let page = app.client.get(app.url("/admin/login")).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("Microsoft"));
    assert_eq!(app.client.get(app.url("/admin/oidc/start")).send().await.unwrap().status(), 404);
    assert_eq!(app.client.get(app.url("/admin/oidc/callback?code=x&state=y")).send().await.unwrap().status(), 404);
}
