//! The funnel figures, kept up to date as events arrive.
//!
//! Figures are rows of counts (`StageRow`, `StepRow`, `DurationRow`): events, and people
//! distinct within the row. A person counts once per day: visitor ids change every day. Within a
//! day a person counts under one device and language (those of their last event: what they
//! settled on), and one campaign and one passkey profile (those of their first link that named
//! one), so rows add up exactly across days, devices, languages, campaigns and profiles. Flows
//! are per event: filtered by flow, a person counts in each flow they followed; across all flows
//! they count once, from rows kept for that (`any_flow`). Test visits (IT trying the guide) are
//! per event too, like bots: apart from everyone else's, whoever shares their visitor id.
//!
//! Each person-day keeps what it has done (`Person`). A batch of events changes the people it
//! touches, and the rows change by what those people add up to after the batch less what they
//! added up to before: the work per event is the same however many events the day already has, and
//! the rows always equal a recount of every event (`tests::a_tally_in_any_batches_equals_a_recount`).
//!
//! Summary rows (`detail = false`) leave out what the unfiltered views don't need (stages: the
//! language and profile; steps: device, language, campaign and profile), so those views sum few
//! rows; detail rows keep everything for filtered ones. An empty text or a step of 0 stands for
//! "none", so that every row has a key the database can find it by.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::event::NewEvent;
use crate::domain::stage::Stage;

/// A person on one day, in one tenant.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonKey {
    pub tenant_id: i64,
    pub day: String,
    pub visitor: String,
}

impl PersonKey {
    pub fn of(event: &NewEvent) -> PersonKey {
        PersonKey { tenant_id: event.tenant_id, day: event.day.clone(), visitor: event.visitor.clone() }
    }
}

/// What a person did on a day, and what they count under.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    #[serde(rename = "d")]
    pub device: String,
    #[serde(rename = "l")]
    pub locale: String,
    #[serde(rename = "c", default, skip_serializing_if = "String::is_empty")]
    pub campaign: String,
    #[serde(rename = "p", default, skip_serializing_if = "String::is_empty")]
    pub profile: String,
    /// Milliseconds of the first event, the first hand-off and the first "done".
    #[serde(rename = "a")]
    pub first_ms: i64,
    #[serde(rename = "h", default, skip_serializing_if = "Option::is_none")]
    pub handoff_ms: Option<i64>,
    #[serde(rename = "o", default, skip_serializing_if = "Option::is_none")]
    pub done_ms: Option<i64>,
    /// Each thing done, with its number of events.
    #[serde(rename = "f", with = "facts_as_pairs")]
    pub facts: BTreeMap<Fact, i64>,
}

/// One thing a person did, as the rows count it: a stage within a flow (or across flows), and
/// for steps and "I'm stuck", which step and problem.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "FactTuple", into = "FactTuple")]
pub struct Fact {
    pub stage: Stage,
    /// Empty across flows, and for events without a flow.
    pub flow: String,
    pub any_flow: bool,
    /// 0 for stage facts; the step number (1-based) for step and stuck facts.
    pub step: i64,
    /// Empty unless a stuck report named its problem.
    pub symptom: String,
    pub is_bot: bool,
    pub is_test: bool,
    /// A stage fact (`StageRow`) or a step fact (`StepRow`).
    pub per_step: bool,
}

type FactTuple = (Stage, String, bool, i64, String, bool, bool, bool);

impl From<FactTuple> for Fact {
    fn from((stage, flow, any_flow, step, symptom, is_bot, is_test, per_step): FactTuple) -> Fact {
        Fact { stage, flow, any_flow, step, symptom, is_bot, is_test, per_step }
    }
}

impl From<Fact> for FactTuple {
    fn from(f: Fact) -> FactTuple {
        (f.stage, f.flow, f.any_flow, f.step, f.symptom, f.is_bot, f.is_test, f.per_step)
    }
}

mod facts_as_pairs {
    use std::collections::BTreeMap;

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Fact;

