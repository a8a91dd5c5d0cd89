//! The `events` table: batched inserts, each counted into the funnel in the same transaction
//! (`funnel_tally`).

use anyhow::Context;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use crate::analytics::event::NewEvent;

/// PostgreSQL: one statement writes a whole batch. The events travel as a single JSON array
/// of `EventRow`s, so a batch costs one bound value and one round trip.
const INSERT_POSTGRES: &str = "insert into events (tenant_id, at_ms, day, stage, step, symptom, device, flow, locale, \
     campaign, profile, visitor, is_bot, is_test, recipient, created_at) \
     select r.tenant_id, r.at_ms, r.day, r.stage, r.step, r.symptom, r.device, r.flow, r.locale, r.campaign, \
     r.profile, r.visitor, r.is_bot, r.is_test, r.recipient, $2 \
     from jsonb_to_recordset($1::text::jsonb) as r(tenant_id bigint, at_ms bigint, day text, stage text, step bigint, \
     symptom text, device text, flow text, locale text, campaign text, profile text, visitor text, is_bot bigint, \
     is_test bigint, recipient text)";

/// An event as a row of the `events` table.
#[derive(Debug, serde::Serialize)]
struct EventRow<'a> {
    tenant_id: i64,
    at_ms: i64,
    day: &'a str,
    stage: &'static str,
    step: Option<i64>,
    symptom: Option<&'a str>,
    device: &'static str,
    flow: Option<&'static str>,
    locale: &'a str,
    campaign: Option<&'a str>,
    profile: Option<&'a str>,
    visitor: &'a str,
    is_bot: i64,
    is_test: i64,
    recipient: Option<&'a str>,
}

impl<'a> EventRow<'a> {
    fn of(e: &'a NewEvent) -> EventRow<'a> {
        EventRow {
            tenant_id: e.tenant_id,
            at_ms: e.at_ms,
            day: &e.day,
            stage: e.stage.as_str(),
            step: e.step,
            symptom: e.symptom.as_deref(),
            device: e.device.as_str(),
            flow: e.flow.map(|f| f.as_str()),
            locale: &e.locale,
            campaign: e.campaign.as_ref().map(|c| c.as_str()),
            profile: e.profile.as_deref(),
            visitor: &e.visitor,
            is_bot: i64::from(e.is_bot),
            is_test: i64::from(e.is_test),
            recipient: e.recipient.as_deref(),
        }
    }
}

/// The events as the JSON array `INSERT_POSTGRES` reads. An error here is a batch that must not
/// be acknowledged, never an empty one.
fn rows_json(events: &[NewEvent]) -> anyhow::Result<String> {
    let rows: Vec<_> = events.iter().map(EventRow::of).collect();
    serde_json::to_string(&rows).context("could not encode events")
}

/// PostgreSQL: stores the events and counts them into the funnel in one transaction.
pub async fn insert_batch_postgres(
    connection: &mut sqlx::AnyConnection,
    events: &[NewEvent],
    now_ms: i64,
) -> anyhow::Result<()> {
    use sqlx::Connection;
    let rows = rows_json(events)?;
    let mut tx = connection.begin().await.context("could not begin an event batch")?;
    sqlx::query(INSERT_POSTGRES).bind(rows).bind(now_ms).execute(&mut *tx).await.context("could not insert events")?;
    crate::db::funnel_tally::count_postgres(&mut tx, events).await?;
    tx.commit().await.context("could not commit an event batch")?;
    Ok(())
}

/// Whether the database refused the rows themselves (a constraint they break), as opposed to
/// being busy or out of reach. Such a batch fails the same way on every try.
pub fn refused_rows(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        if let Some(rusqlite::Error::SqliteFailure(failure, _)) = cause.downcast_ref::<rusqlite::Error>() {
            return failure.code == rusqlite::ErrorCode::ConstraintViolation;
        }
        if let Some(sqlx::Error::Database(database)) = cause.downcast_ref::<sqlx::Error>() {
            return !matches!(database.kind(), sqlx::error::ErrorKind::Other);
        }
        false
    })
}

