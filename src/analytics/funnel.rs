//! The funnel as rollout owners read it, one read model for the JSON API and the dashboard:
//! stages in order, steps per flow with their drop-off, "I'm stuck" reports (with or without a
//! listed problem), a calendar of days, devices, campaigns and the time people take. People
//! only: bots and scanners are counted apart, IT's test visits only when asked for. Everything
//! is summed from the funnel rows (`db::funnel`), never from events.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::brand::Tenant;
use crate::db::Db;
use crate::db::funnel::{self, By, Seen, Slice, StageTotal};
use crate::domain::campaign::Campaign;
use crate::domain::day::Day;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;
use crate::domain::stage::Stage;
use crate::guide::catalog;
use crate::i18n::Locale;

/// The filters as given in a query string (`from`, `to`, `device`, `flow`, `language`,
/// `campaign`, `profile`, `tests`); empty values are absent.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct FunnelQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    pub device: Option<String>,
    pub flow: Option<String>,
    pub language: Option<String>,
    pub campaign: Option<String>,
    pub profile: Option<String>,
    pub tests: Option<String>,
}

/// A filter value the funnel does not know, named so the caller can fix it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct UnknownFilter(pub String);

impl FunnelQuery {
    fn given(value: &Option<String>) -> Option<&str> {
        value.as_deref().map(str::trim).filter(|v| !v.is_empty())
    }

