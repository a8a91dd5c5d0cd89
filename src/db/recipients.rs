//! Personal links: the people an announcement goes to, each with a random code, and the
//! segments they fall into once the guide's events and Entra's report are read together.

use std::collections::{HashMap, HashSet};

use anyhow::Context;
use rand::Rng;
use serde::Serialize;

use super::Db;
use crate::domain::uploaded_text::{Lines, NOT_UTF8, uploaded_text};

/// Codes are 16 lower-case letters and digits: unguessable, and short enough for a link.
const CODE_LEN: usize = 16;
const CODE_ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
/// Largest list taken in one import.
pub const MAX_RECIPIENTS: usize = 500_000;

/// A recipient code as it may appear in a link or cookie; anything else is ignored.
pub fn parse_code(value: &str) -> Option<&str> {
    (value.len() == CODE_LEN && value.bytes().all(|b| CODE_ALPHABET.contains(&b))).then_some(value)
}

fn new_code() -> String {
    let mut rng = rand::rngs::OsRng;
    (0..CODE_LEN).map(|_| char::from(CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())])).collect()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewRecipient {
    pub user_principal_name: String,
    pub display_name: Option<String>,
    pub wave: Option<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ListError {
    #[error("the file is empty")]
    Empty,
    #[error("line {line}: {reason}")]
    Line { line: u64, reason: String },
    #[error("the list has no address column (expected a header such as \"email\" or \"userPrincipalName\")")]
    NoAddressColumn,
    #[error("the list has more than {MAX_RECIPIENTS} people")]
    TooMany,
}

/// Reads a CSV list with a header row: an address column (`email`, `mail`, `upn`,
/// `userPrincipalName`), and optionally a name and a wave. The first bad line is named and
/// nothing is taken.
pub fn parse_list(bytes: &[u8]) -> Result<Vec<NewRecipient>, ListError> {
    let text = uploaded_text(bytes).map_err(|line| ListError::Line { line, reason: NOT_UTF8.into() })?;
    if text.trim().is_empty() {
        return Err(ListError::Empty);
    }
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ListError::Line { line: 1, reason: e.to_string() })?
        .iter()
        .map(|h| h.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase())
        .collect();
    let find = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
    let address =
        find(&["userprincipalname", "upn", "email", "mail", "emailaddress"]).ok_or(ListError::NoAddressColumn)?;
    let name = find(&["displayname", "name", "userdisplayname", "fullname"]);
    let wave = find(&["wave", "group", "cohort"]);
    let mut seen = HashSet::new();
    let mut people = Vec::new();
    let mut lines = Lines::new(text);
    for record in reader.records() {
        let record = record.map_err(|e| ListError::Line { line: lines.of(e.position()), reason: e.to_string() })?;
        let line = lines.of(record.position());
        let field = |i: Option<usize>| {
            i.and_then(|i| record.get(i)).map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned)
        };
        let Some(upn) = field(Some(address)) else {
            if record.iter().all(|v| v.trim().is_empty()) {
                continue;
            }
            return Err(ListError::Line { line, reason: "the address is empty".into() });
        };
        if !upn.contains('@') || upn.len() > 320 || upn.chars().any(|c| c.is_control() || c.is_whitespace()) {
            return Err(ListError::Line { line, reason: format!("{upn:?} is not an address") });
        }
        let clean = |v: Option<String>, max: usize| -> Result<Option<String>, ListError> {
            match v {
                Some(v) if v.chars().count() > max || v.chars().any(char::is_control) => {
                    Err(ListError::Line { line, reason: format!("{v:?} is too long or has control characters") })
                }
                other => Ok(other),
            }
        };
        let person = NewRecipient {
            display_name: clean(field(name), 200)?,
            wave: clean(field(wave), 60)?,
            user_principal_name: upn,
        };
        if !seen.insert(person.user_principal_name.to_lowercase()) {
            return Err(ListError::Line { line, reason: format!("{} is listed twice", person.user_principal_name) });
        }
        people.push(person);
        if people.len() > MAX_RECIPIENTS {
            return Err(ListError::TooMany);
        }
    }
    if people.is_empty() {
        return Err(ListError::Empty);
    }
    Ok(people)
}