    pub fn serialize<S: Serializer>(facts: &BTreeMap<Fact, i64>, s: S) -> Result<S::Ok, S::Error> {
        facts.iter().collect::<Vec<_>>().serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<Fact, i64>, D::Error> {
        Ok(Vec::<(Fact, i64)>::deserialize(d)?.into_iter().collect())
    }
}

impl Person {
    fn new(event: &NewEvent) -> Person {
        Person { first_ms: if event.is_bot || event.is_test { i64::MAX } else { event.at_ms }, ..Person::default() }
    }

    /// Takes one more event of this person-day into account.
    fn record(&mut self, e: &NewEvent) {
        self.device = e.device.as_str().to_owned();
        self.locale.clone_from(&e.locale);
        if self.campaign.is_empty()
            && let Some(campaign) = &e.campaign
        {
            campaign.as_str().clone_into(&mut self.campaign);
        }
        if self.profile.is_empty()
            && let Some(profile) = &e.profile
        {
            profile.clone_into(&mut self.profile);
        }
        // Times count from people's own visits: not bots', not tests.
        let person = !e.is_bot && !e.is_test;
        if person {
            self.first_ms = self.first_ms.min(e.at_ms);
        }
        let earliest = |seen: Option<i64>| Some(seen.map_or(e.at_ms, |ms| ms.min(e.at_ms)));
        if person {
            match e.stage {
                Stage::Handoff => self.handoff_ms = earliest(self.handoff_ms),
                Stage::Done => self.done_ms = earliest(self.done_ms),
                _ => {}
            }
        }
        let flow = e.flow.map(|f| f.as_str().to_owned()).unwrap_or_default();
        for (flow, any_flow) in [(flow, false), (String::new(), true)] {
            let fact = Fact {
                stage: e.stage,
                flow: flow.clone(),
                any_flow,
                step: 0,
                symptom: String::new(),
                is_bot: e.is_bot,
                is_test: e.is_test,
                per_step: false,
            };
            *self.facts.entry(fact).or_default() += 1;
            if !e.is_bot && matches!(e.stage, Stage::Step | Stage::Stuck) {
                let fact = Fact {
                    stage: e.stage,
                    flow,
                    any_flow,
                    step: e.step.unwrap_or(0),
                    symptom: e.symptom.clone().unwrap_or_default(),
                    is_bot: false,
                    is_test: e.is_test,
                    per_step: true,
                };
                *self.facts.entry(fact).or_default() += 1;
            }
        }
    }

    /// What this person adds to the rows: for each fact, its events and one person, in its
    /// summary row and its detail row; and the times to hand-off and to done.
    fn add_to(&self, key: &PersonKey, sign: i64, rows: &mut Rows) {
        for (fact, &events) in &self.facts {
            for detail in [false, true] {
                let counts = (sign * events, sign);
                if fact.per_step {
                    let keep = |value: &str| if detail { value.to_owned() } else { String::new() };
                    let row = StepRow {
                        tenant_id: key.tenant_id,
                        day: key.day.clone(),
                        stage: fact.stage,
                        flow: fact.flow.clone(),
                        any_flow: fact.any_flow,
                        step: fact.step,
                        symptom: fact.symptom.clone(),
                        device: keep(&self.device),
                        locale: keep(&self.locale),
                        campaign: keep(&self.campaign),
                        profile: keep(&self.profile),
                        is_test: fact.is_test,
                        detail,
                    };
                    add(&mut rows.steps, row, counts);
                } else {
                    let row = StageRow {
                        tenant_id: key.tenant_id,
                        day: key.day.clone(),
                        stage: fact.stage,
                        device: self.device.clone(),
                        flow: fact.flow.clone(),
                        any_flow: fact.any_flow,
                        locale: if detail { self.locale.clone() } else { String::new() },
                        campaign: self.campaign.clone(),
                        profile: if detail { self.profile.clone() } else { String::new() },
                        is_bot: fact.is_bot,
                        is_test: fact.is_test,
                        detail,
                    };
                    add(&mut rows.stages, row, counts);
                }
            }
        }
        for (stage, at) in [(Stage::Handoff, self.handoff_ms), (Stage::Done, self.done_ms)] {
            if let Some(at) = at {
                let row = DurationRow {
                    tenant_id: key.tenant_id,
                    day: key.day.clone(),
                    stage,
                    device: self.device.clone(),
                    bucket: duration_bucket(at - self.first_ms),
                };
                *rows.durations.entry(row).or_default() += sign;
            }
        }
    }
}

fn add<K: std::hash::Hash + Eq>(map: &mut HashMap<K, (i64, i64)>, key: K, (events, people): (i64, i64)) {
    let entry = map.entry(key).or_default();
    entry.0 += events;
    entry.1 += people;
}

/// A row of `funnel_stages`: a stage's events and people.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StageRow {
    pub tenant_id: i64,
    pub day: String,
    pub stage: Stage,
    pub device: String,
    pub flow: String,
    pub any_flow: bool,
    pub locale: String,
    pub campaign: String,
    pub profile: String,
    pub is_bot: bool,
    pub is_test: bool,
    pub detail: bool,
}

