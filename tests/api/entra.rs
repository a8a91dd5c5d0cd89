use crate::helpers::{TestApp, spawn_app};

/// `GET /api/v1/tenants/demo/coverage` with the tenant's token.
async fn coverage_of(app: &TestApp, token: &str) -> serde_json::Value {
    let url = app.url("/api/v1/tenants/demo/coverage");
    app.client.get(url).bearer_auth(token).send().await.unwrap().json().await.unwrap()
}

const REPORT: &str = "userPrincipalName,userDisplayName,userType,methodsRegistered\n\
    a@contoso.com,A,member,\"passKeyDeviceBoundAuthenticator,microsoftAuthenticatorPush\"\n\
    b@contoso.com,B,member,\"microsoftAuthenticatorPasswordless\"\n\
    c@contoso.com,C,member,fido2SecurityKey\n\
    d@contoso.com,D,member,email\n\
    g@fabrikam.com,G,guest,passKeySynced\n";

#[tokio::test]
async fn coverage_comes_from_the_latest_import_and_a_bad_file_changes_nothing() {
    let app = spawn_app().await;
    let tenant = passkey_guide::db::tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let users = passkey_guide::entra::report::parse(REPORT.as_bytes()).unwrap();
    passkey_guide::entra::coverage::store(&app.db, tenant.id, &users, &tenant.policy, "report.csv", 0).await.unwrap();

    let token = app.token_for("demo").await;
    let coverage: serde_json::Value = coverage_of(&app, &token).await;
    assert_eq!(coverage["in_scope"], 4);
    assert_eq!(coverage["with_passkey"], 2);
    assert_eq!(coverage["share"], 0.5);

    let broken = format!("{REPORT}e@contoso.com,E,member,\"email\",surplus\n");
    let error = passkey_guide::entra::report::parse(broken.as_bytes()).unwrap_err();
    assert!(error.to_string().starts_with("line 7"), "{error}");
    let (imports,): (i64,) =
        sqlx::query_as("select count(*) from entra_imports").fetch_one(&app.db.pool).await.unwrap();
    assert_eq!(imports, 1);
    let stragglers = passkey_guide::entra::coverage::stragglers(&app.db, tenant.id).await.unwrap();
    assert_eq!(stragglers.iter().map(|(u, _)| u.as_str()).collect::<Vec<_>>(), vec!["b@contoso.com", "d@contoso.com"]);
}

