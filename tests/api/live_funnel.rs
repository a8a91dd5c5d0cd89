//! The funnel rows every figure is read from, counted as events arrive: exact across days,
//! devices, languages and campaigns; current as soon as an event is acknowledged; the same as
//! counting the day again from its events.

use passkey_guide::analytics::funnel::{self, Funnel};
use passkey_guide::db::funnel::Slice as Filters;
use passkey_guide::db::{funnel_tally, tenants};
use passkey_guide::domain::day::Day;
use passkey_guide::domain::device::Device;
use passkey_guide::domain::flow_id::FlowId;
use passkey_guide::domain::stage::Stage;

use crate::helpers::*;

async fn report_for(app: &TestApp, filters: Filters) -> Funnel {
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    funnel::read(&app.db, &tenant, &filters, String::new(), Day::parse("2026-11-20").unwrap()).await.unwrap()
}

fn all_days() -> Filters {
    Filters::days(Day::parse("2026-01-01").unwrap(), Day::parse("2026-12-31").unwrap())
}

#[tokio::test]
async fn a_person_who_changes_language_campaign_or_flow_in_a_day_is_one_person() {
    let app = spawn_app().await;
    app.get_as("/demo?c=reminder", IPHONE).await;
    app.get_as("/demo?lang=de", IPHONE).await;
    app.get_as("/demo/iphone-authenticator/1?lang=de", IPHONE).await;
    app.get_as("/demo/iphone-icloud/1?lang=de", IPHONE).await;
    app.get_as("/demo", WINDOWS_CHROME).await;

    let r = report_for(&app, all_days()).await;
    assert_eq!(r.visitors(Stage::Visit), 2);
    assert_eq!(r.visitors(Stage::Step), 1, "two flows, one person");
    let devices: Vec<_> = r.devices.iter().map(|d| (d.device, d.visit)).collect();
    assert_eq!(devices, [(Device::Iphone, 1), (Device::Windows, 1)]);
    let campaigns: Vec<_> = r.campaigns.iter().map(|c| (c.campaign.as_deref(), c.visit)).collect();
    assert_eq!(
        campaigns,
        [(None, 1), (Some("reminder"), 1)],
        "the person's first tagged link; the Windows visitor came without a tag"
    );
    let steps: Vec<_> = r.steps.iter().map(|s| (s.flow.as_str(), s.step, s.visitors)).collect();
    assert_eq!(steps, vec![("iphone-authenticator", 1, 1), ("iphone-icloud", 1, 1)]);

    let german = report_for(&app, Filters { locale: Some("de".into()), ..all_days() }).await;
    assert_eq!(german.visitors(Stage::Visit), 1, "the language the person settled on");
    let windows = report_for(&app, Filters { device: Some(Device::Windows), ..all_days() }).await;
    assert_eq!(windows.visitors(Stage::Visit), 1);
    assert!(windows.steps.is_empty(), "the Windows visitor took no steps");
    let reminder = report_for(&app, Filters { campaign: Some("reminder".into()), ..all_days() }).await;
    assert_eq!(reminder.steps.len(), 2, "steps follow the person's campaign");
    let icloud = report_for(&app, Filters { flow: Some(FlowId::IphoneIcloud), ..all_days() }).await;
    assert_eq!(icloud.visitors(Stage::Step), 1);
    assert_eq!(icloud.steps.len(), 1);
}

#[tokio::test]
async fn an_acknowledged_event_is_in_the_figures_at_once() {
    let app = spawn_app().await;
    app.get_as("/demo", IPHONE).await;
    assert_eq!(report_for(&app, all_days()).await.visitors(Stage::Visit), 1);
    app.get_as("/demo", WINDOWS_CHROME).await;
    assert_eq!(report_for(&app, all_days()).await.visitors(Stage::Visit), 2, "no roll-up to wait for");
    // The rows are the figures: events deleted later (retention) leave them alone.
    sqlx::query("delete from events").execute(&app.db.pool).await.unwrap();
    assert_eq!(report_for(&app, all_days()).await.visitors(Stage::Visit), 2);
}

