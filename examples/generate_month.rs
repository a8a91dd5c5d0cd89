//! A month of a rollout, for looking at the dashboard: 3,000 people receive the announcement on
//! a Monday, the 7-day reminder and the 14-day final notice go to those without a passkey, and
//! each person opens the guide, follows the walkthrough for their device, sometimes gets stuck
//! (with or without picking a listed problem), goes to Microsoft and confirms. Weekends are quiet.
//! Events go through the event writer's own connection, so the funnel is counted as in
//! production.
//!
//! ```sh
//! cargo run --release --example generate_month -- /tmp/month.db
//! target/release/passkey-guide serve --database sqlite:///tmp/month.db
//! ```
//!
//! The last day of the month is today, so the dashboard's default range shows all of it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use passkey_guide::analytics::event::NewEvent;
use passkey_guide::db::events::SqliteEventLog;
use passkey_guide::db::{Db, tenants};
use passkey_guide::domain::campaign::Campaign;
use passkey_guide::domain::device::Device;
use passkey_guide::domain::flow_id::FlowId;
use passkey_guide::domain::stage::Stage;
use passkey_guide::domain::tenant_slug::TenantSlug;
use passkey_guide::guide::catalog;
use passkey_guide::guide::policy::PasskeyPolicy;

/// A small, repeatable generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const PEOPLE: u64 = 3_000;
const DAYS: i64 = 30;

/// Device mix of an office workforce, with the walkthrough each one follows.
const DEVICES: [(Device, FlowId, u64); 7] = [
    (Device::Iphone, FlowId::IphoneAuthenticator, 34),
    (Device::Iphone, FlowId::IphoneIcloud, 8),
    (Device::Samsung, FlowId::Samsung, 14),
    (Device::Android, FlowId::Android, 10),
    (Device::Windows, FlowId::WindowsHello, 20),
    (Device::Mac, FlowId::Mac, 8),
    (Device::Windows, FlowId::CrossDevice, 6),
];

const LOCALES: [(&str, u64); 3] = [("en", 70), ("de", 20), ("fr", 10)];

fn pick<T: Copy>(rng: &mut Rng, choices: &[(T, u64)]) -> T {
    let total: u64 = choices.iter().map(|(_, w)| w).sum();
    let mut roll = rng.below(total);
    for (choice, weight) in choices {
        if roll < *weight {
            return *choice;
        }
        roll -= weight;
    }
    choices[0].0
}

fn main() {
    let file = std::env::args().nth(1).expect("usage: generate_month FILE");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let now = passkey_guide::clock::Clock::now(&passkey_guide::clock::SystemClock);
    let first = now.date() - time::Duration::days(DAYS - 1);
    // The announcement goes out on the first Monday.
    let monday =
        (0..7).map(|d| first + time::Duration::days(d)).find(|d| d.weekday() == time::Weekday::Monday).unwrap();
    let tenant_id = runtime.block_on(async {
        let db = Db::connect(&format!("sqlite://{file}")).await.unwrap();
        let slug = TenantSlug::parse("contoso").unwrap();
        let id = match tenants::find_by_slug(&db, "contoso").await.unwrap() {
            Some(t) => t.id,
            None => {
                let new = tenants::NewTenant { slug: &slug, name: "Contoso", policy: PasskeyPolicy::default() };
                tenants::create(&db, new, 0).await.unwrap()
            }
        };
        db.pool.close().await;
        id
    });

    let mut rng = Rng(0x5DEE_CE66_D1CE_4E5B);
    let mut events = Vec::new();
    let device_weights: Vec<(usize, u64)> = DEVICES.iter().enumerate().map(|(i, d)| (i, d.2)).collect();
    for person in 0..PEOPLE {
        let (device, flow, _) = DEVICES[pick(&mut rng, &device_weights)];
        let locale = pick(&mut rng, &LOCALES);
        // When the person acts: on the announcement, after the reminder, after the final notice,
        // or never (some register without the guide, some not at all).
        let (campaign, wave_day) = match rng.below(100) {
            0..45 => ("announcement", 0),
            45..70 => ("reminder", 7),
            70..85 => ("final", 14),
            _ => continue,
        };
        let mut day = monday + time::Duration::days(wave_day + (rng.below(100) * rng.below(100) / 2500) as i64);
        while matches!(day.weekday(), time::Weekday::Saturday | time::Weekday::Sunday) && !rng.chance(15) {
            day += time::Duration::days(1);
        }
        if day > now.date() {
            continue;
        }
        let name = passkey_guide::clock::day_of(day.midnight().assume_utc());
        let mut at_ms =
            day.midnight().assume_utc().unix_timestamp() * 1000 + (8 * 3600 + rng.below(9 * 3600) as i64) * 1000;
        let event = |stage: Stage, step: Option<i64>, symptom: Option<&str>, at_ms: i64, first: bool| NewEvent {
            tenant_id,
            at_ms,
            day: name.clone(),
            stage,
            step,
            symptom: symptom.map(str::to_owned),
            device,
            flow: Some(flow),
            locale: locale.to_owned(),
            campaign: if first { Campaign::parse(campaign) } else { None },
            profile: None,
            visitor: format!("person-{person}-{name}"),
            is_bot: false,
            is_test: false,
            recipient: None,
        };
        events.push(event(Stage::Visit, None, None, at_ms, true));
        if rng.chance(12) {
            continue;
        }
        let steps = catalog::flow(flow).steps;
        for (i, step) in steps.iter().enumerate() {
            let number = i as i64 + 1;
            at_ms += 20_000 + rng.below(90_000) as i64;
            events.push(event(Stage::Step, Some(number), None, at_ms, false));
            if rng.chance(6) {
                let symptom = if step.problems.is_empty() || rng.chance(30) {
                    None
                } else {
                    Some(step.problems[rng.below(step.problems.len() as u64) as usize])
                };
                events.push(event(Stage::Stuck, Some(number), symptom, at_ms + 5_000, false));
                if rng.chance(40) {
                    break;
                }
            }
            if step.handoff {
                if rng.chance(10) {
                    break;
                }
                events.push(event(Stage::Handoff, Some(number), None, at_ms + 10_000, false));
            }
            if rng.chance(4) {
                break;
            }
        }
        if events.last().is_some_and(|e| e.stage == Stage::Step && e.step == Some(steps.len() as i64)) && rng.chance(85)
        {
            events.push(event(Stage::Done, None, None, at_ms + 60_000, false));
        }
    }
    // Crawlers and link scanners opening the announcement.
    for n in 0..400u64 {
        let day = monday + time::Duration::days(if n % 3 == 0 { 7 } else { 0 });
        let name = passkey_guide::clock::day_of(day.midnight().assume_utc());
        events.push(NewEvent {
            tenant_id,
            at_ms: day.midnight().assume_utc().unix_timestamp() * 1000 + 28_800_000,
            day: name.clone(),
            stage: Stage::Visit,
            step: None,
            symptom: None,
            device: Device::Bot,
            flow: None,
            locale: "en".into(),
            campaign: Campaign::parse("announcement"),
            profile: None,
            visitor: format!("scanner-{n}-{name}"),
            is_bot: true,
            is_test: false,
            recipient: None,
        });
    }
    events.sort_by_key(|e| e.at_ms);
    let mut log = SqliteEventLog::open(std::path::Path::new(&file)).unwrap();
    for batch in events.chunks(2_000) {
        log.insert_batch(batch, now.unix_timestamp() * 1000).unwrap();
    }
    println!("{} events for {PEOPLE} people over {DAYS} days written to {file} (tenant contoso)", events.len());
}
