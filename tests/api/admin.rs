use passkey_guide::db::{admins, tenants};
use passkey_guide::domain::tenant_slug::TenantSlug;
use secrecy::SecretString;

use crate::helpers::{IPHONE, TestApp, browser, csrf, post_sign_in, set_cookie, spawn_app};

pub(crate) const PASSWORD: &str = "correct horse battery";

pub(crate) async fn add_tenant(app: &TestApp, slug: &str, name: &str) -> i64 {
    let slug = TenantSlug::parse(slug).unwrap();
    tenants::create(&app.db, tenants::NewTenant { slug: &slug, name, policy: Default::default() }, 0).await.unwrap()
}

pub(crate) async fn add_admin(app: &TestApp, email: &str, role: admins::Role, tenant: Option<i64>) {
    admins::create(&app.db, email, &SecretString::from(PASSWORD), role, tenant, 0).await.unwrap();
}

pub(crate) async fn sign_in(app: &TestApp, email: &str) -> reqwest::Client {
    let client = browser();
    let response = post_sign_in(app, &client, email, PASSWORD).await;
    assert_eq!(response.status(), 303, "sign-in of {email}");
    assert_eq!(response.headers()["location"], "/admin");
    let cookie = set_cookie(&response, "pg_admin").expect("a session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/admin"),
        "{cookie}"
    );
    client
}

pub(crate) async fn save(
    app: &TestApp,
    client: &reqwest::Client,
    slug: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let token = csrf(client, &app.url(&format!("/admin/tenants/{slug}"))).await;
    let mut form: Vec<(&str, String)> = vec![
        ("_csrf", token),
        ("name", "Contoso".into()),
        ("primary_color", "#0f6cbd".into()),
        ("handoff_url", "https://aka.ms/mysecurityinfo".into()),
        ("languages", "en".into()),
        ("languages", "de".into()),
        ("default_language", "en".into()),
        ("passkeys", "synced".into()),
    ];
    for (k, v) in fields {
        form.retain(|(name, _)| name != k || *k == "languages");
        form.push((k, (*v).to_owned()));
    }
    client.post(app.url(&format!("/admin/tenants/{slug}"))).form(&form).send().await.unwrap()
}

#[tokio::test]
async fn admin_pages_need_a_session() {
    let app = spawn_app().await;
    for path in ["/admin", "/admin/tenants/demo", "/admin/tenants/demo/dashboard", "/admin/tenants/demo/tokens"] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 303, "{path}");
        assert_eq!(response.headers()["location"], "/admin/login");
    }
}

#[tokio::test]
async fn wrong_passwords_are_refused_and_then_rate_limited() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let client = browser();
    for _ in 0..5 {
        let r = post_sign_in(&app, &client, "it@contoso.example", "nope").await;
        assert_eq!(r.status(), 401);
    }
    let blocked = post_sign_in(&app, &client, "it@contoso.example", PASSWORD).await;
    assert_eq!(blocked.status(), 429);
}

