//! The funnel at scale, on SQLite, in one run:
//! 1. ingest through the page path: `GET /demo` requests through the whole application (each
//!    answered only once its visit is stored and counted into the funnel), from many at once;
//! 2. loading a single day of `DAY_EVENTS` events (default 5 million) for one tenant, and
//!    `EVENTS` events (default 10 million) over `DAYS` days (default 60) for another, with the
//!    CPU time spent counting them into the funnel, per million events;
//! 3. reading the funnel as the API and the dashboard do (unfiltered and filtered), on both.
//!
//! `cargo bench --bench analytics` (smaller: `DAY_EVENTS=500000 EVENTS=1000000`; `KEEP_DB=FILE`
//! keeps the database, e.g. to look at the dashboard on it).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::Request;
use passkey_guide::analytics::event::NewEvent;
use passkey_guide::analytics::funnel::{self, FunnelQuery};
use passkey_guide::brand::Tenant;
use passkey_guide::cli::{DatabaseArg, ServeArgs};
use passkey_guide::clock::{FixedClock, SharedClock, day_of};
use passkey_guide::db::{Db, funnel as funnel_rows, funnel_tally, tenants};
use passkey_guide::domain::campaign::Campaign;
use passkey_guide::domain::day::Day;
use passkey_guide::domain::device::Device;
use passkey_guide::domain::flow_id::FlowId;
use passkey_guide::domain::stage::Stage;
use passkey_guide::domain::tenant_slug::TenantSlug;
use passkey_guide::guide::policy::PasskeyPolicy;
use passkey_guide::settings::Settings;
use passkey_guide::startup::Application;
use time::macros::datetime;
use tower::ServiceExt;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.replace('_', "").parse().ok()).unwrap_or(default)
}

/// A small, fast, repeatable generator (xorshift), so every run sees the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const DEVICES: [(Device, FlowId); 7] = [
    (Device::Iphone, FlowId::IphoneAuthenticator),
    (Device::Iphone, FlowId::IphoneIcloud),
    (Device::Samsung, FlowId::Samsung),
    (Device::Android, FlowId::Android),
    (Device::Windows, FlowId::WindowsHello),
    (Device::Mac, FlowId::Mac),
    (Device::Linux, FlowId::CrossDevice),
];
const LOCALES: [&str; 4] = ["en", "de", "fr", "ja"];
const CAMPAIGNS: [&str; 3] = ["announcement", "reminder", "final"];
const SYMPTOMS: [&str; 3] = ["menu-missing", "no-prompt", "wrong-account"];

/// One person's day in the guide: a visit, some steps, sometimes stuck, often handed off and done.
fn person_day(rng: &mut Rng, tenant_id: i64, day: &str, at_ms: i64, visitor: u64, out: &mut Vec<NewEvent>) {
    let (device, flow) = DEVICES[rng.below(DEVICES.len())];
    let locale = LOCALES[rng.below(LOCALES.len())].to_owned();
    let campaign = Campaign::parse(CAMPAIGNS[rng.below(CAMPAIGNS.len())]);
    let is_bot = rng.chance(5);
    let event = |stage: Stage, step: Option<i64>, symptom: Option<&str>| NewEvent {
        tenant_id,
        at_ms,
        day: day.to_owned(),
        stage,
        step,
        symptom: symptom.map(str::to_owned),
        device: if is_bot { Device::Bot } else { device },
        flow: Some(flow),
        locale: locale.clone(),
        campaign: campaign.clone(),
        profile: None,
        visitor: format!("{visitor:032x}"),
        is_bot,
        is_test: false,
        recipient: None,
    };
    out.push(event(Stage::Visit, None, None));
    if is_bot || rng.chance(20) {
        return;
    }
    let reached = 1 + rng.below(5) as i64;
    for step in 1..=reached {
        out.push(event(Stage::Step, Some(step), None));
    }
    if rng.chance(15) {
        out.push(event(Stage::Stuck, Some(reached), Some(SYMPTOMS[rng.below(SYMPTOMS.len())])));
    }
    if reached >= 3 && rng.chance(80) {
        out.push(event(Stage::Handoff, Some(reached), None));
        if rng.chance(75) {
            out.push(event(Stage::Done, None, None));
        }
    }
}

/// CPU seconds this thread has used so far (user and system), from /proc.
fn thread_cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // Fields 14 and 15 of stat (utime, stime) are the 12th and 13th after the name.
    let ticks: f64 = fields.get(11..13).map_or(0.0, |f| f.iter().filter_map(|v| v.parse::<f64>().ok()).sum());
    ticks / 100.0
}

