use crate::helpers::{IPHONE, spawn_app, stages};

#[tokio::test]
async fn the_funnel_needs_a_token_for_that_very_tenant() {
    let app = spawn_app().await;
    let other = passkey_guide::domain::tenant_slug::TenantSlug::parse("fabrikam").unwrap();
    passkey_guide::db::tenants::create(
        &app.db,
        passkey_guide::db::tenants::NewTenant { slug: &other, name: "Fabrikam", policy: Default::default() },
        0,
    )
    .await
    .unwrap();
    let fabrikam_token = app.token_for("fabrikam").await;
    let url = app.url("/api/v1/tenants/demo/funnel");

    let none = app.client.get(&url).send().await.unwrap();
    assert_eq!(none.status(), 401);
    let body: serde_json::Value = none.json().await.unwrap();
    assert!(body["error"].is_string());

    let wrong = app.client.get(&url).bearer_auth(&fabrikam_token).send().await.unwrap();
    assert_eq!(wrong.status(), 401);
    let garbage = app.client.get(&url).bearer_auth("pgt_nonsense").send().await.unwrap();
    assert_eq!(garbage.status(), 401);
    let unknown =
        app.client.get(app.url("/api/v1/tenants/nobody/funnel")).bearer_auth(&fabrikam_token).send().await.unwrap();
    assert_eq!(unknown.status(), 401);

    let own =
        app.client.get(app.url("/api/v1/tenants/fabrikam/funnel")).bearer_auth(&fabrikam_token).send().await.unwrap();
    assert_eq!(own.status(), 200);
}

#[tokio::test]
async fn a_revoked_token_stops_working() {
    let app = spawn_app().await;
    let token = app.token_for("demo").await;
    assert!(passkey_guide::db::tokens::revoke(&app.db, &token, 0).await.unwrap());
    let response = app.client.get(app.url("/api/v1/tenants/demo/funnel")).bearer_auth(&token).send().await.unwrap();
    assert_eq!(response.status(), 401);
}

#[tokio::test]
async fn bad_dates_are_a_clear_400() {
    let app = spawn_app().await;
    let token = app.token_for("demo").await;
    for query in ["from=yesterday", "to=2026-13-01", "from=2026-11-21&to=2026-11-01"] {
        let response = app
            .client
            .get(app.url(&format!("/api/v1/tenants/demo/funnel?{query}")))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{query}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert!(
            body["error"].as_str().unwrap().contains("YYYY-MM-DD") || body["error"].as_str().unwrap().contains("after")
        );
    }
}

#[tokio::test]
async fn bots_and_scanners_are_counted_apart_from_people() {
    let app = spawn_app().await;
    app.get_as("/demo", IPHONE).await;
    app.get_with("/demo", &[("user-agent", "curl/8.5.0")]).await;
    app.get_with("/demo", &[("user-agent", "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5")]).await;
    // A mail gateway with a browser's User-Agent but no Accept-Language.
    app.get_with("/demo", &[("user-agent", IPHONE)]).await;
    let token = app.token_for("demo").await;
    let funnel = app.funnel("demo", &token).await;
    assert_eq!(stages(&funnel)[0], ("visit".into(), 1, 1));
    assert_eq!(funnel["bots"], 3);
}

#[tokio::test]
async fn the_date_range_filters_events_by_day() {
    let app = spawn_app().await;
    app.get_as("/demo", IPHONE).await;
    app.clock.advance(time::Duration::days(1));
    app.get_as("/demo", IPHONE).await;
    let token = app.token_for("demo").await;
    let get = |q: &'static str| {
        let app = &app;
        let token = token.clone();
        async move {
            let r = app
                .client
                .get(app.url(&format!("/api/v1/tenants/demo/funnel?{q}")))
                .bearer_auth(token)
                .send()
                .await
                .unwrap();
            stages(&r.json().await.unwrap())[0].1
        }
    };
    assert_eq!(get("from=2026-11-20&to=2026-11-20").await, 1);
    assert_eq!(get("from=2026-11-21").await, 1);
    assert_eq!(get("").await, 2);
}

#[tokio::test]
async fn detect_tells_the_helpdesk_what_the_server_sees() {
    let app = spawn_app().await;
    let body: serde_json::Value = app.get_as("/api/v1/detect", IPHONE).await.json().await.unwrap();
    assert_eq!(body["device"], "iphone");
    assert_eq!(body["os_version"], "17.4");
    assert_eq!(body["flow"], "iphone-authenticator");
}