    /// The slice these filters ask for, or which value is unknown. `today` is the tenant's
    /// today, the default end; campaigns and profiles are those the tenant's funnel has seen
    /// (and its own profiles), so a misspelt one is refused rather than shown as nobody.
    pub fn slice(&self, tenant: &Tenant, seen: &Seen, today: Day) -> Result<Slice, UnknownFilter> {
        let day = |name: &str, value: &Option<String>| -> Result<Option<Day>, UnknownFilter> {
            Self::given(value)
                .map(|v| {
                    Day::parse(v).ok_or_else(|| UnknownFilter(format!("{name} must be a date written YYYY-MM-DD")))
                })
                .transpose()
        };
        let from = day("from", &self.from)?.unwrap_or(Day::EARLIEST);
        let to = day("to", &self.to)?.unwrap_or(today);
        if from > to {
            return Err(UnknownFilter("from must not be after to".into()));
        }
        let one_of = |name: &str, value: &str, known: Vec<String>| -> UnknownFilter {
            let known = if known.is_empty() { "none yet".to_owned() } else { known.join(", ") };
            UnknownFilter(format!("unknown {name} {value:?}: known are {known}"))
        };
        let device = match Self::given(&self.device) {
            None => None,
            Some(v) => Some(
                Device::parse(v)
                    .ok_or_else(|| one_of("device", v, Device::ALL.iter().map(|d| d.as_str().to_owned()).collect()))?,
            ),
        };
        let flow = match Self::given(&self.flow) {
            None => None,
            Some(v) => Some(
                FlowId::parse(v)
                    .ok_or_else(|| one_of("flow", v, FlowId::ALL.iter().map(|f| f.as_str().to_owned()).collect()))?,
            ),
        };
        let locale = match Self::given(&self.language) {
            None => None,
            Some(v) => Some(Locale::parse(v).map(|l| l.as_str().to_owned()).ok_or_else(|| {
                one_of("language", v, Locale::supported().iter().map(|l| l.as_str().to_owned()).collect())
            })?),
        };
        let campaign = match Self::given(&self.campaign) {
            None => None,
            Some(v) => Some(
                Campaign::parse(v)
                    .map(|c| c.as_str().to_owned())
                    .filter(|c| seen.campaigns.contains(c))
                    .ok_or_else(|| one_of("campaign", v, seen.campaigns.clone()))?,
            ),
        };
        let profiles: BTreeSet<String> =
            tenant.profiles.iter().map(|p| p.id.clone()).chain(seen.profiles.iter().cloned()).collect();
        let profile = match Self::given(&self.profile) {
            None => None,
            Some(v) => Some(
                profiles
                    .iter()
                    .find(|p| p.eq_ignore_ascii_case(v))
                    .cloned()
                    .ok_or_else(|| one_of("profile", v, profiles.iter().cloned().collect()))?,
            ),
        };
        let with_tests = match Self::given(&self.tests) {
            None | Some("0" | "false" | "no") => false,
            Some("1" | "true" | "yes") => true,
            Some(v) => return Err(UnknownFilter(format!("tests is 1 or 0, not {v:?}"))),
        };
        Ok(Slice { from, to, device, flow, campaign, locale, profile, with_tests })
    }
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct StageFigures {
    pub stage: &'static str,
    pub events: i64,
    pub visitors: i64,
    /// People at this stage as a share of the stage before (none for the first).
    pub of_previous: Option<f64>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct StepFigures {
    pub flow: FlowId,
    pub step: i64,
    pub events: i64,
    pub visitors: i64,
    /// People at this step as a share of those at the step before in the same flow.
    pub of_previous: Option<f64>,
    /// The step that sends people to Microsoft's Security info page.
    pub handoff: bool,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct StuckFigures {
    pub flow: Option<FlowId>,
    pub step: Option<i64>,
    /// The listed problem the person picked; none when they said "I'm stuck" without one.
    pub symptom: Option<String>,
    pub events: i64,
    pub visitors: i64,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct DayFigures {
    pub day: Day,
    pub visit: i64,
    pub step: i64,
    pub handoff: i64,
    pub done: i64,
    /// Campaigns whose first visits came this day (a reminder going out).
    pub campaigns_started: Vec<String>,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct DeviceFigures {
    pub device: Device,
    pub visit: i64,
    pub handoff: i64,
    pub done: i64,
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct CampaignFigures {
    /// None for people who came without a tagged link.
    pub campaign: Option<String>,
    pub visit: i64,
    pub handoff: i64,
    pub done: i64,
}

/// Median seconds from a person's first visit of the day to the hand-off and to "done", within
/// about 5% (`tally::duration_bucket`); none without anyone there.
#[derive(Clone, Debug, Default, Serialize, PartialEq)]
pub struct Medians {
    pub to_handoff_seconds: Option<f64>,
    pub to_done_seconds: Option<f64>,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct AppliedFilters {
    pub device: Option<Device>,
    pub flow: Option<FlowId>,
    pub language: Option<String>,
    pub campaign: Option<String>,
    pub profile: Option<String>,
    pub tests: bool,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Funnel {
    pub tenant: String,
    pub from: Day,
    pub to: Day,
    /// When these figures were read: every event acknowledged before is in them.
    pub as_of: String,
    /// Where the days start (IANA name).
    pub time_zone: String,
    pub filters: AppliedFilters,
    /// `visit`, `step`, `handoff`, `done`, in that order.
    pub funnel: Vec<StageFigures>,
    pub steps: Vec<StepFigures>,
    pub stuck: Vec<StuckFigures>,
    pub switches: StageFigures,
    /// Events from crawlers, monitors and link scanners, left out of everything above.
    pub bots: i64,
    /// Every calendar day of the range that has begun (from the first day with figures), empty
    /// days as zeros.
    pub by_day: Vec<DayFigures>,
    pub devices: Vec<DeviceFigures>,
    pub campaigns: Vec<CampaignFigures>,
    pub medians: Medians,
}

impl Funnel {
    pub fn visitors(&self, stage: Stage) -> i64 {
        self.funnel.iter().chain([&self.switches]).find(|s| s.stage == stage.as_str()).map_or(0, |s| s.visitors)
    }
}

/// Stage totals over every key (days, devices or campaigns).
fn totals_by(rows: &[StageTotal]) -> Vec<StageTotal> {
    let mut sums: BTreeMap<&str, (i64, i64)> = BTreeMap::new();
    for r in rows {
        let e = sums.entry(r.stage.as_str()).or_default();
        e.0 += r.events;
        e.1 += r.visitors;
    }
    sums.into_iter()
        .map(|(stage, (events, visitors))| StageTotal { key: String::new(), stage: stage.to_owned(), events, visitors })
        .collect()
}

fn share(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// Reads the funnel of a slice. `as_of` is the moment of reading (RFC 3339, UTC); `today` the
/// tenant's today, where the calendar stops.
pub async fn read(db: &Db, tenant: &Tenant, slice: &Slice, as_of: String, today: Day) -> anyhow::Result<Funnel> {
    let tenant_id = tenant.id;
    // Independent sums, read at once on several connections.
    let (days, devices, campaigns, steps, bots, durations, starts) = tokio::try_join!(
        funnel::stage_totals(db, tenant_id, slice, By::Day),
        funnel::stage_totals(db, tenant_id, slice, By::Device),
        funnel::stage_totals(db, tenant_id, slice, By::Campaign),
        funnel::step_totals(db, tenant_id, slice, false),
        funnel::bot_events(db, tenant_id, slice.from, slice.to),
        funnel::durations(db, tenant_id, slice),
        funnel::campaign_first_days(db, tenant_id),
    )?;
    // People add up across days: each person-day counts once.
    let stages = totals_by(&days);

    let totals: BTreeMap<&str, (i64, i64)> =
        stages.iter().map(|r| (r.stage.as_str(), (r.events, r.visitors))).collect();
    let figures = |stage: Stage, previous: Option<i64>| {
        let (events, visitors) = totals.get(stage.as_str()).copied().unwrap_or_default();
        StageFigures { stage: stage.as_str(), events, visitors, of_previous: previous.and_then(|p| share(visitors, p)) }
    };
    let mut funnel_rows = Vec::new();
    let mut previous = None;
    for stage in Stage::FUNNEL {
        let row = figures(stage, previous);
        previous = Some(row.visitors);
        funnel_rows.push(row);
    }

    Ok(Funnel {
        tenant: tenant.slug.as_str().to_owned(),
        from: slice.from,
        to: slice.to,
        as_of,
        time_zone: tenant.time_zone.name().to_owned(),
        filters: AppliedFilters {
            device: slice.device,
            flow: slice.flow,
            language: slice.locale.clone(),
            campaign: slice.campaign.clone(),
            profile: slice.profile.clone(),
            tests: slice.with_tests,
        },
        funnel: funnel_rows,
        steps: step_figures(&steps),
        stuck: stuck_figures(&steps),
        switches: figures(Stage::Switch, None),
        bots,
        by_day: calendar(&days, &starts, slice, today),
        devices: device_figures(&devices),
        campaigns: campaign_figures(&campaigns),
        medians: medians(&durations),
    })
}

/// Steps per flow, in flow and step order, each with the share of the step before.
fn step_figures(rows: &[funnel::StepTotal]) -> Vec<StepFigures> {
    let mut per_step: BTreeMap<(FlowId, i64), (i64, i64)> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.stage == Stage::Step.as_str()) {
        let Some(flow) = FlowId::parse(&r.flow) else { continue };
        let e = per_step.entry((flow, r.step)).or_default();
        e.0 += r.events;
        e.1 += r.visitors;
    }
    let mut out: Vec<StepFigures> = Vec::new();
    for ((flow, step), (events, visitors)) in per_step {
        let before = out.last().filter(|p| p.flow == flow && p.step == step - 1).map(|p| p.visitors);
        let handoff = catalog::flow(flow).step(step as usize).is_some_and(|s| s.handoff);
        out.push(StepFigures {
            flow,
            step,
            events,
            visitors,
            of_previous: before.and_then(|b| share(visitors, b)),
            handoff,
        });
    }
    out
}

/// "I'm stuck" reports per flow, step and problem, the most reported first; reports without a
/// listed problem are a row of their own.
fn stuck_figures(rows: &[funnel::StepTotal]) -> Vec<StuckFigures> {
    let mut stuck: Vec<StuckFigures> = rows
        .iter()
        .filter(|r| r.stage == Stage::Stuck.as_str())
        .map(|r| StuckFigures {
            flow: FlowId::parse(&r.flow),
            step: Some(r.step).filter(|s| *s > 0),
            symptom: Some(r.symptom.clone()).filter(|s| !s.is_empty()),
            events: r.events,
            visitors: r.visitors,
        })
        .collect();
    stuck.sort_by(|a, b| (b.events, &a.flow, a.step, &a.symptom).cmp(&(a.events, &b.flow, b.step, &b.symptom)));
    stuck
}

/// Every day of the range that has begun, from the first with figures (or the range's start,
/// when it was given); empty days are zeros.
fn calendar(rows: &[StageTotal], starts: &[(String, Day)], slice: &Slice, today: Day) -> Vec<DayFigures> {
    let mut per_day: BTreeMap<Day, DayFigures> = BTreeMap::new();
    let blank = |day: Day| DayFigures { day, visit: 0, step: 0, handoff: 0, done: 0, campaigns_started: Vec::new() };
    for r in rows {
        let Some(day) = Day::parse(&r.key) else { continue };
        let d = per_day.entry(day).or_insert_with(|| blank(day));
        match Stage::parse(&r.stage) {
            Some(Stage::Visit) => d.visit = r.visitors,
            Some(Stage::Step) => d.step = r.visitors,
            Some(Stage::Handoff) => d.handoff = r.visitors,
            Some(Stage::Done) => d.done = r.visitors,
            _ => {}
        }
    }
    let first = if slice.from == Day::EARLIEST { per_day.keys().next().copied() } else { Some(slice.from) };
    let last = slice.to.min(today).max(per_day.keys().next_back().copied().unwrap_or(Day::EARLIEST));
    let Some(first) = first else { return Vec::new() };
    let mut out: Vec<DayFigures> =
        first.through(last).map(|day| per_day.remove(&day).unwrap_or_else(|| blank(day))).collect();
    for (campaign, day) in starts {
        if let Some(d) = out.iter_mut().find(|d| d.day == *day) {
            d.campaigns_started.push(campaign.clone());
        }
    }
    out
}

fn device_figures(rows: &[StageTotal]) -> Vec<DeviceFigures> {
    let mut per_device: BTreeMap<Device, DeviceFigures> = BTreeMap::new();
    for r in rows {
        let Some(device) = Device::parse(&r.key) else { continue };
        let d = per_device.entry(device).or_insert(DeviceFigures { device, visit: 0, handoff: 0, done: 0 });
        match Stage::parse(&r.stage) {
            Some(Stage::Visit) => d.visit = r.visitors,
            Some(Stage::Handoff) => d.handoff = r.visitors,
            Some(Stage::Done) => d.done = r.visitors,
            _ => {}
        }
    }
    let mut out: Vec<DeviceFigures> = per_device.into_values().collect();
    out.sort_by(|a, b| b.visit.cmp(&a.visit).then(a.device.cmp(&b.device)));
    out
}

fn campaign_figures(rows: &[StageTotal]) -> Vec<CampaignFigures> {
    let mut per_campaign: BTreeMap<String, CampaignFigures> = BTreeMap::new();
    for r in rows {
        let campaign = Some(r.key.clone()).filter(|c| !c.is_empty());
        let c =
            per_campaign.entry(r.key.clone()).or_insert(CampaignFigures { campaign, visit: 0, handoff: 0, done: 0 });
        match Stage::parse(&r.stage) {
            Some(Stage::Visit) => c.visit = r.visitors,
            Some(Stage::Handoff) => c.handoff = r.visitors,
            Some(Stage::Done) => c.done = r.visitors,
            _ => {}
        }
    }
    per_campaign.into_values().collect()
}

fn medians(rows: &[funnel::DurationTotal]) -> Medians {
    let median = |stage: Stage| {
        let buckets: Vec<(i64, i64)> =
            rows.iter().filter(|r| r.stage == stage.as_str()).map(|r| (r.bucket, r.people)).collect();
        let total: i64 = buckets.iter().map(|(_, n)| n).sum();
        let mut seen = 0;
        buckets.into_iter().find_map(|(bucket, n)| {
            seen += n;
            (seen * 2 >= total).then(|| super::tally::bucket_seconds(bucket))
        })
    };
    Medians { to_handoff_seconds: median(Stage::Handoff), to_done_seconds: median(Stage::Done) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total(key: &str, stage: &str, visitors: i64) -> StageTotal {
        StageTotal { key: key.into(), stage: stage.into(), events: visitors, visitors }
    }

    #[test]
    fn the_calendar_has_every_day_and_marks_where_campaigns_began() {
        let rows = [total("2026-11-02", "visit", 40), total("2026-11-09", "visit", 25), total("2026-11-09", "done", 5)];
        let starts = [("reminder".to_owned(), Day::parse("2026-11-09").unwrap())];
        let slice = Slice::days(Day::EARLIEST, Day::parse("2026-11-10").unwrap());
        let days = calendar(&rows, &starts, &slice, Day::parse("2026-11-20").unwrap());
        assert_eq!(days.len(), 9, "2 to 10 November");
        assert_eq!((days[0].visit, days[1].visit, days[7].visit, days[7].done), (40, 0, 25, 5));
        assert_eq!(days[7].campaigns_started, ["reminder"]);
        assert!(days[8].campaigns_started.is_empty());
        let future = Slice::days(Day::parse("2026-11-18").unwrap(), Day::parse("2026-12-31").unwrap());
        assert_eq!(
            calendar(&[], &[], &future, Day::parse("2026-11-20").unwrap()).len(),
            3,
            "days not begun are left out"
        );
    }

    #[test]
    fn steps_drop_off_within_their_flow_and_the_handoff_step_is_marked() {
        let step = |flow: &str, step: i64, visitors: i64| funnel::StepTotal {
            stage: "step".into(),
            flow: flow.into(),
            step,
            symptom: String::new(),
            events: visitors,
            visitors,
        };
        let rows = [step("mac", 1, 10), step("mac", 2, 5), step("android", 1, 4), step("android", 3, 2)];
        let figures = step_figures(&rows);
        let mac: Vec<_> = figures.iter().filter(|s| s.flow == FlowId::Mac).map(|s| s.of_previous).collect();
        assert_eq!(mac, [None, Some(0.5)]);
        let android: Vec<_> = figures.iter().filter(|s| s.flow == FlowId::Android).map(|s| s.of_previous).collect();
        assert_eq!(android, [None, None], "step 2 is missing: no share against step 1");
        let handoff = catalog::flow(FlowId::Mac).steps.iter().position(|s| s.handoff).unwrap() as i64 + 1;
        let marked = step_figures(&[step("mac", handoff, 3)]);
        assert!(marked[0].handoff);
    }

    #[test]
    fn a_stuck_report_without_a_listed_problem_is_a_row_of_its_own() {
        let stuck = |symptom: &str, events: i64| funnel::StepTotal {
            stage: "stuck".into(),
            flow: "mac".into(),
            step: 2,
            symptom: symptom.into(),
            events,
            visitors: events,
        };
        let rows = stuck_figures(&[stuck("no-prompt", 2), stuck("", 3)]);
        assert_eq!(rows[0].symptom, None);
        assert_eq!(rows[1].symptom.as_deref(), Some("no-prompt"));
    }

    #[test]
    fn medians_are_read_from_the_buckets() {
        let b = |stage: &str, seconds: i64, people: i64| funnel::DurationTotal {
            stage: stage.into(),
            bucket: super::super::tally::duration_bucket(seconds * 1000),
            people,
        };
        let m = medians(&[b("handoff", 60, 1), b("handoff", 120, 1), b("handoff", 600, 1)]);
        let handoff = m.to_handoff_seconds.unwrap();
        assert!((handoff - 120.0).abs() / 120.0 < 0.05, "{handoff}");
        assert_eq!(m.to_done_seconds, None);
    }
}