/// The admin center's download under a device-bound policy: the synced passkey counts as a
/// passkey but not toward the marks, its owner is a straggler and on the list of people whose
/// passkeys the policy forbids, and two imports on one day make one trend point.
#[tokio::test]
async fn coverage_counts_the_passkeys_the_policy_allows() {
    use passkey_guide::db::{admins, tenants};
    let app = spawn_app().await;
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let policy =
        passkey_guide::guide::policy::PasskeyPolicy { allow_synced: false, windows_hello: true, ..Default::default() };
    let changes = tenants::TenantChanges { policy: Some(policy.clone()), ..Default::default() };
    tenants::update(&app.db, tenant.id, changes, 0).await.unwrap();
    let file = include_bytes!("../fixtures/entra/admin-center-registration-details.csv");
    let users = passkey_guide::entra::report::parse(file).unwrap();
    // 2026-11-20 08:00 and 09:00 UTC: one day.
    for at in [1_795_161_600_000, 1_795_165_200_000] {
        passkey_guide::entra::coverage::store(&app.db, tenant.id, &users, &policy, "registration.csv", at)
            .await
            .unwrap();
    }

    let token = app.token_for("demo").await;
    let coverage: serde_json::Value = coverage_of(&app, &token).await;
    assert_eq!(coverage["in_scope"], 7, "the #EXT# guest is out of scope");
    assert_eq!(coverage["with_passkey"], 4);
    assert_eq!(coverage["with_allowed_passkey"], 3, "Yamada's synced passkey is not one the policy allows");
    assert_eq!(coverage["allowed_share"], 3.0 / 7.0);
    assert_eq!(coverage["trend"], serde_json::json!([["2026-11-20", 3.0 / 7.0]]));

    let stragglers = passkey_guide::entra::coverage::stragglers(&app.db, tenant.id).await.unwrap();
    let names: Vec<&str> = stragglers.iter().map(|(u, _)| u.as_str()).collect();
    assert_eq!(names, vec!["isaiah@contoso.com", "lynne@contoso.com", "megan@contoso.com", "yamada@contoso.com"]);

    crate::admin::add_admin(&app, "it@contoso.example", admins::Role::Owner, None).await;
    let client = crate::admin::sign_in(&app, "it@contoso.example").await;
    let page = client.get(app.url("/admin/tenants/demo/dashboard")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("3 of 7 people (42.9%) have a passkey your passkey policy allows"), "{page}");
    assert!(page.contains("1 more have only passkeys the policy forbids (4 with any passkey, 57.1%)"), "{page}");
    let csv = client
        .get(app.url("/admin/tenants/demo/dashboard/forbidden-passkeys.csv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines,
        vec![
            "user_principal_name,display_name,methods_registered",
            "yamada@contoso.com,山田 太郎,\"passKeySynced,email\""
        ]
    );

    // The stragglers as Entra's "Bulk import group members" reads them: its header, one
    // principal name per row, no byte-order mark in front of the header.
    let group = client
        .get(app.url("/admin/tenants/demo/dashboard/stragglers-entra-group.csv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(
        group,
        "Member object ID or user principal name [memberObjectIdOrUpn] Required\r\nisaiah@contoso.com\r\n\
         lynne@contoso.com\r\nmegan@contoso.com\r\nyamada@contoso.com\r\n"
    );
}

async fn upload(
    app: &crate::helpers::TestApp,
    client: &reqwest::Client,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let token = crate::helpers::csrf(client, &app.url("/admin/tenants/demo/entra")).await;
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()).mime_str("text/csv").unwrap();
    let form = reqwest::multipart::Form::new().text("_csrf", token).part("report", part);
    client.post(app.url("/admin/tenants/demo/entra/report")).multipart(form).send().await.unwrap()
}

/// IT uploads the report in the browser with the same all-or-nothing checks, sees the history
/// of imports, and deletes a wrong one; a viewer can do neither.
#[tokio::test]
async fn reports_are_uploaded_listed_and_deleted_in_the_browser() {
    use passkey_guide::db::admins::Role;
    let app = spawn_app().await;
    crate::admin::add_admin(&app, "it@contoso.example", Role::Editor, None).await;
    crate::admin::add_admin(&app, "viewer@contoso.example", Role::Viewer, None).await;
    let it = crate::admin::sign_in(&app, "it@contoso.example").await;
    let viewer = crate::admin::sign_in(&app, "viewer@contoso.example").await;
    let dashboard = it.get(app.url("/admin/tenants/demo/dashboard")).send().await.unwrap().text().await.unwrap();
    assert!(dashboard.contains("No registration report yet"), "a hint before the first import");

    let file = include_bytes!("../fixtures/entra/admin-center-registration-details.csv").to_vec();
    let done = upload(&app, &it, "registration-details.csv", file.clone()).await;
    assert_eq!(done.status(), 200);
    let page = done.text().await.unwrap();
    assert!(page.contains("Imported 8 users: 4 of 7 in scope have a passkey the policy allows."), "{page}");
    assert!(page.contains("Methods not recognised, kept and not counted as passkeys: QR code (1)"), "{page}");
    assert!(page.contains("<td class=\"wrap\">registration-details.csv</td>"), "{page}");

    // A second, wrong file: refused whole, naming its physical line; nothing changes.
    let mut broken = String::from_utf8(file.clone()).unwrap();
    broken.push_str("\"x@contoso.com\",\"X\",\"=1+1\"\r\n");
    let refused = upload(&app, &it, "broken.csv", broken.into_bytes()).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Nothing was imported: line 11:"), "{page}");
    let (imports,): (i64,) =
        sqlx::query_as("select count(*) from entra_imports").fetch_one(&app.db.pool).await.unwrap();
    assert_eq!(imports, 1);

    assert_eq!(upload(&app, &viewer, "v.csv", file.clone()).await.status(), 403);

    // Two imports, the later one wrong: delete it and coverage comes from the first again.
    let fewer = "userPrincipalName,methodsRegistered\nsolo@contoso.com,email\n";
    assert_eq!(upload(&app, &it, "wrong.csv", fewer.as_bytes().to_vec()).await.status(), 200);
    let token = app.token_for("demo").await;
    assert_eq!(coverage_of(&app, &token).await["in_scope"], 1);
    let (latest,): (i64,) = sqlx::query_as("select max(id) from entra_imports").fetch_one(&app.db.pool).await.unwrap();
    let csrf = crate::helpers::csrf(&it, &app.url("/admin/tenants/demo/entra")).await;
    let delete = |id: i64| {
        let form = [("_csrf", csrf.clone()), ("id", id.to_string())];
        it.post(app.url("/admin/tenants/demo/entra/imports/delete")).form(&form).send()
    };
    assert_eq!(delete(999_999).await.unwrap().status(), 404, "no such import of this tenant");
    let deleted = delete(latest).await.unwrap();
    assert_eq!(deleted.status(), 200);
    assert!(deleted.text().await.unwrap().contains("was deleted. Coverage now comes from the import before it."));
    assert_eq!(coverage_of(&app, &token).await["in_scope"], 7);
    let (users,): (i64,) = sqlx::query_as("select count(*) from entra_users where import_id = $1")
        .bind(latest)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(users, 0, "its users went with it");
}

/// Graph's JSON with isAdmin: rooms and the break-glass account are left out in the browser (the
/// latest import is recounted at once), administrators get their own line, and each wave of the
/// recipients list its coverage.
#[tokio::test]
async fn exclusions_administrators_and_waves_shape_who_counts() {
    use passkey_guide::db::{admins::Role, recipients, tenants};
    let app = spawn_app().await;
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let person = |upn: &str, admin: bool, methods: &[&str]| serde_json::json!({ "userPrincipalName": upn, "userType": "member", "isAdmin": admin, "methodsRegistered": methods });
    let page = serde_json::json!({ "value": [
        person("adele@contoso.com", true, &["passKeyDeviceBoundAuthenticator"]),
        person("alex@contoso.com", true, &["mobilePhone"]),
        person("diego@contoso.com", false, &["fido2SecurityKey"]),
        person("megan@contoso.com", false, &["email"]),
        person("room-101@contoso.com", false, &[]),
        person("room-lobby@contoso.com", false, &[]),
        person("breakglass1@contoso.onmicrosoft.com", true, &["fido2SecurityKey"]),
    ]});
    let users = passkey_guide::entra::report::parse(page.to_string().as_bytes()).unwrap();
    passkey_guide::entra::coverage::store(&app.db, tenant.id, &users, &tenant.policy, "graph.json", 0).await.unwrap();
    let wave = |upn: &str, wave: &str| recipients::NewRecipient {
        user_principal_name: upn.into(),
        display_name: None,
        wave: Some(wave.into()),
    };
    let people = [
        wave("adele@contoso.com", "1 - IT"),
        wave("alex@contoso.com", "1 - IT"),
        wave("megan@contoso.com", "2 - Sales"),
    ];
    recipients::import(&app.db, tenant.id, &people, 0).await.unwrap();

    crate::admin::add_admin(&app, "it@contoso.example", Role::Editor, None).await;
    let it = crate::admin::sign_in(&app, "it@contoso.example").await;
    let csrf = crate::helpers::csrf(&it, &app.url("/admin/tenants/demo/entra")).await;
    let save = |text: &str| {
        let form = [("_csrf", csrf.clone()), ("exclusions", text.to_owned())];
        it.post(app.url("/admin/tenants/demo/entra/scope")).form(&form).send()
    };
    let refused = save("room-*\n<b>everyone</b>\n").await.unwrap();
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("line 2: \"&lt;b&gt;everyone&lt;/b&gt;\" is not a principal name or pattern"), "{page}");
    assert!(page.contains(">room-*\n&lt;b&gt;everyone&lt;/b&gt;\n</textarea>"), "what was typed stays: {page}");

    assert_eq!(save("# rooms\nroom-*\nBreakGlass1@contoso.onmicrosoft.com\n").await.unwrap().status(), 200);
    let token = app.token_for("demo").await;
    let coverage: serde_json::Value = coverage_of(&app, &token).await;
    assert_eq!(coverage["excluded"], 3);
    assert_eq!((coverage["in_scope"].as_i64(), coverage["with_allowed_passkey"].as_i64()), (Some(4), Some(2)));
    assert_eq!(coverage["administrators"]["in_scope"], 2, "the break-glass account is left out");
    assert_eq!(coverage["administrators"]["with_allowed_passkey"], 1);
    assert_eq!(
        coverage["waves"],
        serde_json::json!([
            { "wave": "1 - IT", "in_scope": 2, "with_passkey": 1, "with_allowed_passkey": 1, "allowed_share": 0.5 },
            { "wave": "2 - Sales", "in_scope": 1, "with_passkey": 0, "with_allowed_passkey": 0, "allowed_share": 0.0 }
        ])
    );
    let stragglers = passkey_guide::entra::coverage::stragglers(&app.db, tenant.id).await.unwrap();
    assert_eq!(
        stragglers.iter().map(|(u, _)| u.as_str()).collect::<Vec<_>>(),
        vec!["alex@contoso.com", "megan@contoso.com"]
    );

    let dashboard = it.get(app.url("/admin/tenants/demo/dashboard")).send().await.unwrap().text().await.unwrap();
    assert!(dashboard.contains("Administrators: 1 of 2 (50%) have a passkey the policy allows."), "{dashboard}");
    assert!(dashboard.contains("3 accounts are left out"), "{dashboard}");
    assert!(dashboard.contains("<th scope=\"row\">1 - IT</th><td>2</td><td>1</td><td>50%</td>"), "{dashboard}");

    // The next import keeps the list; clearing it counts everyone again.
    passkey_guide::entra::coverage::store(&app.db, tenant.id, &users, &tenant.policy, "graph.json", 1_000)
        .await
        .unwrap();
    let again: serde_json::Value = coverage_of(&app, &token).await;
    assert_eq!(again["excluded"], 3);
    assert_eq!(save("").await.unwrap().status(), 200);
    let cleared: serde_json::Value = coverage_of(&app, &token).await;
    assert_eq!((cleared["excluded"].as_i64(), cleared["in_scope"].as_i64()), (Some(0), Some(7)));
}

