//! Analytics at scale, on SQLite, in one run:
//! 1. ingest: events per second through the event writer (group commit, each event durable
//!    before it is acknowledged), from many concurrent requests;
//! 2. the dashboard's funnel query over `EVENTS` events (default 10 million) spread over
//!    `DAYS` days, read from the daily roll-ups.
//!
//! `cargo bench --bench analytics` (set `EVENTS=1000000` for a quicker run; `KEEP_DB=FILE`
//! keeps the database, e.g. to look at the dashboard on it).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use passkey_guide::analytics::event::NewEvent;
use passkey_guide::analytics::report::{self, Filters};
use passkey_guide::analytics::writer::EventWriter;
use passkey_guide::clock::{FixedClock, SharedClock, day_of};
use passkey_guide::db::events::SqliteEventLog;
use passkey_guide::db::{Db, tenants};
use passkey_guide::domain::campaign::Campaign;
use passkey_guide::domain::day::Day;
use passkey_guide::domain::device::Device;
use passkey_guide::domain::flow_id::FlowId;
use passkey_guide::domain::stage::Stage;
use passkey_guide::domain::tenant_slug::TenantSlug;
use passkey_guide::guide::policy::PasskeyPolicy;
use time::macros::datetime;

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

async fn ingest(db: &Db, clock: &SharedClock, tenant_id: i64) {
    let total = env_number("INGEST_EVENTS", 200_000);
    let producers = env_number("INGEST_PRODUCERS", 256);
    let (writer, task) = EventWriter::spawn(db.clone(), clock.clone(), 50_000);
    let day = clock.today();
    let started = Instant::now();
    let mut handles = Vec::new();
    for p in 0..producers {
        let writer = writer.clone();
        let day = day.clone();
        handles.push(tokio::spawn(async move {
            let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (p as u64 + 1));
            let mut events = Vec::new();
            let mut n = 0;
            while n < total / producers {
                events.clear();
                let visitor = rng.next();
                person_day(&mut rng, tenant_id, &day, 0, visitor, &mut events);
                for event in events.drain(..) {
                    // One request at a time per producer, each waiting for its commit.
                    writer.record(event).await.expect("event acknowledged");
                    n += 1;
                }
            }
            n
        }));
    }
    let mut written = 0;
    for h in handles {
        written += h.await.unwrap();
    }
    let elapsed = started.elapsed();
    drop(writer);
    task.await.unwrap();
    println!(
        "ingest: {written} events from {producers} concurrent requests in {:.2} s: {:.0} events/s (target 5,000)",
        elapsed.as_secs_f64(),
        written as f64 / elapsed.as_secs_f64()
    );
}

/// `total` events over `days` days: one day generated, the others copied from it in SQL
/// (each copy with its own visitor ids), which keeps loading ten million rows to a minute or so.
async fn load_history(db: &Db, tenant_id: i64, total: usize, days: usize, last_day: time::Date) -> usize {
    let started = Instant::now();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let per_day = total / days;
    let first = last_day - time::Duration::days(days as i64 - 1);
    let first_name = day_of(first.midnight().assume_utc());
    let at_ms = first.midnight().assume_utc().unix_timestamp() * 1000 + 9 * 3_600_000;
    let mut batch = Vec::with_capacity(per_day + 16);
    let mut visitor = 0u64;
    while batch.len() < per_day {
        visitor += 1;
        person_day(&mut rng, tenant_id, &first_name, at_ms, visitor, &mut batch);
    }
    let mut log = SqliteEventLog::open(db.sqlite_file.as_deref().expect("a SQLite database")).unwrap();
    for chunk in batch.chunks(50_000) {
        log.insert_batch(chunk, at_ms).unwrap();
    }
    // The other days are copies of the first, events and funnel rows alike (each copy with its
    // own visitor ids, so its rows are what counting its events would give).
    for d in 1..days {
        let date = first + time::Duration::days(d as i64);
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
            .bind(day_of(date.midnight().assume_utc()))
            .bind(tenant_id)
            .bind(&first_name)
            .execute(&db.pool)
            .await
            .unwrap();
        }
        sqlx::query(
            "insert into events (tenant_id, at_ms, day, stage, step, symptom, device, flow, locale, campaign, \
             visitor, is_bot, created_at) \
             select tenant_id, at_ms + $1, $2, stage, step, symptom, device, flow, locale, campaign, \
             visitor || $3, is_bot, created_at + $1 from events where tenant_id = $4 and day = $5",
        )
        .bind(d as i64 * 86_400_000)
        .bind(day_of(date.midnight().assume_utc()))
        .bind(format!("-{d}"))
        .bind(tenant_id)
        .bind(&first_name)
        .execute(&db.pool)
        .await
        .unwrap();
    }
    let written = batch.len() * days;
    println!("history: {written} events over {days} days written in {:.1} s", started.elapsed().as_secs_f64());
    written
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

#[tokio::main]
async fn main() {
    let total = env_number("EVENTS", 10_000_000);
    let days = env_number("DAYS", 60).max(1);
    let dir = tempfile::tempdir().unwrap();
    let path = std::env::var("KEEP_DB").unwrap_or_else(|_| dir.path().join("bench.db").display().to_string());
    let db = Db::connect(&format!("sqlite://{path}")).await.unwrap();
    let now = datetime!(2026-11-20 15:00 UTC);
    let fixed = Arc::new(FixedClock::at(now));
    let clock: SharedClock = fixed.clone();
    let slug = TenantSlug::parse("demo").unwrap();
    let tenant_id = match tenants::find_by_slug(&db, "demo").await.unwrap() {
        Some(t) => t.id,
        None => tenants::create(
            &db,
            tenants::NewTenant { slug: &slug, name: "Contoso", policy: PasskeyPolicy::default() },
            clock.now_ms(),
        )
        .await
        .unwrap(),
    };

    ingest(&db, &clock, tenant_id).await;

    let written = load_history(&db, tenant_id, total, days, now.date()).await;
    let filters = Filters::days(Day::parse("2026-01-01").unwrap(), Day::of(now.date()));

    let mut times = Vec::new();
    let mut report = None;
    for _ in 0..21 {
        let started = Instant::now();
        report = Some(report::build(&db, tenant_id, &filters).await.unwrap());
        times.push(started.elapsed());
    }
    let report = report.unwrap();
    println!(
        "dashboard funnel over {written} events: median {:.1} ms of 21 runs, slowest {:.1} ms (target 100 ms); \
         visit {} people, done {}",
        median(times.clone()).as_secs_f64() * 1000.0,
        times.iter().max().unwrap().as_secs_f64() * 1000.0,
        report.visitors("visit"),
        report.visitors("done"),
    );
    let filtered = Filters { device: Some(Device::Iphone), locale: Some("de".into()), ..filters.clone() };
    let mut times = Vec::new();
    for _ in 0..21 {
        let started = Instant::now();
        report::build(&db, tenant_id, &filtered).await.unwrap();
        times.push(started.elapsed());
    }
    println!("dashboard filtered by device and language: median {:.1} ms", median(times).as_secs_f64() * 1000.0);
}