#[tokio::test]
async fn health_answers_when_the_database_does() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn queued_events_are_written_before_shutdown_completes() {
    let app = spawn_app().await;
    let mut requests = Vec::new();
    for _ in 0..50 {
        requests.push(app.get_as("/demo", IPHONE));
    }
    for r in futures_util::future::join_all(requests).await {
        assert_eq!(r.status(), 200);
    }
    let db = app.stop().await;
    let (n,): (i64,) = sqlx::query_as("select count(*) from events").fetch_one(&db.pool).await.unwrap();
    assert_eq!(n, 50);
}

#[tokio::test]
async fn events_past_the_retention_period_are_deleted_and_their_figures_kept() {
    let app = spawn_app().await;
    app.get_as("/demo", IPHONE).await;
    app.clock.advance(time::Duration::days(10));
    app.get_as("/demo", IPHONE).await;
    let clock: passkey_guide::clock::SharedClock = app.clock.clone();
    let deleted = passkey_guide::analytics::retention::prune(&app.db, &clock, 5).await.unwrap();
    assert_eq!(deleted, 1);
    let (left,): (i64,) = sqlx::query_as("select count(*) from events").fetch_one(&app.db.pool).await.unwrap();
    assert_eq!(left, 1);
    // The pruned day was rolled up first: the funnel keeps its history, without the events.
    let token = app.token_for("demo").await;
    assert_eq!(stages(&app.funnel("demo", &token).await)[0].1, 2);
}

#[tokio::test]
async fn a_known_set_of_events_gives_exactly_the_expected_funnel() {
    let app = spawn_app().await;
    let person = |n: u32| {
        format!(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1 person{n}"
        )
    };
    // Five people open the guide; one of them twice.
    for n in 0..5 {
        app.get_as("/demo?c=announcement", &person(n)).await;
    }
    app.get_as("/demo", &person(0)).await;
    // Four start the steps, three reach step 2, one is stuck at step 3 on a known problem.
    for n in 0..4 {
        app.get_as("/demo/iphone-authenticator/1", &person(n)).await;
    }
    for n in 0..3 {
        app.get_as("/demo/iphone-authenticator/2", &person(n)).await;
    }
    app.get_as("/demo/iphone-authenticator/3/stuck/no-create-option", &person(2)).await;
    // Two hand off to Microsoft, one of them twice; one confirms done.
    app.get_as("/demo/go?flow=iphone-authenticator&step=4", &person(0)).await;
    app.get_as("/demo/go?flow=iphone-authenticator&step=4", &person(0)).await;
    app.get_as("/demo/go?flow=iphone-authenticator&step=4", &person(1)).await;
    app.client
        .post(app.url("/demo/done"))
        .header("user-agent", person(0))
        .header("accept-language", "en")
        .form(&[("flow", "iphone-authenticator")])
        .send()
        .await
        .unwrap();
    // Crawlers, link previewers, monitors and a mail gateway without Accept-Language.
    for ua in ["Googlebot/2.1", "Slackbot-LinkExpanding 1.0", "UptimeRobot/2.0", "python-requests/2.31"] {
        app.get_with("/demo", &[("user-agent", ua)]).await;
    }
    app.get_with("/demo/go", &[("user-agent", &person(9))]).await;

    let last_acknowledged = std::time::Instant::now();
    let token = app.token_for("demo").await;
    let funnel = app.funnel("demo", &token).await;
    assert!(last_acknowledged.elapsed() < std::time::Duration::from_secs(2), "read back within 2 s");
    assert_eq!(funnel["as_of"], "2026-11-20T09:00:00Z", "every event acknowledged before this moment is in");
    assert_eq!(
        stages(&funnel),
        vec![("visit".into(), 6, 5), ("step".into(), 7, 4), ("handoff".into(), 3, 2), ("done".into(), 1, 1)]
    );
    let steps: Vec<(i64, i64, i64)> = funnel["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["step"].as_i64().unwrap(), s["events"].as_i64().unwrap(), s["visitors"].as_i64().unwrap()))
        .collect();
    assert_eq!(steps, vec![(1, 4, 4), (2, 3, 3)]);
    assert_eq!(funnel["stuck"][0]["symptom"], "no-create-option");
    assert_eq!(funnel["stuck"][0]["step"], 3);
    assert_eq!(funnel["stuck"][0]["visitors"], 1);
    assert_eq!(funnel["bots"], 5);
}
