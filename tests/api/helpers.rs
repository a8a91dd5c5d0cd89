use std::sync::Arc;

use passkey_guide::cli::ServeArgs;
use passkey_guide::clock::{FixedClock, SharedClock};
use passkey_guide::db::{Db, tenants, tokens};
use passkey_guide::settings::Settings;
use passkey_guide::startup::Application;
use secrecy::ExposeSecret;
use time::macros::datetime;
use tokio::sync::oneshot;

pub const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
pub const REDUCED_ANDROID: &str =
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
pub const WINDOWS_CHROME: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

pub struct TestApp {
    pub address: String,
    pub database_url: String,
    pub db: Db,
    pub clock: Arc<FixedClock>,
    pub client: reqwest::Client,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    _dir: tempfile::TempDir,
}

/// A database URL for one test: a file in a temporary folder, or a fresh PostgreSQL database
/// when `TEST_DATABASE_URL` points at a server.
pub async fn database_url(dir: &tempfile::TempDir) -> String {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(base) if base.starts_with("postgres") => {
            use sqlx::Connection;
            let name = format!("test_{}", uuid::Uuid::new_v4().simple());
            let mut admin = sqlx::PgConnection::connect(&base).await.expect("TEST_DATABASE_URL answers");
            sqlx::query(&format!("create database {name}")).execute(&mut admin).await.expect("create database");
            let mut url = url::Url::parse(&base).expect("TEST_DATABASE_URL is a URL");
            url.set_path(&name);
            url.to_string()
        }
        _ => format!("sqlite://{}", dir.path().join("test.db").display()),
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

pub async fn spawn_app_with(configure: impl FnOnce(&mut ServeArgs)) -> TestApp {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut args = ServeArgs {
        addr: "127.0.0.1:0".parse().expect("address"),
        db: passkey_guide::cli::DatabaseArg { database: database_url(&dir).await },
        rollup_max_age: None,
        ..Default::default()
    };
    configure(&mut args);
    let database_url = args.db.database.clone();
    let settings = Settings::from_args(&args).expect("settings");
    let clock = Arc::new(FixedClock::at(datetime!(2026-11-20 09:00 UTC)));
    let shared: SharedClock = clock.clone();
    let app = Application::build(settings, shared).await.expect("application builds");
    let port = app.port();
    let db = app.state().db.clone();
    let (tx, rx) = oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until(async move {
        let _ = rx.await;
    }));
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        database_url,
        db,
        clock,
        client: reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client"),
        shutdown: Some(tx),
        server: Some(server),
        _dir: dir,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// A page request as a browser on `ua` would send it.
    pub async fn get_as(&self, path: &str, ua: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .header("user-agent", ua)
            .header("accept-language", "en-US,en;q=0.9")
            .send()
            .await
            .expect("request")
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut request = self.client.get(self.url(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.expect("request")
    }

    pub async fn token_for(&self, slug: &str) -> String {
        let tenant = tenants::find_by_slug(&self.db, slug).await.unwrap().expect("tenant exists");
        let (_, token) = tokens::create(&self.db, tenant.id, "test", 0).await.unwrap();
        token.expose_secret().to_owned()
    }

    pub async fn funnel(&self, slug: &str, token: &str) -> serde_json::Value {
        let response = self
            .client
            .get(self.url(&format!("/api/v1/tenants/{slug}/funnel")))
            .bearer_auth(token)
            .send()
            .await
            .expect("request");
        assert_eq!(response.status(), 200);
        response.json().await.expect("json")
    }

    /// Stops the server the way SIGTERM does and waits until queued events are written.
    pub async fn stop(mut self) -> Db {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            server.await.expect("server task").expect("server stops cleanly");
        }
        self.db.clone()
    }
}

/// A browser-like client that keeps cookies and does not follow redirects.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().expect("client")
}

/// The CSRF token embedded in the first form of the page at `url`.
pub async fn csrf(client: &reqwest::Client, url: &str) -> String {
    let html = client.get(url).send().await.expect("request").text().await.expect("body");
    let start = html.find("name=\"_csrf\" value=\"").expect("a form with a CSRF token") + 20;
    html[start..start + 64].to_owned()
}

/// The pre-session token of the sign-in page that `client` just opened.
pub async fn login_token(app: &TestApp, client: &reqwest::Client) -> String {
    let html = client.get(app.url("/admin/login")).send().await.expect("request").text().await.expect("body");
    let start = html.find("name=\"_login\" value=\"").expect("a sign-in form with its token") + 21;
    html[start..start + 64].to_owned()
}

/// Signs in the way a browser does: the sign-in page first (for its pre-session token), then
/// the form. `client` must keep cookies.
pub async fn post_sign_in(app: &TestApp, client: &reqwest::Client, email: &str, password: &str) -> reqwest::Response {
    let token = login_token(app, client).await;
    client
        .post(app.url("/admin/login"))
        .form(&[("email", email), ("password", password), ("_login", &token)])
        .send()
        .await
        .expect("request")
}

/// The whole `Set-Cookie` header that sets `name`, if the response sets it.
pub fn set_cookie(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

/// `(stage, events, visitors)` for the four funnel stages, in order.
pub fn stages(funnel: &serde_json::Value) -> Vec<(String, i64, i64)> {
    funnel["funnel"]
        .as_array()
        .expect("funnel array")
        .iter()
        .map(|s| {
            (s["stage"].as_str().unwrap().to_owned(), s["events"].as_i64().unwrap(), s["visitors"].as_i64().unwrap())
        })
        .collect()
}

/// A second server on the same database as `app`, as behind a load balancer.
pub async fn spawn_second_instance(app: &TestApp) -> TestApp {
    let url = app.database_url.clone();
    spawn_app_with(move |args| args.db.database = url).await
}
