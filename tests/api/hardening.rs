//! What an outside security test broke, each kept closed by a test: the shared host as a
//! custom domain, markup from tenant values, parallel sign-in guesses, device cookies, idle
//! connections, HTTPS behind a proxy, login CSRF, formulas in CSV cells, offboarding.

use std::time::Duration;

use passkey_guide::db::{admins, recipients, tenants};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::admin::{PASSWORD, add_admin, add_tenant, sign_in};
use crate::helpers::{IPHONE, TestApp, browser, login_token, post_sign_in, set_cookie, spawn_app, spawn_app_with};

/// The CSRF token of the settings form.
async fn settings_csrf(app: &TestApp, client: &reqwest::Client, slug: &str, host: Option<&str>) -> String {
    let mut request = client.get(app.url(&format!("/admin/tenants/{slug}")));
    if let Some(host) = host {
        request = request.header("host", host);
    }
    let html = request.send().await.unwrap().text().await.unwrap();
    let start = html.find("name=\"_csrf\" value=\"").expect("a settings form") + 20;
    html[start..start + 64].to_owned()
}

async fn set_domain(app: &TestApp, client: &reqwest::Client, slug: &str, domain: &str, host: Option<&str>) -> u16 {
    let csrf = settings_csrf(app, client, slug, host).await;
    let form = [
        ("_csrf", csrf.as_str()),
        ("name", "Contoso"),
        ("primary_color", "#0f6cbd"),
        ("handoff_url", "https://aka.ms/mysecurityinfo"),
        ("languages", "en"),
        ("default_language", "en"),
        ("passkeys", "synced"),
        ("domain", domain),
    ];
    let mut request = client.post(app.url(&format!("/admin/tenants/{slug}"))).form(&form);
    if let Some(host) = host {
        request = request.header("host", host);
    }
    request.send().await.unwrap().status().as_u16()
}

#[tokio::test]
async fn the_shared_host_can_never_become_one_tenants_domain() {
    let app = spawn_app_with(|args| args.public_url = Some("https://guide.example".into())).await;
    let other = add_tenant(&app, "fabrikam", "Fabrikam").await;
    add_admin(&app, "owner@contoso.example", admins::Role::Owner, None).await;
    add_admin(&app, "editor@fabrikam.example", admins::Role::Editor, Some(other)).await;
    let owner = sign_in(&app, "owner@contoso.example").await;
    for shared in ["guide.example", "GUIDE.example", "localhost", "127.0.0.1", "10.1.2.3"] {
        assert_eq!(set_domain(&app, &owner, "demo", shared, None).await, 422, "{shared}");
    }
    // Without a public URL too: the host the admin is using serves every tenant.
    assert_eq!(set_domain(&app, &owner, "demo", "admin.contoso.example", Some("admin.contoso.example")).await, 422);
    let demo = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert_eq!(demo.domain, None);

    // A tenant-limited editor may not set domains at all.
    let editor = sign_in(&app, "editor@fabrikam.example").await;
    assert_eq!(set_domain(&app, &editor, "fabrikam", "passkeys.fabrikam.example", None).await, 422);
    let fabrikam = tenants::find_by_slug(&app.db, "fabrikam").await.unwrap().unwrap();
    assert_eq!(fabrikam.domain, None);

    // An owner of every tenant may, and the shared host keeps serving every tenant.
    assert_eq!(set_domain(&app, &owner, "fabrikam", "passkeys.fabrikam.example", None).await, 303);
    let fabrikam = tenants::find_by_slug(&app.db, "fabrikam").await.unwrap().unwrap();
    assert_eq!(fabrikam.domain.as_deref(), Some("passkeys.fabrikam.example"));
    // An editor saving other settings keeps the domain the owner set.
    assert_eq!(set_domain(&app, &editor, "fabrikam", "passkeys.fabrikam.example", None).await, 303);
    let on_shared = app.get_with("/demo", &[("host", "guide.example"), ("user-agent", IPHONE)]).await;
    assert_eq!(on_shared.status(), 200);
}