/// Sign-in usage from Graph's sign-in log: who signs in with a passkey, who registered but still
/// uses a password, who uses a legacy client; each number exact, over the window asked for.
#[tokio::test]
async fn usage_pairs_the_sign_in_log_with_the_registration_report() {
    let app = spawn_app().await;
    let tenant = passkey_guide::db::tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let report = "userPrincipalName,methodsRegistered\nadele@contoso.com,passKeyDeviceBoundAuthenticator\n\
                  alex@contoso.com,passKeyDeviceBoundAuthenticator\ndiego@contoso.com,email\nroom-1@contoso.com,\n";
    let users = passkey_guide::entra::report::parse(report.as_bytes()).unwrap();
    passkey_guide::entra::coverage::store(&app.db, tenant.id, &users, &tenant.policy, "r.csv", 0).await.unwrap();
    passkey_guide::db::exclusions::replace(
        &app.db,
        tenant.id,
        &passkey_guide::entra::scope::Exclusions::parse("room-*").unwrap(),
    )
    .await
    .unwrap();
    let sign_in = |upn: &str, at: &str, client: &str, methods: &[&str]| {
        let details: Vec<serde_json::Value> =
            methods.iter().map(|m| serde_json::json!({ "authenticationMethod": m, "succeeded": true })).collect();
        serde_json::json!({ "userPrincipalName": upn, "createdDateTime": at, "clientAppUsed": client,
                            "status": { "errorCode": 0 }, "authenticationDetails": details })
    };
    // The test clock reads 2026-11-20 09:00 UTC.
    let log = serde_json::json!({ "value": [
        sign_in("adele@contoso.com", "2026-11-19T08:00:00Z", "Browser", &["Passkey (device-bound)"]),
        sign_in("alex@contoso.com", "2026-11-19T08:00:00Z", "Browser", &["Password", "Authenticator App"]),
        sign_in("alex@contoso.com", "2026-10-01T08:00:00Z", "Browser", &["FIDO2 security key"]),
        sign_in("diego@contoso.com", "2026-11-20T07:00:00Z", "Exchange ActiveSync", &["Password"]),
        sign_in("room-1@contoso.com", "2026-11-20T07:00:00Z", "Other clients", &["Password"]),
    ]});
    let days = passkey_guide::entra::signins::parse(log.to_string().as_bytes()).unwrap();
    passkey_guide::db::signins::store(&app.db, tenant.id, &days).await.unwrap();

    let token = app.token_for("demo").await;
    let usage = |query: &'static str| {
        let (client, url, token) =
            (app.client.clone(), app.url(&format!("/api/v1/tenants/demo/usage{query}")), token.clone());
        async move { client.get(url).bearer_auth(token).send().await.unwrap() }
    };
    let month: serde_json::Value = usage("").await.json().await.unwrap();
    assert_eq!(
        month,
        serde_json::json!({ "days": 30, "people": 3, "with_passkey_sign_in": 1, "share": 1.0 / 3.0,
                            "registered_password_only": 1, "legacy_clients": 1 })
    );
    // Over 60 days Alex's October security-key sign-in counts: he is no longer password-only.
    let two_months: serde_json::Value = usage("?days=60").await.json().await.unwrap();
    assert_eq!(
        (two_months["with_passkey_sign_in"].as_i64(), two_months["registered_password_only"].as_i64()),
        (Some(2), Some(0))
    );
    for bad in ["?days=0", "?days=401", "?days=a%20month"] {
        assert_eq!(usage(bad).await.status(), 400, "{bad}");
    }
    assert_eq!(app.client.get(app.url("/api/v1/tenants/demo/usage")).send().await.unwrap().status(), 401);

    // The dashboard says the same, and that passwords cannot go yet.
    // An analyst: the lists below name people, which a viewer does not see.
    crate::admin::add_admin(&app, "it@contoso.example", passkey_guide::db::admins::Role::Analyst, None).await;
    let it = crate::admin::sign_in(&app, "it@contoso.example").await;
    let page = it.get(app.url("/admin/tenants/demo/dashboard")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("1 of 3 people who signed in (33.3%) used a passkey."), "{page}");
    assert!(page.contains("1 people with a passkey still signed in with a password only."), "{page}");
    assert!(page.contains("Before passwords go:"), "{page}");
    // Who stands in the way, by name.
    let csv = |name: &'static str| {
        let (it, url) = (it.clone(), app.url(&format!("/admin/tenants/demo/dashboard/{name}.csv")));
        async move { it.get(url).send().await.unwrap().text().await.unwrap() }
    };
    assert_eq!(csv("password-only").await, "\u{feff}user_principal_name\nalex@contoso.com\n");
    assert_eq!(csv("legacy-clients").await, "\u{feff}user_principal_name\ndiego@contoso.com\n");
}