/// A row of `funnel_steps`: step views and "I'm stuck" reports per step and problem.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StepRow {
    pub tenant_id: i64,
    pub day: String,
    pub stage: Stage,
    pub flow: String,
    pub any_flow: bool,
    pub step: i64,
    pub symptom: String,
    pub device: String,
    pub locale: String,
    pub campaign: String,
    pub profile: String,
    pub is_test: bool,
    pub detail: bool,
}

/// A row of `funnel_durations`: people who reached the hand-off (or "done") within a span of
/// time after their first visit that day.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DurationRow {
    pub tenant_id: i64,
    pub day: String,
    pub stage: Stage,
    pub device: String,
    pub bucket: i64,
}

/// Buckets per doubling of the time: each bucket is about 9% wide, so a median read from them
/// is within 5% of the true one.
const BUCKETS_PER_DOUBLING: f64 = 8.0;

/// The bucket of a span of milliseconds: 0 for under a second.
pub fn duration_bucket(ms: i64) -> i64 {
    let seconds = (ms.max(0) / 1000) as f64;
    ((seconds + 1.0).log2() * BUCKETS_PER_DOUBLING).floor() as i64
}

/// The seconds a bucket stands for: the middle of its span.
pub fn bucket_seconds(bucket: i64) -> f64 {
    let low = 2f64.powf(bucket as f64 / BUCKETS_PER_DOUBLING) - 1.0;
    let high = 2f64.powf((bucket + 1) as f64 / BUCKETS_PER_DOUBLING) - 1.0;
    (low + high) / 2.0
}

/// How the rows change: events and people to add (negative to take away) per row, and people
/// per duration row.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Rows {
    pub stages: HashMap<StageRow, (i64, i64)>,
    pub steps: HashMap<StepRow, (i64, i64)>,
    pub durations: HashMap<DurationRow, i64>,
}