#[tokio::test]
async fn forms_without_the_sessions_csrf_token_are_refused() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let client = sign_in(&app, "it@contoso.example").await;
    let forged = client
        .post(app.url("/admin/tenants/demo"))
        .form(&[("_csrf", "0".repeat(64).as_str()), ("name", "Hacked"), ("primary_color", "#000000")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert_eq!(tenant.name, "Contoso");
}

#[tokio::test]
async fn hostile_branding_is_refused_or_neutralised() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", admins::Role::Editor, None).await;
    let client = sign_in(&app, "it@contoso.example").await;

    for (field, value) in [
        ("primary_color", "#000;}body{background:url(//evil.example)}"),
        ("primary_color", "red"),
        ("handoff_url", "https://evil.example/mysecurityinfo"),
        ("handoff_url", "javascript:alert(1)"),
        ("support_url", "javascript:alert(1)"),
        ("support_email", "x@y.z\r\nBcc: all@contoso.example"),
        ("domain", "evil.example/<script>"),
    ] {
        let response = save(&app, &client, "demo", &[(field, value)]).await;
        assert_eq!(response.status(), 422, "{field}={value}");
        let html = response.text().await.unwrap();
        assert!(html.contains("aria-invalid=\"true\""), "{field} is marked");
        assert!(!html.contains("<script>"), "{field} is escaped when shown back");
    }
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert_eq!(tenant.handoff_url.as_str(), "https://aka.ms/mysecurityinfo");

    // Markup in the name is kept as text and escaped everywhere.
    let ok = save(&app, &client, "demo", &[("name", "<script>alert(1)</script> & Co")]).await;
    assert_eq!(ok.status(), 303);
    let page = app.get_as("/demo", IPHONE).await.text().await.unwrap();
    assert!(!page.contains("<script>alert(1)"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));

    // A pale colour is stored as chosen but darkened in the stylesheet, and IT is told so.
    let pale = save(&app, &client, "demo", &[("primary_color", "#ffee58")]).await;
    assert_eq!(pale.status(), 303);
    assert!(pale.headers()["location"].to_str().unwrap().contains("adjusted=%23ffee58"));
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let css = app
        .client
        .get(app.url(&format!("/demo/brand.css?v={}", tenant.branding_version)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let light = css.split(';').next().unwrap();
    assert!(light.starts_with(":root{--brand:#") && !light.contains("#ffee58"), "{css}");
}

#[tokio::test]
async fn logo_uploads_accept_real_images_only() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", admins::Role::Editor, None).await;
    let client = sign_in(&app, "it@contoso.example").await;
    let upload = |bytes: Vec<u8>, name: &'static str, mime: &'static str| {
        let client = client.clone();
        let url = app.url("/admin/tenants/demo/logo");
        let settings = app.url("/admin/tenants/demo");
        async move {
            let token = csrf(&client, &settings).await;
            let part = reqwest::multipart::Part::bytes(bytes).file_name(name).mime_str(mime).unwrap();
            let form = reqwest::multipart::Form::new().text("_csrf", token).part("logo", part);
            client.post(url).multipart(form).send().await.unwrap()
        }
    };
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec();
    assert_eq!(upload(svg, "logo.svg", "image/svg+xml").await.status(), 422);
    let html_as_png = b"<html><script>alert(1)</script></html>".to_vec();
    assert_eq!(upload(html_as_png, "logo.png", "image/png").await.status(), 422);
    assert_eq!(upload(vec![0x89, b'P', b'N', b'G'], "logo.png", "image/png").await.status(), 422);
    let huge = vec![0u8; 300 * 1024];
    assert_eq!(upload(huge, "logo.png", "image/png").await.status(), 422);
    let too_big_for_the_server = vec![0u8; 17 * 1024 * 1024];
    assert_eq!(upload(too_big_for_the_server, "logo.png", "image/png").await.status(), 413);
    assert!(tenants::logo(&app.db, 1).await.unwrap().is_none(), "nothing was stored");

    let png = include_bytes!("../../end2end/fixtures/logo.png").to_vec();
    let ok = upload(png.clone(), "logo.png", "image/png").await;
    assert_eq!(ok.status(), 303);
    let page = app.get_as("/demo", IPHONE).await.text().await.unwrap();
    let start = page.find("/demo/logo?v=").expect("the guide shows the logo");
    let end = page[start..].find('"').unwrap() + start;
    let served = app.client.get(app.url(&page[start..end])).send().await.unwrap();
    assert_eq!(served.headers()["content-type"], "image/png");
    assert_eq!(served.headers()["x-content-type-options"], "nosniff");
    assert_eq!(served.bytes().await.unwrap().len(), png.len());
}

#[tokio::test]
async fn a_tenant_admin_and_token_reach_nothing_of_another_tenant() {
    let app = spawn_app().await;
    let a = add_tenant(&app, "alpha", "Alpha").await;
    add_tenant(&app, "bravo", "Bravo").await;
    add_admin(&app, "it@alpha.example", admins::Role::Owner, Some(a)).await;
    let client = sign_in(&app, "it@alpha.example").await;
    let own = client.get(app.url("/admin/tenants/alpha")).send().await.unwrap();
    assert_eq!(own.status(), 200);
    let token = csrf(&client, &app.url("/admin/tenants/alpha")).await;

    for path in [
        "/admin/tenants/bravo",
        "/admin/tenants/bravo/preview",
        "/admin/tenants/bravo/dashboard",
        "/admin/tenants/bravo/dashboard/funnel.csv",
        "/admin/tenants/bravo/emails",
        "/admin/tenants/bravo/emails/announcement.eml",
        "/admin/tenants/bravo/tokens",
        "/admin/tenants/demo",
    ] {
        let r = client.get(app.url(path)).send().await.unwrap();
        assert_eq!(r.status(), 404, "GET {path}");
    }
    for path in [
        "/admin/tenants/bravo",
        "/admin/tenants/bravo/tokens",
        "/admin/tenants/bravo/tokens/revoke",
        "/admin/tenants/bravo/logo",
    ] {
        let r = client
            .post(app.url(path))
            .form(&[("_csrf", token.as_str()), ("name", "Owned"), ("id", "1")])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404, "POST {path}");
    }
    let listing = client.get(app.url("/admin")).send().await.unwrap().text().await.unwrap();
    assert!(listing.contains("Alpha") && !listing.contains("Bravo"));

    let alpha_token = app.token_for("alpha").await;
    for path in ["/api/v1/tenants/bravo/funnel", "/api/v1/tenants/bravo/coverage", "/api/v1/tenants/demo/funnel"] {
        let r = app.client.get(app.url(path)).bearer_auth(&alpha_token).send().await.unwrap();
        assert_eq!(r.status(), 401, "{path}");
    }
    let bravo = tenants::find_by_slug(&app.db, "bravo").await.unwrap().unwrap();
    assert_eq!(bravo.name, "Bravo");
}

