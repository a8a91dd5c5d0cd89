//! The daily roll-ups every funnel figure is read from: exact across days, devices, languages
//! and campaigns; final once a day has ended; as fresh as configured while it is open.

use passkey_guide::analytics::report::{self, Filters};
use passkey_guide::analytics::rollups::{self, Freshness};
use passkey_guide::db::tenants;

use crate::helpers::*;

async fn report_for(app: &TestApp, filters: Filters, max_age_ms: i64) -> report::Report {
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let fresh = Freshness { now_ms: passkey_guide::clock::Clock::now_ms(&*app.clock), max_age_ms };
    report::build(&app.db, tenant.id, &filters, fresh).await.unwrap()
}

fn all_days() -> Filters {
    Filters { from: "2026-01-01".into(), to: "2026-12-31".into(), ..Default::default() }
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

    let r = report_for(&app, all_days(), 0).await;
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

    let german = report_for(&app, Filters { locale: Some("de".into()), ..all_days() }, 0).await;
    assert_eq!(german.visitors("visit"), 1, "the language the person settled on");
    let windows = report_for(&app, Filters { device: Some("windows".into()), ..all_days() }, 0).await;
    assert_eq!(windows.visitors("visit"), 1);
    assert!(windows.steps.is_empty(), "the Windows visitor took no steps");
    let reminder = report_for(&app, Filters { campaign: Some("reminder".into()), ..all_days() }, 0).await;
    assert_eq!(reminder.steps.len(), 2, "steps follow the person's campaign");
    let icloud = report_for(&app, Filters { flow: Some("iphone-icloud".into()), ..all_days() }, 0).await;
    assert_eq!(icloud.visitors("step"), 1);
    assert_eq!(icloud.steps.len(), 1);
}

#[tokio::test]
async fn an_open_day_is_as_fresh_as_configured_and_an_ended_day_is_final() {
    let app = spawn_app().await;
    app.get_as("/demo", IPHONE).await;
    assert_eq!(report_for(&app, all_days(), 60_000).await.visitors("visit"), 1);

    app.get_as("/demo", WINDOWS_CHROME).await;
    assert_eq!(report_for(&app, all_days(), 60_000).await.visitors("visit"), 1, "within a minute, the roll-up stands");
    app.clock.advance(time::Duration::seconds(61));
    // A minute later it is redone in the background while the older figures are served.
    let mut visits = 0;
    for _ in 0..100 {
        visits = report_for(&app, all_days(), 60_000).await.visitors("visit");
        if visits == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(visits, 2, "a minute later, it is redone");

    app.clock.advance(time::Duration::days(1));
    assert_eq!(report_for(&app, all_days(), 60_000).await.visitors("visit"), 2);
    let (complete,): (i64,) =
        sqlx::query_as("select complete from rollup_days order by day limit 1").fetch_one(&app.db.pool).await.unwrap();
    assert_eq!(complete, 1, "the first day has ended: its roll-up is final");
    // A final day is never recomputed, so events deleted afterwards leave its figures alone.
    sqlx::query("delete from events").execute(&app.db.pool).await.unwrap();
    assert_eq!(report_for(&app, all_days(), 0).await.visitors("visit"), 2);
}

#[tokio::test]
async fn rolling_up_the_same_day_twice_gives_the_same_rows() {
    let app = spawn_app().await;
    for ua in [IPHONE, WINDOWS_CHROME, REDUCED_ANDROID] {
        app.get_as("/demo", ua).await;
        app.get_as("/demo/iphone-authenticator/1", ua).await;
    }
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let day = passkey_guide::clock::Clock::today(&*app.clock);
    let count = || async {
        let (n,): (i64,) = sqlx::query_as("select count(*) from rollup_stages").fetch_one(&app.db.pool).await.unwrap();
        n
    };
    rollups::roll_up_day(&app.db, tenant.id, &day, 0, false).await.unwrap();
    let first = count().await;
    assert!(first > 0);
    let (a, b) = tokio::join!(
        rollups::roll_up_day(&app.db, tenant.id, &day, 1, false),
        rollups::roll_up_day(&app.db, tenant.id, &day, 2, false)
    );
    a.unwrap();
    b.unwrap();
    assert_eq!(count().await, first, "concurrent roll-ups replace each other, never add up");
}