/// Page-path ingest: `GET /demo` through the whole application, `producers` at a time, each
/// request answered after its visit is stored and counted.
async fn ingest(clock: &SharedClock, path: &str) {
    let total = env_number("INGEST_REQUESTS", 200_000);
    let producers = env_number("INGEST_PRODUCERS", 256);
    let args = ServeArgs {
        addr: "127.0.0.1:0".parse().unwrap(),
        db: DatabaseArg { database: format!("sqlite://{path}") },
        ..Default::default()
    };
    let app = Application::build(Settings::from_args(&args).unwrap(), clock.clone()).await.unwrap();
    let service = passkey_guide::web::app(app.state().clone());
    let started = Instant::now();
    let mut handles = Vec::new();
    for p in 0..producers {
        let service = service.clone();
        handles.push(tokio::spawn(async move {
            let mut answered = 0usize;
            for n in 0..total / producers {
                let ua = format!(
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) \
                     Version/17.4 Mobile/15E148 Safari/604.1 p{p}-{n}"
                );
                let request = Request::get("/demo?c=announcement")
                    .header("user-agent", ua)
                    .header("accept-language", "en")
                    .header("host", "localhost")
                    .body(Body::empty())
                    .unwrap();
                let response = service.clone().oneshot(request).await.unwrap();
                assert_eq!(response.status(), 200, "every visit acknowledged");
                answered += 1;
            }
            answered
        }));
    }
    let mut answered = 0;
    for h in handles {
        answered += h.await.unwrap();
    }
    let elapsed = started.elapsed();
    let db = app.state().db.clone();
    let demo = tenants::find_by_slug(&db, "demo").await.unwrap().unwrap();
    let today = Day::of(clock.now().date());
    let seen = funnel_rows::seen(&db, demo.id).await.unwrap();
    let slice = FunnelQuery::default().slice(&demo, &seen, today).unwrap();
    let counted = funnel::read(&db, &demo, &slice, String::new(), today).await.unwrap().funnel[0].events;
    println!(
        "ingest through the page path: {answered} visits from {producers} concurrent requests in {:.2} s: \
         {:.0} events/s (target 20,000); counted in the funnel: {counted}",
        elapsed.as_secs_f64(),
        answered as f64 / elapsed.as_secs_f64()
    );
    assert_eq!(counted as usize, answered, "every acknowledged visit is counted");
    drop(service);
    drop(app);
}

/// Stores events and counts them into the funnel, in batches as the event writer does, on one
/// connection of this thread; returns the CPU seconds the counting took.
fn store(path: &str, events: &[NewEvent]) -> f64 {
    let mut connection = rusqlite::Connection::open(path).unwrap();
    connection.execute_batch("pragma journal_mode = wal; pragma synchronous = normal;").unwrap();
    let mut counting = 0.0;
    for batch in events.chunks(2_000) {
        let tx = connection.transaction().unwrap();
        {
            let mut insert = tx
                .prepare_cached(
                    "insert into events (tenant_id, at_ms, day, stage, step, symptom, device, flow, locale, campaign, \
                     visitor, is_bot, is_test, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, ?2)",
                )
                .unwrap();
            for e in batch {
                insert
                    .execute(rusqlite::params![
                        e.tenant_id,
                        e.at_ms,
                        e.day,
                        e.stage.as_str(),
                        e.step,
                        e.symptom,
                        e.device.as_str(),
                        e.flow.map(|f| f.as_str()),
                        e.locale,
                        e.campaign.as_ref().map(|c| c.as_str()),
                        e.visitor,
                        i64::from(e.is_bot)
                    ])
                    .unwrap();
            }
        }
        let before = thread_cpu_seconds();
        funnel_tally::count_sqlite(&tx, batch).unwrap();
        counting += thread_cpu_seconds() - before;
        tx.commit().unwrap();
    }
    counting
}

/// One day of `count` events for a tenant, people after people, spread over the working day.
fn day_of_events(tenant_id: i64, day: time::Date, count: usize, seed: u64) -> Vec<NewEvent> {
    let mut rng = Rng(seed);
    let name = day_of(day.midnight().assume_utc());
    let start_ms = day.midnight().assume_utc().unix_timestamp() * 1000 + 7 * 3_600_000;
    let mut events = Vec::with_capacity(count + 16);
    let mut visitor = 0u64;
    while events.len() < count {
        visitor += 1;
        let at_ms = start_ms + rng.below(10 * 3_600_000) as i64;
        person_day(&mut rng, tenant_id, &name, at_ms, visitor, &mut events);
    }
    events
}