/// Every download that names people.
const NAMED_LISTS: [&str; 14] = [
    "/admin/tenants/demo/dashboard/stragglers.csv",
    "/admin/tenants/demo/dashboard/stragglers-entra-group.csv",
    "/admin/tenants/demo/dashboard/forbidden-passkeys.csv",
    "/admin/tenants/demo/dashboard/password-only.csv",
    "/admin/tenants/demo/dashboard/legacy-clients.csv",
    "/admin/tenants/demo/recipients/mail-merge.csv",
    "/admin/tenants/demo/recipients/mail-merge.csv?c=reminder",
    "/admin/tenants/demo/recipients/never-opened.csv",
    "/admin/tenants/demo/recipients/opened-not-registered.csv",
    "/admin/tenants/demo/recipients/stuck.csv",
    "/admin/tenants/demo/recipients/said-done-no-passkey.csv",
    "/admin/tenants/demo/recipients/forbidden-passkey.csv",
    "/admin/tenants/demo/recipients/registered.csv",
    "/admin/tenants/demo/recipients/never-opened.csv?c=final",
];

#[tokio::test]
async fn a_viewer_sees_figures_and_only_analysts_and_up_see_names() {
    let app = spawn_app().await;
    for (email, role) in [
        ("viewer@contoso.example", admins::Role::Viewer),
        ("analyst@contoso.example", admins::Role::Analyst),
        ("editor@contoso.example", admins::Role::Editor),
    ] {
        add_admin(&app, email, role, None).await;
    }
    let viewer = sign_in(&app, "viewer@contoso.example").await;
    for path in NAMED_LISTS {
        assert_eq!(viewer.get(app.url(path)).send().await.unwrap().status(), 403, "viewer: {path}");
    }
    for path in ["/admin/tenants/demo/dashboard/funnel.csv", "/admin/tenants/demo/dashboard/days.csv"] {
        assert_eq!(viewer.get(app.url(path)).send().await.unwrap().status(), 200, "figures: {path}");
    }
    let page = viewer.get(app.url("/admin/tenants/demo/recipients")).send().await.unwrap().text().await.unwrap();
    assert!(!page.contains("mail-merge.csv"), "a viewer is not offered the named lists");
    for email in ["analyst@contoso.example", "editor@contoso.example"] {
        let client = sign_in(&app, email).await;
        for path in NAMED_LISTS {
            assert_eq!(client.get(app.url(path)).send().await.unwrap().status(), 200, "{email}: {path}");
        }
    }
    // An analyst changes nothing.
    let analyst = sign_in(&app, "analyst@contoso.example").await;
    let token = csrf(&analyst, &app.url("/admin")).await;
    let r = analyst
        .post(app.url("/admin/tenants/demo"))
        .form(&[("_csrf", token.as_str()), ("name", "Changed"), ("primary_color", "#000000")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn a_viewer_can_read_but_not_change() {
    let app = spawn_app().await;
    add_admin(&app, "viewer@contoso.example", admins::Role::Viewer, None).await;
    let client = sign_in(&app, "viewer@contoso.example").await;
    assert_eq!(client.get(app.url("/admin/tenants/demo/dashboard")).send().await.unwrap().status(), 200);
    let token = csrf(&client, &app.url("/admin")).await;
    let r = client
        .post(app.url("/admin/tenants/demo"))
        .form(&[("_csrf", token.as_str()), ("name", "Changed"), ("primary_color", "#000000")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 403);
}

#[tokio::test]
async fn the_emails_link_to_the_guide_with_their_campaign_and_download_as_drafts() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let client = sign_in(&app, "it@contoso.example").await;
    let page = client.get(app.url("/admin/tenants/demo/emails")).send().await.unwrap().text().await.unwrap();
    for campaign in ["announcement", "reminder", "final"] {
        assert!(page.contains(&format!("/demo?c={campaign}")), "{campaign}");
    }
    let de = client.get(app.url("/admin/tenants/demo/emails/reminder.eml?lang=de")).send().await.unwrap();
    assert_eq!(de.headers()["content-type"], "message/rfc822");
    let eml = de.text().await.unwrap();
    assert!(eml.contains("X-Unsent: 1") && eml.contains("multipart/alternative"));
}

#[tokio::test]
async fn a_custom_domain_serves_its_tenant_at_the_root() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let client = sign_in(&app, "it@contoso.example").await;
    assert_eq!(save(&app, &client, "demo", &[("domain", "passkeys.contoso.example")]).await.status(), 303);
    let page = app
        .get_with("/", &[("host", "passkeys.contoso.example"), ("user-agent", IPHONE), ("accept-language", "en")])
        .await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("data-tenant=\"demo\""));
    let step = app
        .get_with(
            "/demo/iphone-authenticator/1",
            &[("host", "passkeys.contoso.example"), ("user-agent", IPHONE), ("accept-language", "en")],
        )
        .await;
    assert_eq!(step.status(), 200);
    let elsewhere = app.get_with("/", &[("host", "other.example"), ("user-agent", IPHONE)]).await;
    assert_eq!(elsewhere.status(), 404);
}

#[tokio::test]
async fn a_shared_dashboard_link_shows_figures_only_until_it_is_revoked() {
    let app = spawn_app().await;
    app.get_as("/demo", IPHONE).await;
    add_admin(&app, "owner@contoso.example", admins::Role::Owner, None).await;
    let client = sign_in(&app, "owner@contoso.example").await;
    let tokens_url = app.url("/admin/tenants/demo/tokens");
    let empty = client.get(&tokens_url).send().await.unwrap().text().await.unwrap();
    assert!(empty.contains("No tokens or links yet.") && !empty.contains("<table"), "an empty list says so");
    let token = csrf(&client, &tokens_url).await;
    let page = client
        .post(&tokens_url)
        .form(&[("_csrf", token.as_str()), ("label", "Steering group"), ("kind", "share")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let start = page.find("/share/pgs_").expect("the new link is shown once");
    let path = page[start..start + 7 + 68].to_owned();
    let secret = path.trim_start_matches("/share/").to_owned();

    let anonymous = reqwest::Client::new();
    let shared = anonymous.get(app.url(&path)).header("accept-language", "en").send().await.unwrap();
    assert_eq!(shared.status(), 200);
    assert_eq!(shared.headers()["x-robots-tag"], "noindex, nofollow");
    let html = shared.text().await.unwrap();
    assert!(html.contains("Contoso") && html.contains("funnel.csv"), "the dashboard, with its exports");
    assert!(!html.contains("stragglers.csv"), "no names through a shared link");
    assert!(!html.contains("/admin/tenants"), "no way into the admin");
    assert_eq!(anonymous.get(app.url(&format!("{path}/funnel.csv"))).send().await.unwrap().status(), 200);
    assert_eq!(anonymous.get(app.url(&format!("{path}/stragglers.csv"))).send().await.unwrap().status(), 404);
    for named in ["forbidden-passkeys", "stragglers-entra-group", "password-only", "legacy-clients"] {
        assert_eq!(anonymous.get(app.url(&format!("{path}/{named}.csv"))).send().await.unwrap().status(), 404);
    }

    // A dashboard link is not an API token, and an API token is not a dashboard link.
    let api = anonymous.get(app.url("/api/v1/tenants/demo/funnel")).bearer_auth(&secret).send().await.unwrap();
    assert_eq!(api.status(), 401);
    let api_token = app.token_for("demo").await;
    assert_eq!(anonymous.get(app.url(&format!("/share/{api_token}"))).send().await.unwrap().status(), 404);

    let listing = client.get(&tokens_url).send().await.unwrap().text().await.unwrap();
    assert!(listing.contains("Steering group") && listing.contains("Read-only dashboard link"));
    assert!(!listing.contains("No tokens or links yet."));
    let id = listing.find("name=\"id\" value=\"").map(|i| &listing[i + 17..]).unwrap();
    let id: String = id.chars().take_while(|c| c.is_ascii_digit()).collect();
    let revoked = client
        .post(app.url("/admin/tenants/demo/tokens/revoke"))
        .form(&[("_csrf", token.as_str()), ("id", id.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 303);
    assert_eq!(anonymous.get(app.url(&path)).send().await.unwrap().status(), 404);
}

#[tokio::test]
async fn personal_links_put_people_into_segments_for_the_next_reminder() {
    let app = spawn_app().await;
    add_admin(&app, "owner@contoso.example", admins::Role::Owner, None).await;
    let client = sign_in(&app, "owner@contoso.example").await;
    let page_url = app.url("/admin/tenants/demo/recipients");
    let token = csrf(&client, &page_url).await;
    let upload = |bytes: &'static [u8]| {
        let form = reqwest::multipart::Form::new()
            .text("_csrf", token.clone())
            .part("list", reqwest::multipart::Part::bytes(bytes).file_name("list.csv"));
        client.post(&page_url).multipart(form).send()
    };

    let refused = upload(b"email,name\nadele@contoso.example,Adele\nnot-an-address,Bad\n").await.unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("line 3"), "the bad line is named");
    let (n,): (i64,) = sqlx::query_as("select count(*) from recipients").fetch_one(&app.db.pool).await.unwrap();
    assert_eq!(n, 0, "a bad list changes nothing");

    let list = b"email,name,wave\nadele@contoso.example,Adele Vance,1\nalex@contoso.example,=cmd(),1\nbianca@contoso.example,Bianca,2\ndiego@contoso.example,Diego,2\n";
    assert_eq!(upload(list).await.unwrap().status(), 200);
    let guide_footer = || async {
        let page = app.get_as("/demo", IPHONE).await.text().await.unwrap();
        let start = page.find("<p class=\"privacy\">").unwrap();
        page[start..start + page[start..].find("</p>").unwrap()].to_owned()
    };
    assert!(guide_footer().await.contains("uses no cookies"));
    // Turning personal links on shows the notice the guide will show, and asks for a tick.
    let recipients_page = client.get(app.url("/admin/tenants/demo/recipients")).send().await.unwrap();
    let recipients_page = recipients_page.text().await.unwrap();
    assert!(recipients_page.contains("This link is personal: it tells Contoso"), "the notice, before it applies");
    let unconfirmed = client
        .post(app.url("/admin/tenants/demo/recipients/setting"))
        .form(&[("_csrf", token.as_str()), ("personal_links", "on")])
        .send()
        .await
        .unwrap();
    assert_eq!(unconfirmed.status(), 422);
    assert!(!tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap().personal_links);
    let on = client
        .post(app.url("/admin/tenants/demo/recipients/setting"))
        .form(&[("_csrf", token.as_str()), ("personal_links", "on"), ("confirm", "yes")])
        .send()
        .await
        .unwrap();
    assert_eq!(on.status(), 303);
    let footer = guide_footer().await;
    assert!(footer.contains("This link is personal") && footer.contains("a cookie keeps it"), "{footer}");

    let merge = client.get(app.url("/admin/tenants/demo/recipients/mail-merge.csv?c=reminder")).send().await.unwrap();
    let merge = merge.text().await.unwrap();
    assert!(merge.contains("'=cmd()"), "names cannot run as spreadsheet formulas");
    let link_of = |email: &str| -> String {
        let line = merge.lines().find(|l| l.starts_with(email)).unwrap();
        let link = line.rsplit(',').next().unwrap().to_owned();
        assert!(link.contains("/demo?r=") && link.ends_with("&c=reminder"), "{link}");
        link[link.find("/demo").unwrap()..].to_owned()
    };

    // Adele opens her link and gets stuck two pages later; Alex opens his; Bianca registers
    // without ever opening the guide; Diego does nothing.
    let adele = browser();
    let first = adele.get(app.url(&link_of("adele@"))).header("user-agent", IPHONE).header("accept-language", "en");
    let first = first.send().await.unwrap();
    assert!(first.headers()["set-cookie"].to_str().unwrap().starts_with("pg_r="));
    let stuck = adele
        .get(app.url("/demo/iphone-authenticator/4/stuck/menu-missing"))
        .header("user-agent", IPHONE)
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(stuck.status(), 200);
    app.get_as(&link_of("alex@"), IPHONE).await;
    // Diego opens his link and says he is done, but Entra has no passkey for him.
    let diego = browser();
    diego
        .get(app.url(&link_of("diego@")))
        .header("user-agent", IPHONE)
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    let done = diego
        .post(app.url("/demo/done"))
        .header("user-agent", IPHONE)
        .header("accept-language", "en")
        .form(&[("flow", "iphone-authenticator")])
        .send()
        .await
        .unwrap();
    assert_eq!(done.status(), 303);
    // A device-bound policy: Alex's synced passkey is one Entra would refuse today.
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let policy = passkey_guide::guide::policy::PasskeyPolicy { allow_synced: false, ..Default::default() };
    let person = |upn: &str, methods: &[&str]| passkey_guide::entra::report::RegisteredUser {
        user_principal_name: upn.into(),
        display_name: None,
        user_type: Some("member".into()),
        methods: methods.iter().map(|m| (*m).to_owned()).collect(),
        is_admin: None,
    };
    let report = [
        person("Bianca@contoso.example", &["passKeyDeviceBoundAuthenticator"]),
        person("alex@contoso.example", &["passKeySynced"]),
        person("diego@contoso.example", &["email"]),
    ];
    passkey_guide::entra::coverage::store(&app.db, tenant.id, &report, &policy, "test", 0).await.unwrap();

    let segment = |name: &'static str| {
        let client = client.clone();
        let url = app.url(&format!("/admin/tenants/demo/recipients/{name}.csv"));
        async move {
            let csv = client.get(url).send().await.unwrap().text().await.unwrap();
            csv.lines().skip(1).map(|l| l.split(',').next().unwrap().to_owned()).collect::<Vec<_>>()
        }
    };
    assert_eq!(segment("stuck").await, vec!["adele@contoso.example"]);
    assert_eq!(segment("opened-not-registered").await, Vec::<String>::new());
    assert_eq!(segment("forbidden-passkey").await, vec!["alex@contoso.example"]);
    assert_eq!(segment("said-done-no-passkey").await, vec!["diego@contoso.example"]);
    assert_eq!(segment("registered").await, vec!["bianca@contoso.example"]);
    assert_eq!(segment("never-opened").await, Vec::<String>::new());

    // The reminder never goes to Bianca; the announcement goes to everyone.
    let csv = |query: &'static str| {
        let client = client.clone();
        let url = app.url(&format!("/admin/tenants/demo/recipients/{query}"));
        async move { client.get(url).send().await.unwrap().text().await.unwrap() }
    };
    let reminder = csv("mail-merge.csv?c=reminder").await;
    assert_eq!(reminder.lines().count(), 4, "a header and three people: {reminder}");
    assert!(!reminder.contains("bianca@"));
    assert_eq!(csv("mail-merge.csv?c=announcement").await.lines().count(), 5);
    // Where Adele got stuck travels with her line; the links keep campaign and profile.
    let stuck = csv("stuck.csv?c=reminder").await;
    assert!(
        stuck.lines().next().unwrap().ends_with("segment,stuck_flow,stuck_step,stuck_symptom,stuck_device,link"),
        "{stuck}"
    );
    assert!(stuck.contains(",stuck,iphone-authenticator,4,menu-missing,iphone,"), "{stuck}");
    let unknown =
        client.get(app.url("/admin/tenants/demo/recipients/stuck.csv?p=no-such-profile")).send().await.unwrap();
    assert_eq!(unknown.status(), 404, "an unknown profile is refused, not dropped");
    let page = client.get(&page_url).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("4 people on the list"));

    // Re-importing keeps everyone's link.
    assert_eq!(upload(list).await.unwrap().status(), 200);
    let again = client.get(app.url("/admin/tenants/demo/recipients/mail-merge.csv?c=reminder")).send().await.unwrap();
    let links = |csv: &str| csv.lines().map(|l| l.rsplit(',').next().unwrap().to_owned()).collect::<Vec<_>>();
    let (before, after) = (links(&merge), links(&again.text().await.unwrap()));
    assert_eq!(after.len(), 4, "Bianca is registered now: no reminder for her");
    assert!(after.iter().all(|l| before.contains(l)), "everyone keeps their link");
}