/// Adds or updates everyone on the list in one transaction. People already known keep their
/// code, so links already sent keep working. Returns how many were new.
pub async fn import(db: &Db, tenant_id: i64, people: &[NewRecipient], now_ms: i64) -> anyhow::Result<usize> {
    let mut tx = db.pool.begin().await.context("could not start the import")?;
    let existing: HashSet<String> =
        sqlx::query_as::<_, (String,)>("select lower(user_principal_name) from recipients where tenant_id = $1")
            .bind(tenant_id)
            .fetch_all(&mut *tx)
            .await
            .context("could not read the recipients")?
            .into_iter()
            .map(|(u,)| u)
            .collect();
    let mut added = 0;
    for person in people {
        let key = person.user_principal_name.to_lowercase();
        if existing.contains(&key) {
            sqlx::query(
                "update recipients set display_name = $1, wave = $2 \
                 where tenant_id = $3 and lower(user_principal_name) = $4",
            )
            .bind(person.display_name.clone())
            .bind(person.wave.clone())
            .bind(tenant_id)
            .bind(key)
            .execute(&mut *tx)
            .await
            .context("could not update a recipient")?;
        } else {
            sqlx::query(
                "insert into recipients (tenant_id, user_principal_name, display_name, wave, code, created_at) \
                 values ($1, $2, $3, $4, $5, $6)",
            )
            .bind(tenant_id)
            .bind(&person.user_principal_name)
            .bind(person.display_name.clone())
            .bind(person.wave.clone())
            .bind(new_code())
            .bind(now_ms)
            .execute(&mut *tx)
            .await
            .context("could not add a recipient")?;
            added += 1;
        }
    }
    tx.commit().await.context("could not commit the import")?;
    Ok(added)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Segment {
    NeverOpened,
    OpenedNotRegistered,
    Stuck,
    /// Confirmed "done" in the guide, but Entra's latest report has no passkey for them: the
    /// passkey probably went to another provider, or the last tap was missed.
    SaidDoneNoPasskey,
    /// Has passkeys, none of which the tenant's policy allows.
    ForbiddenPasskey,
    Registered,
}

/// What Entra's latest report says of one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InReport {
    /// No report yet, or not in it.
    Unknown,
    NoPasskey,
    /// Passkeys, none the policy allows.
    Forbidden,
    Allowed,
}

/// What the guide saw of one person (through their personal link).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InGuide {
    pub opened: bool,
    pub stuck: bool,
    pub done: bool,
}