const INSERT_SQLITE: &str = "insert into events (tenant_id, at_ms, day, stage, step, symptom, device, flow, locale, \
     campaign, profile, visitor, is_bot, is_test, recipient, created_at) \
     values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

/// How often the thread beside the event writer looks at the log, and the pause it waits for.
const CHECK_EVERY: Duration = Duration::from_millis(100);

/// The log size past which it is copied even while commits keep coming. Such a copy holds up
/// commits for a while (up to 40 ms each, measured over the quarter second it takes), so it should
/// be rare: at full load on 2 cores the log grows about 20 MB/s.
const LOG_CAP: u64 = 256 << 20;

/// The size the log file is cut back to when it starts over after a burst.
const LOG_SIZE_LIMIT: u64 = 64 << 20;

/// SQLite: the event writer's own synchronous connection, used from one thread. A batch is one
/// transaction of prepared inserts, with no hop to another thread, which keeps a guide page's
/// wait for its commit short.
///
/// The log (WAL) is copied into the database file by a thread beside the writer (a passive
/// checkpoint), so the writer does not wait for that work. The copy reads the log, writes the
/// database file and syncs both, and done during a burst it held up commits for tens of
/// milliseconds, so it waits for a pause: once no batch has been committed for `CHECK_EVERY`, the
/// copy reaches the end of the log and the next commit starts the log over.
///
/// Load that never pauses would make the log grow for as long as it lasts, so past `LOG_CAP` the
/// log is copied anyway. Such a copy never reaches the end of the log while commits keep coming;
/// the writer then copies the little that was appended since (`finish_checkpoint`), between two of
/// its own commits, and its next commit starts the log over.
pub struct SqliteEventLog {
    connection: rusqlite::Connection,
    /// Batches committed so far; the thread beside tells a pause by this.
    commits: Arc<AtomicU64>,
    /// Set by the thread beside when it has copied a log grown past `LOG_CAP`.
    copied: Arc<AtomicBool>,
    /// Dropping it stops the thread beside.
    _stop: mpsc::Sender<()>,
}

impl SqliteEventLog {
    pub fn open(file: &Path) -> anyhow::Result<SqliteEventLog> {
        SqliteEventLog::open_checking_every(file, CHECK_EVERY)
    }

    fn open_checking_every(file: &Path, check_every: Duration) -> anyhow::Result<SqliteEventLog> {
        let connection = connect(file)?;
        let beside = Beside {
            check_every,
            connection: connect(file)?,
            log_file: log_file(file),
            commits: Arc::new(AtomicU64::new(0)),
            copied: Arc::new(AtomicBool::new(false)),
        };
        let (commits, copied) = (beside.commits.clone(), beside.copied.clone());
        let (stop, stopped) = mpsc::channel();
        std::thread::Builder::new()
            .name("event-log-checkpoints".into())
            .spawn(move || beside.run(&stopped))
            .context("could not start the event log's checkpoints")?;
        Ok(SqliteEventLog { connection, commits, copied, _stop: stop })
    }