/// The settings form takes an Entra passkey profile's key restrictions as AAGUIDs, names the
/// well-known ones, refuses what Entra would, and the guide follows the list.
#[tokio::test]
async fn key_restrictions_are_aaguids_with_names_and_decide_the_walkthroughs() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let client = sign_in(&app, "it@contoso.example").await;
    // An allow list of Microsoft Authenticator (iOS) and a YubiKey 5 series model.
    let list = "90a3ccdf-635c-4729-a248-9b709135078f\r\nEE882879-721C-4913-9775-3DFCCE97072A";
    let saved = save(&app, &client, "demo", &[("key_restriction", "allow"), ("aaguids", list)]).await;
    assert_eq!(saved.status(), 303);
    let form = client.get(app.url("/admin/tenants/demo")).send().await.unwrap().text().await.unwrap();
    assert!(form.contains("<code>90a3ccdf-635c-4729-a248-9b709135078f</code> Microsoft Authenticator (iOS)"), "{form}");
    assert!(form.contains("YubiKey 5 Series (firmware 5.2, 5.4)"), "{form}");
    assert!(form.contains("id=\"key_restriction-allow\" name=\"key_restriction\" value=\"allow\" checked"), "{form}");
    app.clock.advance(time::Duration::seconds(3));
    // A Pixel: Android's Authenticator is not on the list, Google Password Manager neither.
    let pixel = "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    let devices = app.get_as("/demo/devices", pixel).await.text().await.unwrap();
    for flow in ["iphone-authenticator", "security-key", "cross-device"] {
        assert!(devices.contains(&format!("flow={flow}\"")), "{flow}: {devices}");
    }
    for flow in ["samsung", "android-authenticator", "android", "iphone-icloud", "mac"] {
        assert!(!devices.contains(&format!("flow={flow}\"")), "{flow}: {devices}");
    }
    let refused = app.get_as("/demo?flow=mac", pixel).await.text().await.unwrap();
    assert!(refused.contains("accepts passkeys only from the apps and security keys it has approved"), "{refused}");

    // Refused, and nothing is lost: an empty allow list, a line that is not an AAGUID.
    for (kind, aaguids) in [("allow", ""), ("allow", "yubikey"), ("sometimes", "")] {
        let response = save(&app, &client, "demo", &[("key_restriction", kind), ("aaguids", aaguids)]).await;
        assert_eq!(response.status(), 422, "{kind} {aaguids:?}");
        let page = response.text().await.unwrap();
        assert!(page.contains("aria-invalid=\"true\""), "{page}");
        assert!(page.contains(&format!(">{aaguids}</textarea>")), "the typed list is kept: {page}");
    }
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert_eq!(tenant.policy.key_restrictions.aaguids.len(), 2, "the saved list stays");
}

#[tokio::test]
async fn the_funnels_time_zone_is_an_iana_name_set_on_the_settings_page() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let client = sign_in(&app, "it@contoso.example").await;
    let refused = save(&app, &client, "demo", &[("time_zone", "Mars/Olympus_Mons")]).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("IANA name such as Europe/Berlin") && page.contains("Mars/Olympus_Mons"), "kept and named");
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert_eq!(tenant.time_zone.name(), "UTC", "nothing changed");

    assert_eq!(save(&app, &client, "demo", &[("time_zone", "europe/berlin")]).await.status(), 303);
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert_eq!(tenant.time_zone.name(), "Europe/Berlin", "stored in the database's own spelling");
    let page = client.get(app.url("/admin/tenants/demo")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(r#"value="Europe/Berlin""#));
}