impl Rows {
    /// Drops changes that cancel out, and orders the rest by key, so that writers on several
    /// instances take row locks in the same order.
    pub fn sorted(self) -> SortedRows {
        fn keep<K: Ord, V: PartialEq + Default>(map: HashMap<K, V>) -> Vec<(K, V)> {
            let mut rows: Vec<_> = map.into_iter().filter(|(_, v)| *v != V::default()).collect();
            rows.sort_by(|a, b| a.0.cmp(&b.0));
            rows
        }
        SortedRows { stages: keep(self.stages), steps: keep(self.steps), durations: keep(self.durations) }
    }
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct SortedRows {
    pub stages: Vec<(StageRow, (i64, i64))>,
    pub steps: Vec<(StepRow, (i64, i64))>,
    pub durations: Vec<(DurationRow, i64)>,
}

/// What a batch changes: the people it touched (as they are now), and the rows.
#[derive(Debug, Default)]
pub struct Change {
    pub people: Vec<(PersonKey, Person)>,
    pub rows: SortedRows,
}

/// The people a batch touches, in key order (the order in which to lock them).
pub fn people_of(events: &[NewEvent]) -> Vec<PersonKey> {
    let mut keys: Vec<PersonKey> = events.iter().map(PersonKey::of).collect();
    keys.sort();
    keys.dedup();
    keys
}

/// The change a batch of events makes, given the people it touches as they were before
/// (`known`: absent for someone not seen yet that day).
pub fn tally(events: &[NewEvent], mut known: HashMap<PersonKey, Person>) -> Change {
    let mut before: HashMap<PersonKey, Option<Person>> = HashMap::new();
    let mut now: BTreeMap<PersonKey, Person> = BTreeMap::new();
    for event in events {
        let key = PersonKey::of(event);
        let person = now.entry(key.clone()).or_insert_with(|| {
            let seen = known.remove(&key);
            before.insert(key.clone(), seen.clone());
            seen.unwrap_or_else(|| Person::new(event))
        });
        person.record(event);
    }
    let mut rows = Rows::default();
    for (key, person) in &now {
        if let Some(Some(old)) = before.get(key) {
            old.add_to(key, -1, &mut rows);
        }
        person.add_to(key, 1, &mut rows);
    }
    Change { people: now.into_iter().collect(), rows: rows.sorted() }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::domain::campaign::Campaign;
    use crate::domain::device::Device;
    use crate::domain::flow_id::FlowId;

    fn event(visitor: u8, stage: Stage, device: Device, flow: Option<FlowId>, at_ms: i64) -> NewEvent {
        NewEvent {
            tenant_id: 1,
            at_ms,
            day: "2026-11-20".into(),
            stage,
            step: matches!(stage, Stage::Step | Stage::Stuck).then_some(1),
            symptom: None,
            device,
            flow,
            locale: "en".into(),
            campaign: None,
            profile: None,
            visitor: format!("v{visitor}"),
            is_bot: device == Device::Bot,
            is_test: false,
            recipient: None,
        }
    }

    /// Every event counted at once, as a recount from the events table would.
    fn recount(events: &[NewEvent]) -> BTreeMap<String, (i64, i64)> {
        let change = tally(events, HashMap::new());
        flatten(&change.rows)
    }

    fn flatten(rows: &SortedRows) -> BTreeMap<String, (i64, i64)> {
        let mut all = BTreeMap::new();
        for (k, v) in &rows.stages {
            all.insert(format!("{k:?}"), *v);
        }
        for (k, v) in &rows.steps {
            all.insert(format!("{k:?}"), *v);
        }
        for (k, v) in &rows.durations {
            all.insert(format!("{k:?}"), (*v, 0));
        }
        all
    }

    /// Applies the batches one after the other, keeping people between them as the database
    /// would, and sums what they change.
    fn in_batches(events: &[NewEvent], cuts: &[usize]) -> BTreeMap<String, (i64, i64)> {
        let mut people: HashMap<PersonKey, Person> = HashMap::new();
        let mut total: BTreeMap<String, (i64, i64)> = BTreeMap::new();
        let mut start = 0;
        for end in cuts.iter().copied().chain([events.len()]) {
            let end = end.clamp(start, events.len());
            let batch = &events[start..end];
            start = end;
            let known = people_of(batch).into_iter().filter_map(|k| people.get(&k).cloned().map(|p| (k, p))).collect();
            let change = tally(batch, known);
            for (key, person) in change.people {
                // Stored and read back, as the database keeps it.
                let stored = serde_json::to_string(&person).unwrap();
                people.insert(key, serde_json::from_str(&stored).unwrap());
            }
            for (k, v) in flatten(&change.rows) {
                let e = total.entry(k).or_default();
                e.0 += v.0;
                e.1 += v.1;
            }
        }
        total.retain(|_, v| *v != (0, 0));
        total
    }

    #[test]
    fn a_person_who_changes_device_moves_with_all_they_did() {
        let events = [
            event(1, Stage::Visit, Device::Iphone, None, 0),
            event(1, Stage::Step, Device::Iphone, Some(FlowId::IphoneIcloud), 1_000),
            event(1, Stage::Visit, Device::Windows, None, 2_000),
        ];
        let once = recount(&events);
        assert_eq!(in_batches(&events, &[1, 2]), once);
        let visits: Vec<_> =
            once.iter().filter(|(k, _)| k.starts_with("StageRow") && k.contains("stage: Visit")).collect();
        assert!(visits.iter().all(|(k, _)| k.contains("device: \"windows\"")), "{visits:?}");
        assert!(visits.iter().all(|(_, v)| **v == (2, 1)), "two visits, one person: {visits:?}");
    }

    #[test]
    fn the_first_campaign_and_profile_stick_and_test_visits_are_apart() {
        let mut first = event(1, Stage::Visit, Device::Iphone, None, 0);
        first.campaign = Campaign::parse("reminder");
        let mut second = event(1, Stage::Visit, Device::Iphone, None, 1);
        second.campaign = Campaign::parse("final");
        second.profile = Some("p-1".into());
        second.is_test = true;
        let change = tally(&[first, second], HashMap::new());
        let person = &change.people[0].1;
        assert_eq!((person.campaign.as_str(), person.profile.as_str()), ("reminder", "p-1"));
        let visits: Vec<_> = change
            .rows
            .stages
            .iter()
            .filter(|(r, _)| r.any_flow && !r.detail)
            .map(|(r, counts)| (r.is_test, *counts))
            .collect();
        assert_eq!(visits, [(false, (1, 1)), (true, (1, 1))], "the same person, once a person and once a test");
    }

    #[test]
    fn durations_count_from_the_first_event_of_the_day() {
        let events = [
            event(1, Stage::Visit, Device::Mac, None, 10_000),
            event(1, Stage::Handoff, Device::Mac, Some(FlowId::Mac), 130_000),
            event(1, Stage::Done, Device::Mac, Some(FlowId::Mac), 250_000),
            event(1, Stage::Done, Device::Mac, Some(FlowId::Mac), 900_000),
        ];
        let change = tally(&events, HashMap::new());
        let buckets: Vec<_> = change.rows.durations.iter().map(|(r, n)| (r.stage, r.bucket, *n)).collect();
        assert_eq!(
            buckets,
            vec![(Stage::Handoff, duration_bucket(120_000), 1), (Stage::Done, duration_bucket(240_000), 1)]
        );
        let seconds = bucket_seconds(duration_bucket(120_000));
        assert!((seconds - 120.0).abs() / 120.0 < 0.05, "{seconds}");
    }

    #[test]
    fn stored_people_are_compact() {
        let change = tally(&[event(1, Stage::Visit, Device::Iphone, None, 0)], HashMap::new());
        let stored = serde_json::to_string(&change.people[0].1).unwrap();
        assert_eq!(
            stored,
            r#"{"d":"iphone","l":"en","a":0,"f":[[["visit","",false,0,"",false,false,false],1],[["visit","",true,0,"",false,false,false],1]]}"#
        );
    }

    fn any_event() -> impl Strategy<Value = NewEvent> {
        let devices = prop::sample::select(vec![Device::Iphone, Device::Windows, Device::Bot]);
        let stages = prop::sample::select(Stage::ALL.to_vec());
        let flows = prop::option::of(prop::sample::select(vec![FlowId::IphoneIcloud, FlowId::WindowsHello]));
        let campaigns = prop::option::of(prop::sample::select(vec!["reminder", "final"]));
        (0u8..4, stages, devices, flows, campaigns, prop::bool::ANY, 0i64..100_000, 0u8..3, prop::bool::ANY).prop_map(
            |(visitor, stage, device, flow, campaign, german, at_ms, day, symptom)| {
                let mut e = event(visitor, stage, device, flow, at_ms);
                e.day = format!("2026-11-2{day}");
                e.campaign = campaign.and_then(Campaign::parse);
                e.locale = if german { "de".into() } else { "en".into() };
                e.profile = german.then(|| "p-de".to_owned());
                e.is_test = visitor == 3 && german;
                e.symptom = (symptom && stage == Stage::Stuck).then(|| "no-prompt".to_owned());
                e
            },
        )
    }

    proptest! {
        #[test]
        fn a_tally_in_any_batches_equals_a_recount(
            events in prop::collection::vec(any_event(), 0..40),
            cuts in prop::collection::vec(0usize..40, 0..6),
        ) {
            let mut cuts = cuts;
            cuts.sort_unstable();
            let mut once = recount(&events);
            once.retain(|_, v| *v != (0, 0));
            prop_assert_eq!(in_batches(&events, &cuts), once);
        }
    }
}