/// `total` events over `days` days: the first day generated and counted, the others copies of
/// it, events and funnel rows alike (each copy with its own visitor ids, so its rows are what
/// counting its events would give), which keeps loading ten million events to a minute or so.
async fn load_history(db: &Db, path: &str, tenant_id: i64, total: usize, days: usize, last_day: time::Date) -> f64 {
    let started = Instant::now();
    let per_day = total / days;
    let first = last_day - time::Duration::days(days as i64 - 1);
    let first_name = day_of(first.midnight().assume_utc());
    let events = day_of_events(tenant_id, first, per_day, 0x2545_F491_4F6C_DD1D);
    let counting = store(path, &events);
    for d in 1..days {
        let date = first + time::Duration::days(d as i64);
        let name = day_of(date.midnight().assume_utc());
        for table in ["funnel_stages", "funnel_steps", "funnel_durations"] {
            let columns: Vec<(String,)> = sqlx::query_as(&format!("select name from pragma_table_info('{table}')"))
                .fetch_all(&db.pool)
                .await
                .unwrap();
            let columns: Vec<String> = columns.into_iter().map(|(c,)| c).collect();
            let select = columns.iter().map(|c| if c == "day" { "$1" } else { c.as_str() }).collect::<Vec<_>>();
            sqlx::query(&format!(
                "insert into {table} ({}) select {} from {table} where tenant_id = $2 and day = $3",
                columns.join(", "),
                select.join(", ")
            ))
            .bind(&name)
            .bind(tenant_id)
            .bind(&first_name)
            .execute(&db.pool)
            .await
            .unwrap();
        }
        sqlx::query(
            "insert into events (tenant_id, at_ms, day, stage, step, symptom, device, flow, locale, campaign, \
             visitor, is_bot, is_test, created_at) \
             select tenant_id, at_ms + $1, $2, stage, step, symptom, device, flow, locale, campaign, \
             visitor || $3, is_bot, is_test, created_at + $1 from events where tenant_id = $4 and day = $5",
        )
        .bind(d as i64 * 86_400_000)
        .bind(&name)
        .bind(format!("-{d}"))
        .bind(tenant_id)
        .bind(&first_name)
        .execute(&db.pool)
        .await
        .unwrap();
    }
    println!(
        "history: {} events over {days} days written in {:.1} s; counting the first day's {} took {:.2} CPU s",
        events.len() * days,
        started.elapsed().as_secs_f64(),
        events.len(),
        counting
    );
    counting / events.len() as f64 * 1e6
}

fn percentile(times: &[Duration], p: f64) -> f64 {
    let mut sorted = times.to_vec();
    sorted.sort();
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// The funnel read as the API and the dashboard read it (the values seen, then the figures),
/// 101 times; prints the median and the 99th percentile.
async fn reads(db: &Db, tenant: &Tenant, today: Day, what: &str, query: &FunnelQuery) {
    let mut times = Vec::new();
    let mut visits = 0;
    for _ in 0..101 {
        let started = Instant::now();
        let seen = funnel_rows::seen(db, tenant.id).await.unwrap();
        let slice = query.slice(tenant, &seen, today).unwrap();
        let f = funnel::read(db, tenant, &slice, String::new(), today).await.unwrap();
        times.push(started.elapsed());
        visits = f.visitors(Stage::Visit);
    }
    println!(
        "funnel read, {what}: median {:.1} ms, p99 {:.1} ms of 101 (targets 20 and 100 ms); {visits} people opened",
        percentile(&times, 0.5),
        percentile(&times, 0.99)
    );
}

async fn tenant(db: &Db, slug: &str, now_ms: i64) -> Tenant {
    let parsed = TenantSlug::parse(slug).unwrap();
    if tenants::find_by_slug(db, slug).await.unwrap().is_none() {
        let new = tenants::NewTenant { slug: &parsed, name: "Contoso", policy: PasskeyPolicy::default() };
        tenants::create(db, new, now_ms).await.unwrap();
    }
    tenants::find_by_slug(db, slug).await.unwrap().unwrap()
}

#[tokio::main]
async fn main() {
    let total = env_number("EVENTS", 10_000_000);
    let days = env_number("DAYS", 60).max(1);
    let day_events = env_number("DAY_EVENTS", 5_000_000);
    let dir = tempfile::tempdir().unwrap();
    let path = std::env::var("KEEP_DB").unwrap_or_else(|_| dir.path().join("bench.db").display().to_string());
    let now = datetime!(2026-11-20 15:00 UTC);
    let clock: SharedClock = Arc::new(FixedClock::at(now));
    let today = Day::of(now.date());

    ingest(&clock, &path).await;

    let db = Db::connect(&format!("sqlite://{path}")).await.unwrap();
    let busy = tenant(&db, "busy", clock.now_ms()).await;
    let events = day_of_events(busy.id, now.date(), day_events, 0x9E37_79B9_7F4A_7C15);
    let started = Instant::now();
    let counting = store(&path, &events);
    println!(
        "one day of {} events stored and counted in {:.1} s: counting took {:.2} CPU s, {:.2} CPU s per million events",
        events.len(),
        started.elapsed().as_secs_f64(),
        counting,
        counting / events.len() as f64 * 1e6
    );
    drop(events);

    let history = tenant(&db, "history", clock.now_ms()).await;
    let per_million = load_history(&db, &path, history.id, total, days, now.date()).await;
    println!("counting a day of history: {per_million:.2} CPU s per million events");

    let filtered = FunnelQuery { device: Some("iphone".into()), language: Some("de".into()), ..Default::default() };
    reads(&db, &busy, today, &format!("one day of {day_events} events, unfiltered"), &FunnelQuery::default()).await;
    reads(&db, &busy, today, "the same day, by device and language", &filtered).await;
    reads(&db, &history, today, &format!("{total} events on {days} days, unfiltered"), &FunnelQuery::default()).await;
    reads(&db, &history, today, "the same, by device and language", &filtered).await;
}