    /// Stores the events and counts them into the funnel in one transaction: all of it, or
    /// nothing.
    pub fn insert_batch(&mut self, events: &[NewEvent], now_ms: i64) -> anyhow::Result<()> {
        let transaction = self.connection.transaction().context("could not begin an event batch")?;
        {
            let mut insert = transaction.prepare_cached(INSERT_SQLITE).context("could not prepare the event insert")?;
            for event in events {
                let r = EventRow::of(event);
                insert
                    .execute(rusqlite::params![
                        r.tenant_id,
                        r.at_ms,
                        r.day,
                        r.stage,
                        r.step,
                        r.symptom,
                        r.device,
                        r.flow,
                        r.locale,
                        r.campaign,
                        r.profile,
                        r.visitor,
                        r.is_bot,
                        r.is_test,
                        r.recipient,
                        now_ms
                    ])
                    .context("could not insert an event")?;
            }
        }
        crate::db::funnel_tally::count_sqlite(&transaction, events)?;
        transaction.commit().context("could not commit an event batch")?;
        self.commits.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// After the thread beside has copied a log grown past `LOG_CAP`, copies what was appended
    /// since, so that the next commit starts the log over. Called between batches, once their
    /// requests are answered.
    pub fn finish_checkpoint(&mut self) {
        if self.copied.swap(false, Ordering::AcqRel)
            && let Err(error) = checkpoint(&self.connection)
        {
            tracing::warn!(%error, "could not copy the event log into the database file");
        }
    }
}

/// A `rusqlite` connection to the database file, set up as the event writer needs it.
pub(crate) fn connect(file: &Path) -> anyhow::Result<rusqlite::Connection> {
    let connection = rusqlite::Connection::open_with_flags(file, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)
        .with_context(|| format!("could not open {}", file.display()))?;
    connection
        .execute_batch(&format!(
            "pragma journal_mode = wal; pragma synchronous = normal; pragma busy_timeout = 5000; \
             pragma foreign_keys = on; pragma wal_autocheckpoint = 0; pragma journal_size_limit = {LOG_SIZE_LIMIT};"
        ))
        .context("could not set up the event connection")?;
    Ok(connection)
}

/// The log file beside a SQLite database file.
fn log_file(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

/// Copies the log into the database file as far as it can without waiting for anyone.
fn checkpoint(connection: &rusqlite::Connection) -> rusqlite::Result<()> {
    connection.query_row("pragma wal_checkpoint(passive)", [], |_| Ok(()))
}

/// The thread beside the writer, which copies the log into the database file.
struct Beside {
    check_every: Duration,
    connection: rusqlite::Connection,
    log_file: PathBuf,
    commits: Arc<AtomicU64>,
    copied: Arc<AtomicBool>,
}

impl Beside {
    fn run(&self, stopped: &mpsc::Receiver<()>) {
        let mut seen = self.commits.load(Ordering::Relaxed);
        let mut copied_up_to = seen;
        while let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(self.check_every) {
            let commits = self.commits.load(Ordering::Relaxed);
            let paused = commits == seen;
            seen = commits;
            if paused && commits != copied_up_to {
                // A copy that failed is tried again at the next look.
                if self.copy() {
                    copied_up_to = commits;
                }
            } else if !paused && self.log_size() >= LOG_CAP {
                // A second copy takes in what was appended during the first, which leaves the
                // writer little to copy.
                if self.copy() && self.copy() {
                    self.copied.store(true, Ordering::Release);
                }
            }
        }
    }

    fn copy(&self) -> bool {
        let result = checkpoint(&self.connection);
        if let Err(error) = &result {
            tracing::warn!(%error, "could not copy the event log into the database file");
        }
        result.is_ok()
    }

    /// The log file only grows past `LOG_SIZE_LIMIT` while the log itself does: when the log
    /// starts over, its file is cut back to that size.
    fn log_size(&self) -> u64 {
        std::fs::metadata(&self.log_file).map_or(0, |metadata| metadata.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_json_objects_named_as_the_columns() {
        let event = NewEvent {
            tenant_id: 1,
            at_ms: 5,
            day: "2026-11-20".into(),
            stage: crate::domain::stage::Stage::Stuck,
            step: Some(2),
            symptom: Some("no-\"prompt\"".into()),
            device: crate::domain::device::Device::Iphone,
            flow: Some(crate::domain::flow_id::FlowId::IphoneIcloud),
            locale: "en".into(),
            campaign: None,
            profile: None,
            visitor: "v".into(),
            is_bot: false,
            is_test: false,
            recipient: None,
        };
        assert_eq!(
            rows_json(std::slice::from_ref(&event)).unwrap(),
            r#"[{"tenant_id":1,"at_ms":5,"day":"2026-11-20","stage":"stuck","step":2,"symptom":"no-\"prompt\"","device":"iphone","flow":"iphone-icloud","locale":"en","campaign":null,"profile":null,"visitor":"v","is_bot":0,"is_test":0,"recipient":null}]"#
        );
        assert_eq!(rows_json(&[]).unwrap(), "[]");
    }

    /// A database with one tenant, closed again; returns the tenant's id.
    async fn tenant(file: &Path) -> i64 {
        let db = crate::db::Db::connect(&format!("sqlite://{}", file.display())).await.unwrap();
        let slug = crate::domain::tenant_slug::TenantSlug::parse("acme").unwrap();
        let tenant = crate::db::tenants::NewTenant { slug: &slug, name: "Acme", policy: Default::default() };
        let tenant_id = crate::db::tenants::create(&db, tenant, 0).await.unwrap();
        db.pool.close().await;
        tenant_id
    }

    fn visit(tenant_id: i64) -> NewEvent {
        NewEvent {
            tenant_id,
            at_ms: 5,
            day: "2026-11-20".into(),
            stage: crate::domain::stage::Stage::Visit,
            step: None,
            symptom: None,
            device: crate::domain::device::Device::Iphone,
            flow: None,
            locale: "en".into(),
            campaign: None,
            profile: None,
            visitor: "v".into(),
            is_bot: false,
            is_test: false,
            recipient: None,
        }
    }

    #[tokio::test]
    async fn after_a_pause_the_log_is_copied_and_the_next_commit_starts_it_over() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("events.db");
        let tenant_id = tenant(&file).await;
        let event = visit(tenant_id);
        let mut log = SqliteEventLog::open(&file).unwrap();
        let log_size = || std::fs::metadata(dir.path().join("events.db-wal")).unwrap().len();
        for _ in 0..200 {
            log.insert_batch(&vec![event.clone(); 10], 0).unwrap();
        }
        let mut started_over = false;
        for _ in 0..30 {
            std::thread::sleep(CHECK_EVERY * 3);
            let before = log_size();
            log.insert_batch(std::slice::from_ref(&event), 0).unwrap();
            if log_size() == before {
                started_over = true;
                break;
            }
        }
        assert!(started_over, "after a pause the log is copied and the next commit writes from its start");
    }

    #[tokio::test]
    async fn the_log_starts_over_once_the_writer_finishes_a_checkpoint() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("events.db");
        let event = visit(tenant(&file).await);
        // The thread beside never finds a pause here, so the log is only copied by the test.
        let mut log = SqliteEventLog::open_checking_every(&file, Duration::from_secs(3600)).unwrap();
        let log_size = || std::fs::metadata(dir.path().join("events.db-wal")).unwrap().len();
        for _ in 0..200 {
            log.insert_batch(&vec![event.clone(); 10], 0).unwrap();
        }

        // A copy beside that cannot reach the end of the log, because commits came in meanwhile
        // (here: a commit after a reader's snapshot, which the copy stops at).
        let reader = connect(&file).unwrap();
        reader.execute_batch("begin; select count(*) from events;").unwrap();
        log.insert_batch(std::slice::from_ref(&event), 0).unwrap();
        checkpoint(&connect(&file).unwrap()).unwrap();
        reader.execute_batch("commit").unwrap();
        let before = log_size();
        log.insert_batch(std::slice::from_ref(&event), 0).unwrap();
        let appended = log_size();
        assert!(appended > before, "after that copy alone the log goes on growing");

        log.copied.store(true, Ordering::Release);
        log.finish_checkpoint();
        assert!(!log.copied.load(Ordering::Acquire));
        log.insert_batch(std::slice::from_ref(&event), 0).unwrap();
        assert_eq!(log_size(), appended, "the next commit starts the log over instead of growing it");
    }
}
