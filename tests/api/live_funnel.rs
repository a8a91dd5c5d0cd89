//! The funnel rows every figure is read from, counted as events arrive: exact across days,
//! devices, languages and campaigns; current as soon as an event is acknowledged; the same as
//! counting the day again from its events.

use passkey_guide::analytics::report::{self, Filters};
use passkey_guide::db::{funnel_tally, tenants};
use passkey_guide::domain::day::Day;
use passkey_guide::domain::device::Device;
use passkey_guide::domain::flow_id::FlowId;

use crate::helpers::*;

async fn report_for(app: &TestApp, filters: Filters) -> report::Report {
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    report::build(&app.db, tenant.id, &filters).await.unwrap()
}

fn all_days() -> Filters {
    Filters::days(Day::parse("2026-01-01").unwrap(), Day::parse("2026-12-31").unwrap())
}

fn visitors(rows: &[(String, String, i64)], key: &str, stage: &str) -> i64 {
    rows.iter().filter(|(k, s, _)| k == key && s == stage).map(|(_, _, v)| v).sum()
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
    assert_eq!(r.visitors("visit"), 2);
    assert_eq!(r.visitors("step"), 1, "two flows, one person");
    let devices: Vec<_> = r.devices.iter().map(|d| (d.device.clone(), d.stage.clone(), d.visitors)).collect();
    assert_eq!(visitors(&devices, "iphone", "visit"), 1);
    assert_eq!(visitors(&devices, "windows", "visit"), 1);
    let campaigns: Vec<_> = r.campaigns.iter().map(|c| (c.campaign.clone(), c.stage.clone(), c.visitors)).collect();
    assert_eq!(visitors(&campaigns, "reminder", "visit"), 1, "the person's first tagged link");
    assert_eq!(visitors(&campaigns, "", "visit"), 1, "the Windows visitor came without a tag");
    let steps: Vec<_> = r.steps.iter().map(|s| (s.flow.as_str(), s.step, s.visitors)).collect();
    assert_eq!(steps, vec![("iphone-authenticator", 1, 1), ("iphone-icloud", 1, 1)]);

    let german = report_for(&app, Filters { locale: Some("de".into()), ..all_days() }).await;
    assert_eq!(german.visitors("visit"), 1, "the language the person settled on");
    let windows = report_for(&app, Filters { device: Some(Device::Windows), ..all_days() }).await;
    assert_eq!(windows.visitors("visit"), 1);
    assert!(windows.steps.is_empty(), "the Windows visitor took no steps");
    let reminder = report_for(&app, Filters { campaign: Some("reminder".into()), ..all_days() }).await;
    assert_eq!(reminder.steps.len(), 2, "steps follow the person's campaign");
    let icloud = report_for(&app, Filters { flow: Some(FlowId::IphoneIcloud), ..all_days() }).await;
    assert_eq!(icloud.visitors("step"), 1);
    assert_eq!(icloud.steps.len(), 1);
}

#[tokio::test]
async fn an_acknowledged_event_is_in_the_figures_at_once() {
    let app = spawn_app().await;
    app.get_as("/demo", IPHONE).await;
    assert_eq!(report_for(&app, all_days()).await.visitors("visit"), 1);
    app.get_as("/demo", WINDOWS_CHROME).await;
    assert_eq!(report_for(&app, all_days()).await.visitors("visit"), 2, "no roll-up to wait for");
    // The rows are the figures: events deleted later (retention) leave them alone.
    sqlx::query("delete from events").execute(&app.db.pool).await.unwrap();
    assert_eq!(report_for(&app, all_days()).await.visitors("visit"), 2);
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