impl Segment {
    pub const ALL: [Segment; 6] = [
        Segment::NeverOpened,
        Segment::OpenedNotRegistered,
        Segment::Stuck,
        Segment::SaidDoneNoPasskey,
        Segment::ForbiddenPasskey,
        Segment::Registered,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Segment::NeverOpened => "never-opened",
            Segment::OpenedNotRegistered => "opened-not-registered",
            Segment::Stuck => "stuck",
            Segment::SaidDoneNoPasskey => "said-done-no-passkey",
            Segment::ForbiddenPasskey => "forbidden-passkey",
            Segment::Registered => "registered",
        }
    }

    pub fn parse(value: &str) -> Option<Segment> {
        Segment::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// Whether a reminder goes to this segment: everyone without a passkey the policy allows.
    pub fn needs_reminder(self) -> bool {
        self != Segment::Registered
    }

    /// Entra's report wins (registered, or a passkey the policy forbids); then "done" in the
    /// guide without a passkey in a report; then stuck; then opened.
    fn of(guide: InGuide, report: InReport) -> Segment {
        match (report, guide) {
            (InReport::Allowed, _) => Segment::Registered,
            (InReport::Forbidden, _) => Segment::ForbiddenPasskey,
            (InReport::NoPasskey, InGuide { done: true, .. }) => Segment::SaidDoneNoPasskey,
            (_, InGuide { stuck: true, .. }) => Segment::Stuck,
            (_, InGuide { opened: true, .. }) => Segment::OpenedNotRegistered,
            _ => Segment::NeverOpened,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub user_principal_name: String,
    pub display_name: Option<String>,
    pub wave: Option<String>,
    pub code: String,
    pub segment: Segment,
    /// Where they last said they were stuck: flow, step, symptom (if they picked one), device.
    pub last_stuck: Option<StuckAt>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StuckAt {
    pub flow: Option<String>,
    pub step: Option<i64>,
    pub symptom: Option<String>,
    pub device: String,
}

/// A stuck event of a personal link: code, flow, step, symptom, device.
type StuckRow = (String, Option<String>, Option<i64>, Option<String>, String);

/// Everyone on the list with their segment, by address.
pub async fn with_segments(db: &Db, tenant_id: i64) -> anyhow::Result<Vec<Recipient>> {
    let people: Vec<(String, Option<String>, Option<String>, String)> = sqlx::query_as(
        "select user_principal_name, display_name, wave, code from recipients where tenant_id = $1 \
         order by lower(user_principal_name)",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read the recipients")?;
    let activity: HashMap<String, InGuide> = sqlx::query_as::<_, (String, i64, i64)>(
        "select recipient, max(case when stage = 'stuck' then 1 else 0 end), max(case when stage = 'done' then 1 else 0 end) \
         from events where tenant_id = $1 and recipient is not null and is_bot = 0 group by recipient",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read who opened the guide")?
    .into_iter()
    .map(|(code, stuck, done)| (code, InGuide { opened: true, stuck: stuck != 0, done: done != 0 }))
    .collect();
    let mut last_stuck: HashMap<String, StuckAt> = HashMap::new();
    let stuck_rows: Vec<StuckRow> = sqlx::query_as(
        "select recipient, flow, step, symptom, device from events \
         where tenant_id = $1 and recipient is not null and is_bot = 0 and stage = 'stuck' order by at_ms, id",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read where people got stuck")?;
    for (code, flow, step, symptom, device) in stuck_rows {
        let at =
            last_stuck.entry(code).or_insert(StuckAt { flow: None, step: None, symptom: None, device: String::new() });
        // The latest report wins; a symptom picked on the same step is kept.
        let same_step = at.flow == flow && at.step == step;
        let symptom = symptom.or_else(|| if same_step { at.symptom.take() } else { None });
        *at = StuckAt { flow, step, symptom, device };
    }
    let report: Option<HashMap<String, InReport>> = {
        let latest: Option<(i64,)> = sqlx::query_as(
            "select id from entra_imports where tenant_id = $1 order by created_at desc, id desc limit 1",
        )
        .bind(tenant_id)
        .fetch_optional(&db.pool)
        .await
        .context("could not read the latest registration report")?;
        match latest {
            None => None,
            Some((import_id,)) => Some(
                sqlx::query_as::<_, (String, i64, i64)>(
                    "select lower(user_principal_name), has_passkey, coalesce(has_allowed_passkey, has_passkey) \
                     from entra_users where import_id = $1",
                )
                .bind(import_id)
                .fetch_all(&db.pool)
                .await
                .context("could not read the latest registration report")?
                .into_iter()
                .map(|(upn, any, allowed)| {
                    let state = match (any != 0, allowed != 0) {
                        (_, true) => InReport::Allowed,
                        (true, false) => InReport::Forbidden,
                        (false, false) => InReport::NoPasskey,
                    };
                    (upn, state)
                })
                .collect(),
            ),
        }
    };
    Ok(people
        .into_iter()
        .map(|(upn, display_name, wave, code)| {
            let guide = activity.get(&code).copied().unwrap_or_default();
            let in_report = report
                .as_ref()
                .map_or(InReport::Unknown, |r| r.get(&upn.to_lowercase()).copied().unwrap_or(InReport::Unknown));
            let segment = Segment::of(guide, in_report);
            let last_stuck = last_stuck.get(&code).cloned();
            Recipient { user_principal_name: upn, display_name, wave, code, segment, last_stuck }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_take_common_headers_and_name_the_bad_line() {
        let list =
            parse_list(b"Email,Name,Wave\nadele@contoso.example,Adele Vance,1\n\nalex@contoso.example,,2\n").unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].display_name.as_deref(), Some("Adele Vance"));
        assert_eq!(list[1].display_name, None);
        assert_eq!(list[1].wave.as_deref(), Some("2"));
        let bad = parse_list(b"upn\nadele@contoso.example\nnot an address\n").unwrap_err();
        assert_eq!(bad, ListError::Line { line: 3, reason: "\"not an address\" is not an address".into() });
        let twice = parse_list(b"upn\nadele@contoso.example\nADELE@contoso.example\n").unwrap_err();
        assert!(matches!(twice, ListError::Line { line: 3, .. }));
        assert_eq!(parse_list(b"name\nAdele\n").unwrap_err(), ListError::NoAddressColumn);
        assert_eq!(parse_list(b"  \n").unwrap_err(), ListError::Empty);
        assert!(matches!(parse_list(b"upn\n\xff\n").unwrap_err(), ListError::Line { line: 2, .. }));
        // Windows line endings, a blank line and a quoted comma: the physical line is named.
        let crlf = b"upn,name\r\nadele@contoso.example,\"Vance, Adele\"\r\n\r\nnot an address,x\r\n";
        assert!(matches!(parse_list(crlf).unwrap_err(), ListError::Line { line: 4, .. }), "{:?}", parse_list(crlf));
    }

    #[test]
    fn codes_are_random_and_only_well_formed_ones_are_read() {
        let (a, b) = (new_code(), new_code());
        assert_ne!(a, b);
        assert_eq!(parse_code(&a), Some(a.as_str()));
        for bad in ["", "short", "ABCDEFGHIJKLMNOP", "abcdefghijklmnop", "abcdefghijkmnpq<"] {
            assert_eq!(parse_code(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_report_wins_then_done_without_a_passkey_then_stuck_then_opened() {
        let guide = |opened, stuck, done| InGuide { opened, stuck, done };
        assert_eq!(Segment::of(guide(true, true, true), InReport::Allowed), Segment::Registered);
        assert_eq!(Segment::of(guide(false, false, false), InReport::Allowed), Segment::Registered);
        assert_eq!(Segment::of(guide(true, false, true), InReport::Forbidden), Segment::ForbiddenPasskey);
        assert_eq!(Segment::of(guide(true, true, true), InReport::NoPasskey), Segment::SaidDoneNoPasskey);
        // Without a report, "done" cannot be checked: the guide's own view stands.
        assert_eq!(Segment::of(guide(true, false, true), InReport::Unknown), Segment::OpenedNotRegistered);
        assert_eq!(Segment::of(guide(true, true, false), InReport::NoPasskey), Segment::Stuck);
        assert_eq!(Segment::of(guide(true, false, false), InReport::Unknown), Segment::OpenedNotRegistered);
        assert_eq!(Segment::of(guide(false, false, false), InReport::NoPasskey), Segment::NeverOpened);
        assert!(Segment::ALL.iter().filter(|s| !s.needs_reminder()).eq([Segment::Registered].iter()));
    }
}