/// Every funnel row, in a stable order, to compare two countings.
async fn all_rows(app: &TestApp) -> Vec<String> {
    let mut rows = Vec::new();
    for table in ["funnel_stages", "funnel_steps", "funnel_durations"] {
        let mut lines: Vec<String> = sqlx::query(&format!("select * from {table}"))
            .fetch_all(&app.db.pool)
            .await
            .unwrap()
            .iter()
            .map(|row| {
                use sqlx::Row;
                (0..row.len())
                    .map(|i| {
                        row.try_get::<String, _>(i)
                            .or_else(|_| row.try_get::<i64, _>(i).map(|n| n.to_string()))
                            .unwrap_or_default()
                    })
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .filter(|line| !line.ends_with("|0|0") && !line.ends_with("|0"))
            .collect();
        lines.sort();
        rows.push(format!("{table}: {}", lines.len()));
        rows.extend(lines);
    }
    rows
}

#[tokio::test]
async fn counting_a_day_again_from_its_events_gives_the_rows_counted_live() {
    let app = spawn_app().await;
    for ua in [IPHONE, WINDOWS_CHROME, REDUCED_ANDROID] {
        app.get_as("/demo?c=reminder", ua).await;
        app.get_as("/demo/iphone-authenticator/1", ua).await;
        app.get_as("/demo/iphone-authenticator/3/stuck/no-create-option", ua).await;
        app.get_as("/demo/iphone-authenticator/2/stuck", ua).await;
        app.get_as("/demo/go?flow=iphone-authenticator&step=4", ua).await;
    }
    app.get_as("/demo?device=mac&lang=de", IPHONE).await;
    let live = all_rows(&app).await;
    assert!(live.len() > 10, "{live:?}");

    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let day = passkey_guide::clock::Clock::today(&*app.clock);
    sqlx::query("insert into funnel_recount (tenant_id, day) values ($1, $2)")
        .bind(tenant.id)
        .bind(&day)
        .execute(&app.db.pool)
        .await
        .unwrap();
    funnel_tally::recount_listed_days(&app.db).await.unwrap();
    assert_eq!(all_rows(&app).await, live);
    let (left,): (i64,) = sqlx::query_as("select count(*) from funnel_recount").fetch_one(&app.db.pool).await.unwrap();
    assert_eq!(left, 0, "a day counted again is off the list");
}

/// `GET /api/v1/tenants/demo/funnel?{query}` with a token: the status and the body.
async fn funnel_api(app: &TestApp, token: &str, query: &str) -> (u16, serde_json::Value) {
    let response = app
        .client
        .get(app.url(&format!("/api/v1/tenants/demo/funnel?{query}")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)))
}

fn people(funnel: &serde_json::Value, stage: &str) -> i64 {
    funnel["funnel"].as_array().unwrap().iter().find(|s| s["stage"] == stage).unwrap()["visitors"].as_i64().unwrap()
}

#[tokio::test]
async fn the_funnel_api_takes_every_filter_and_refuses_unknown_values() {
    let app = spawn_app().await;
    app.get_as("/demo?c=reminder", IPHONE).await;
    app.get_as("/demo/iphone-authenticator/1", IPHONE).await;
    app.get_as("/demo/iphone-authenticator/2", IPHONE).await;
    app.get_as("/demo/iphone-authenticator/2/stuck", IPHONE).await;
    app.get_as("/demo/windows-hello/1?lang=de", WINDOWS_CHROME).await;
    let token = app.token_for("demo").await;

    let (status, all) = funnel_api(&app, &token, "").await;
    assert_eq!(status, 200);
    assert_eq!(all["as_of"], "2026-11-20T09:00:00Z");
    assert_eq!(all["time_zone"], "UTC");
    assert_eq!(people(&all, "visit"), 1, "the Windows person only opened a step");
    assert_eq!(people(&all, "step"), 2);
    let steps: Vec<(String, i64, i64)> = all["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["flow"].as_str().unwrap().to_owned(), s["step"].as_i64().unwrap(), s["visitors"].as_i64().unwrap()))
        .collect();
    assert_eq!(
        steps,
        [("iphone-authenticator".into(), 1, 1), ("iphone-authenticator".into(), 2, 1), ("windows-hello".into(), 1, 1)],
        "steps per flow, never summed across flows"
    );
    assert_eq!(all["steps"][1]["of_previous"], 1.0);
    assert_eq!(all["stuck"][0]["symptom"], serde_json::Value::Null, "said stuck without a listed problem");
    assert_eq!(all["stuck"][0]["step"], 2);
    assert_eq!(all["by_day"][0]["day"], "2026-11-20");
    assert_eq!(all["by_day"][0]["campaigns_started"][0], "reminder");

    for (query, stage, expected) in [
        ("device=windows", "step", 1),
        ("device=iphone", "visit", 1),
        ("flow=windows-hello", "step", 1),
        ("flow=iphone-authenticator", "visit", 1),
        ("flow=windows-hello", "visit", 0),
        ("language=de", "step", 1),
        ("language=en", "step", 1),
        ("campaign=reminder", "step", 1),
        ("from=2026-11-21&to=2026-11-30", "visit", 0),
    ] {
        let (status, body) = funnel_api(&app, &token, query).await;
        assert_eq!(status, 200, "{query}: {body}");
        assert_eq!(people(&body, stage), expected, "{query}");
    }
    for (query, named) in [
        ("device=toaster", "device"),
        ("flow=fax", "flow"),
        ("language=xx", "language"),
        ("campaign=remindr", "campaign"),
        ("profile=nope", "profile"),
        ("tests=maybe", "tests"),
        ("from=2026-13-01", "from"),
        ("from=2026-11-21&to=2026-11-20", "from"),
    ] {
        let (status, body) = funnel_api(&app, &token, query).await;
        assert_eq!(status, 400, "{query}");
        assert!(body.to_string().contains(named), "{query}: {body}");
    }
}

#[tokio::test]
async fn test_visits_stay_out_of_the_figures_unless_asked_for() {
    let app = spawn_app().await;
    crate::admin::add_admin(&app, "it@contoso.example", passkey_guide::db::admins::Role::Owner, None).await;
    let admin = crate::admin::sign_in(&app, "it@contoso.example").await;
    let visit = |client: &reqwest::Client, path: &str, ua: &str| {
        client.get(app.url(path)).header("user-agent", ua).header("accept-language", "en").send()
    };
    visit(&admin, "/demo", IPHONE).await.unwrap();
    let landing = visit(&app.client, "/demo?test=1", WINDOWS_CHROME).await.unwrap().text().await.unwrap();
    assert!(landing.contains("test=1"), "every link keeps the test mark");
    visit(&app.client, "/demo/windows-hello/1?test=1", WINDOWS_CHROME).await.unwrap();
    visit(&app.client, "/demo", REDUCED_ANDROID).await.unwrap();
    let token = app.token_for("demo").await;

    let (_, people_only) = funnel_api(&app, &token, "").await;
    assert_eq!(people(&people_only, "visit"), 1, "{people_only}");
    assert_eq!(people(&people_only, "step"), 0);
    let (_, with_tests) = funnel_api(&app, &token, "tests=1").await;
    assert_eq!(people(&with_tests, "visit"), 3);
    // The same browser without the mark is a person again: a test never hides someone else who
    // shares its address and browser.
    visit(&app.client, "/demo", WINDOWS_CHROME).await.unwrap();
    let (_, later) = funnel_api(&app, &token, "").await;
    assert_eq!(people(&later, "visit"), 2);
    assert_eq!(people(&with_tests, "step"), 1);
    assert_eq!(with_tests["filters"]["tests"], true);
}

#[tokio::test]
async fn days_start_at_midnight_in_the_tenants_time_zone() {
    let app = spawn_app().await;
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let zone = passkey_guide::domain::time_zone::TimeZone::parse("Pacific/Honolulu").unwrap();
    let changes = tenants::TenantChanges { time_zone: Some(zone), ..Default::default() };
    tenants::update(&app.db, tenant.id, changes, 0).await.unwrap();
    // 09:00 UTC is 23:00 the day before in Honolulu.
    app.get_as("/demo", IPHONE).await;
    let token = app.token_for("demo").await;
    let (_, body) = funnel_api(&app, &token, "").await;
    assert_eq!(body["time_zone"], "Pacific/Honolulu");
    assert_eq!(body["to"], "2026-11-19", "today there");
    assert_eq!(body["by_day"][0]["day"], "2026-11-19");
    assert_eq!(people(&body, "visit"), 1);
}

#[tokio::test]
async fn the_dashboard_reads_the_same_funnel_and_its_downloads_are_the_tables_shown() {
    let app = spawn_app().await;
    app.get_as("/demo?c=reminder", IPHONE).await;
    app.get_as("/demo/iphone-authenticator/2/stuck", IPHONE).await;
    app.get_as("/demo", WINDOWS_CHROME).await;
    crate::admin::add_admin(&app, "it@contoso.example", passkey_guide::db::admins::Role::Owner, None).await;
    let it = crate::admin::sign_in(&app, "it@contoso.example").await;
    let get = |path: &str| it.get(app.url(path)).header("accept-language", "en").send();

    let page = get("/admin/tenants/demo/dashboard").await.unwrap().text().await.unwrap();
    assert!(page.contains("Figures as of 2026-11-20T09:00:00Z (UTC)"), "when the figures were read");
    assert!(page.contains("counted in the time zone UTC"), "where days start");
    assert!(page.contains("without picking a listed problem"), "a stuck report without a problem shows");
    assert!(page.contains(r#"<option value="iphone""#) && page.contains(r#"<option value="windows""#));
    assert!(!page.contains(r#"<option value="samsung""#), "only devices the funnel has seen are offered");
    assert!(page.contains(r#"<option value="reminder""#), "campaigns are chosen, not typed");

    let csv = get("/admin/tenants/demo/dashboard/stuck.csv").await.unwrap().text().await.unwrap();
    assert!(csv.starts_with("\u{feff}Walkthrough,Step,Problem,Reports,People\n"), "{csv}");
    let row = csv.lines().nth(1).unwrap();
    assert!(row.contains("without picking a listed problem") && !row.contains("iphone-authenticator"), "{row}");
    let days = get("/admin/tenants/demo/dashboard/days.csv").await.unwrap().text().await.unwrap();
    assert!(days.contains("2026-11-20,2,0,0,reminder"), "{days}");

    let refused = get("/admin/tenants/demo/dashboard?campaign=remindr").await.unwrap();
    assert_eq!(refused.status(), 400, "a misspelt campaign is named, not shown as nobody");
}