#[tokio::test]
async fn a_domain_stored_as_the_public_host_does_not_take_it_over() {
    let app = spawn_app_with(|args| args.public_url = Some("https://guide.example".into())).await;
    let id = add_tenant(&app, "fabrikam", "Fabrikam").await;
    // As an older version could have stored it.
    let changes = tenants::TenantChanges { domain: Some(Some("guide.example".into())), ..Default::default() };
    tenants::update(&app.db, id, changes, 0).await.unwrap();
    let demo = app.get_with("/demo", &[("host", "guide.example"), ("user-agent", IPHONE)]).await;
    assert_eq!(demo.status(), 200);
    assert!(demo.text().await.unwrap().contains("data-tenant=\"demo\""));
}

/// Markup that would create elements if any text reached the page unescaped.
const HOSTILE: &str = "\"'></textarea></title><meta http-equiv=refresh content=0;url=//evil.example><b data-pwned>";

fn assert_inert(path: &str, html: &str) {
    for created in ["<meta http-equiv", "<b data-pwned"] {
        assert!(!html.contains(created), "{path} has an element made from a tenant value: {created}");
    }
}

#[tokio::test]
async fn no_tenant_value_creates_an_element_on_any_page() {
    let app = spawn_app().await;
    let demo = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    // Straight into the database, past every check a form would make: escaping alone must hold.
    let changes = tenants::TenantChanges {
        name: Some(HOSTILE.into()),
        support_email: Some(Some(format!("{HOSTILE}@contoso.example"))),
        support_phone: Some(Some(HOSTILE.into())),
        support_url: Some(Some(format!("https://help.example/{HOSTILE}"))),
        personal_links: Some(true),
        ..Default::default()
    };
    tenants::update(&app.db, demo.id, changes, 0).await.unwrap();
    let people = [recipients::NewRecipient {
        user_principal_name: "adele@contoso.example".into(),
        display_name: Some(HOSTILE.into()),
        wave: Some(HOSTILE.into()),
    }];
    recipients::import(&app.db, demo.id, &people, 0).await.unwrap();
    // A Graph connection and a fetch outcome as hostile as a stored row can be.
    sqlx::query(
        "insert into graph_connections (tenant_id, directory, client_id, sealed_secret, updated_at, \
         fetch_started_at, fetch_finished_at, fetch_summary, fetch_error) values ($1, $2, $2, $3, 0, 0, 1, $2, $2)",
    )
    .bind(demo.id)
    .bind(HOSTILE)
    .bind(vec![1u8; 40])
    .execute(&app.db.pool)
    .await
    .unwrap();
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let admin = sign_in(&app, "it@contoso.example").await;

    let mut guide_paths: Vec<String> =
        ["/demo", "/demo/devices", "/demo/done", "/demo/thanks"].iter().map(|p| (*p).to_owned()).collect();
    for flow in passkey_guide::domain::flow_id::FlowId::ALL {
        let id = flow.as_str();
        let steps = passkey_guide::guide::catalog::flow(flow).steps.len();
        guide_paths.push(format!("/demo?flow={id}"));
        guide_paths.push(format!("/demo/help/{id}"));
        for step in 1..=steps {
            guide_paths.push(format!("/demo/{id}/{step}"));
            guide_paths.push(format!("/demo/{id}/{step}/stuck"));
        }
    }
    for path in &guide_paths {
        let response = app.get_as(path, IPHONE).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_inert(path, &response.text().await.unwrap());
    }
    let mut admin_paths: Vec<String> = [
        "/admin",
        "/admin/tenants/demo",
        "/admin/tenants/demo/preview",
        "/admin/tenants/demo/tokens",
        "/admin/tenants/demo/recipients",
        "/admin/tenants/demo/entra",
        "/admin/tenants/demo/dashboard",
    ]
    .iter()
    .map(|p| (*p).to_owned())
    .collect();
    for lang in ["en", "de", "fr", "es", "nl", "ja", "pt-BR"] {
        admin_paths.push(format!("/admin/tenants/demo/emails?lang={lang}"));
    }
    for path in &admin_paths {
        let response = admin.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_inert(path, &response.text().await.unwrap());
    }
}

#[tokio::test]
async fn a_parallel_burst_from_one_address_gets_exactly_the_limit_of_guesses() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let attempts = (0..30).map(|_| {
        let app = &app;
        async move {
            let client = browser();
            post_sign_in(app, &client, "it@contoso.example", "wrong password").await.status().as_u16()
        }
    });
    let statuses = futures_util::future::join_all(attempts).await;
    assert_eq!(statuses.iter().filter(|s| **s == 401).count(), 5, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 25, "{statuses:?}");
}

/// A sign-in post as it would come through the trusted proxy from `address`.
async fn sign_in_from(app: &TestApp, client: &reqwest::Client, address: &str, password: &str) -> reqwest::Response {
    let token = login_token(app, client).await;
    client
        .post(app.url("/admin/login"))
        .header("x-forwarded-for", address)
        .form(&[("email", "it@contoso.example"), ("password", password), ("_login", &token)])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn guesses_from_many_addresses_stay_bounded_and_never_lock_out_a_known_browser() {
    let app = spawn_app_with(|args| args.trusted_proxies = vec!["127.0.0.1".into()]).await;
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    // The administrator's own browser signed in before, and keeps its device cookie.
    let own = browser();
    let first = sign_in_from(&app, &own, "198.51.100.7", PASSWORD).await;
    assert_eq!(first.status(), 303);
    let device = set_cookie(&first, "pg_device").expect("a device cookie after signing in");
    assert!(device.contains("HttpOnly") && device.contains("SameSite=Strict"), "{device}");

    let guesses = (0..100).map(|i| {
        let app = &app;
        async move {
            let client = browser();
            let address = format!("203.0.113.{}", i + 1);
            sign_in_from(app, &client, &address, "wrong password").await.status().as_u16()
        }
    });
    let statuses = futures_util::future::join_all(guesses).await;
    assert_eq!(statuses.iter().filter(|s| **s == 401).count(), 5, "{statuses:?}");

    // A browser that never signed in is refused, even with the right password...
    let stranger = browser();
    assert_eq!(sign_in_from(&app, &stranger, "192.0.2.55", PASSWORD).await.status(), 429);
    // ...but the administrator's own browser still gets in, from anywhere.
    assert_eq!(sign_in_from(&app, &own, "192.0.2.200", PASSWORD).await.status(), 303);
}

#[tokio::test]
async fn sign_in_posts_need_the_sign_in_pages_token() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let client = browser();
    let no_token = client
        .post(app.url("/admin/login"))
        .form(&[("email", "it@contoso.example"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(no_token.status(), 403);
    assert!(set_cookie(&no_token, "pg_admin").is_none());
    let token = login_token(&app, &client).await;
    let cross_site = client
        .post(app.url("/admin/login"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("email", "it@contoso.example"), ("password", PASSWORD), ("_login", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    // Another browser's token does not do either.
    let other = browser();
    let forged = other
        .post(app.url("/admin/login"))
        .form(&[("email", "it@contoso.example"), ("password", PASSWORD), ("_login", &token)])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    assert_eq!(post_sign_in(&app, &client, "it@contoso.example", PASSWORD).await.status(), 303);
}

#[tokio::test]
async fn https_from_a_trusted_proxy_means_secure_cookies_and_hsts_and_from_anyone_else_nothing() {
    let behind_proxy = spawn_app_with(|args| args.trusted_proxies = vec!["127.0.0.1".into()]).await;
    let direct = spawn_app().await;
    for (app, believed) in [(&behind_proxy, true), (&direct, false)] {
        add_admin(app, "it@contoso.example", admins::Role::Owner, None).await;
        let client = browser();
        let token = login_token(app, &client).await;
        let response = client
            .post(app.url("/admin/login"))
            .header("x-forwarded-proto", "https")
            .form(&[("email", "it@contoso.example"), ("password", PASSWORD), ("_login", &token)])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303);
        let session = set_cookie(&response, "pg_admin").unwrap();
        assert_eq!(session.contains("Secure"), believed, "{session}");
        assert_eq!(response.headers().contains_key("strict-transport-security"), believed);
        let chromium = app
            .get_with(
                "/demo",
                &[
                    ("host", "guide.example"),
                    ("x-forwarded-proto", "https"),
                    ("user-agent", crate::helpers::WINDOWS_CHROME),
                    ("accept-language", "en"),
                    ("sec-ch-ua", "\"Chromium\";v=\"131\""),
                ],
            )
            .await;
        assert_eq!(chromium.headers().contains_key("critical-ch"), believed);
    }
}

#[tokio::test]
async fn visitor_values_in_csv_cells_cannot_run_as_formulas() {
    let app = spawn_app().await;
    assert_eq!(app.get_as("/demo?c=-2-3", IPHONE).await.status(), 200);
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let admin = sign_in(&app, "it@contoso.example").await;
    let csv = admin.get(app.url("/admin/tenants/demo/dashboard/campaigns.csv")).send().await.unwrap();
    let csv = csv.text().await.unwrap();
    assert!(csv.contains("\n'-2-3,"), "{csv}");
    assert!(!csv.contains("\n-2-3,"), "{csv}");
}

#[tokio::test]
async fn a_disabled_administrators_open_session_stops_at_once() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let admin = sign_in(&app, "it@contoso.example").await;
    assert_eq!(admin.get(app.url("/admin")).send().await.unwrap().status(), 200);
    let db = passkey_guide::cli::DatabaseArg { database: app.database_url.clone() };
    let disable = passkey_guide::cli::AdminCommand::Disable { email: "IT@contoso.example".into(), db: db.clone() };
    passkey_guide::commands::admin(disable).await.unwrap();
    assert_eq!(admin.get(app.url("/admin")).send().await.unwrap().status(), 303);
    assert_eq!(post_sign_in(&app, &browser(), "it@contoso.example", PASSWORD).await.status(), 401);

    passkey_guide::commands::admin(passkey_guide::cli::AdminCommand::Enable {
        email: "it@contoso.example".into(),
        db: db.clone(),
    })
    .await
    .unwrap();
    let again = sign_in(&app, "it@contoso.example").await;
    let listed = admins::list(&app.db).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert!(!listed[0].admin.is_disabled());
    passkey_guide::commands::admin(passkey_guide::cli::AdminCommand::Delete { email: "it@contoso.example".into(), db })
        .await
        .unwrap();
    assert_eq!(again.get(app.url("/admin")).send().await.unwrap().status(), 303);
    assert!(admins::list(&app.db).await.unwrap().is_empty());
    let unknown = admins::disable(&app.db, "nobody@contoso.example", 0).await;
    assert!(matches!(unknown, Err(admins::AdminError::Unknown)));
}

/// Reads until the server closes the connection; `Err` if it stays open past `limit`.
async fn closed_within(stream: &mut TcpStream, limit: Duration) -> Result<(), ()> {
    let mut buffer = [0u8; 4096];
    tokio::time::timeout(limit, async {
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    })
    .await
    .map_err(|_| ())
}

#[tokio::test]
async fn idle_connections_are_closed_and_do_not_keep_new_visitors_out() {
    let app = spawn_app_with(|args| {
        args.header_timeout = 0.3;
        args.idle_timeout = 0.8;
    })
    .await;
    let address = app.address.trim_start_matches("http://").to_owned();

    // Nothing sent: closed after the head timeout.
    let mut silent = TcpStream::connect(&address).await.unwrap();
    let started = tokio::time::Instant::now();
    closed_within(&mut silent, Duration::from_secs(3)).await.expect("a silent connection is closed");
    assert!(started.elapsed() >= Duration::from_millis(250));

    // Half a request head: closed after the head timeout too.
    let mut slow = TcpStream::connect(&address).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    closed_within(&mut slow, Duration::from_secs(3)).await.expect("a half-sent head is closed");

    // A keep-alive connection is answered, stays open for a while, then closes when idle.
    let mut kept = TcpStream::connect(&address).await.unwrap();
    kept.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n").await.unwrap();
    let mut buffer = [0u8; 1024];
    let read = kept.read(&mut buffer).await.unwrap();
    assert!(buffer[..read].starts_with(b"HTTP/1.1 200"));
    let answered = tokio::time::Instant::now();
    closed_within(&mut kept, Duration::from_secs(5)).await.expect("an idle keep-alive connection is closed");
    assert!(answered.elapsed() >= Duration::from_millis(700), "closed after {:?}", answered.elapsed());

    // Hundreds of idle sockets held open: a new visitor is still answered.
    let mut idle = Vec::new();
    for _ in 0..500 {
        idle.push(TcpStream::connect(&address).await.unwrap());
    }
    let response = app.get_as("/demo", IPHONE).await;
    assert_eq!(response.status(), 200);
    drop(idle);
}

#[tokio::test]
async fn the_sign_in_form_reads_no_more_than_an_email_and_a_password() {
    let app = spawn_app().await;
    let client = browser();
    let token = login_token(&app, &client).await;
    let email = format!("{}@contoso.example", "a".repeat(100 * 1024));
    let response = client
        .post(app.url("/admin/login"))
        .form(&[("email", email.as_str()), ("password", "x"), ("_login", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
}
