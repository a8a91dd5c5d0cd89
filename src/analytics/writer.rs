//! The event writer: requests hand their event to one writer that stores whatever has queued up
//! in a single transaction (group commit) and only then answers each request. An acknowledged
//! event is on disk; a full queue sheds load with an error instead of growing without bound.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;

use sqlx::Any;
use sqlx::pool::PoolConnection;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use super::event::NewEvent;
use crate::clock::SharedClock;
use crate::db::Db;
use crate::db::events::{self, SqliteEventLog};

/// Most events written in one transaction.
const MAX_BATCH: usize = 2_000;

/// SQLite: once a batch has its first event, the writer waits `LINGER` for more before it
/// commits, unless `BATCH_TARGET` events have queued up already. Each commit costs locks, a log
/// header and a fresh copy of every page it touched, whatever its size; under load, commits of a
/// few events each spent most of the writer's time on that and filled the log with copies of the
/// same pages. The wait costs a request at most half a millisecond.
const LINGER: Duration = Duration::from_micros(500);
const BATCH_TARGET: usize = 32;

struct Pending {
    event: NewEvent,
    ack: oneshot::Sender<Result<(), ()>>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RecordError {
    #[error("the event queue is full")]
    Overloaded,
    #[error("the event could not be written")]
    WriteFailed,
    #[error("the event writer has stopped")]
    Stopped,
}

#[derive(Clone, Debug)]
pub struct EventWriter {
    queue: mpsc::Sender<Pending>,
}

impl EventWriter {
    /// Starts the writer task. It ends, after writing everything queued, once every
    /// `EventWriter` clone has been dropped.
    pub fn spawn(db: Db, clock: SharedClock, capacity: usize) -> (EventWriter, JoinHandle<()>) {
        let (queue, receiver) = mpsc::channel(capacity.max(1));
        let task = match db.sqlite_file.clone() {
            Some(file) => tokio::task::spawn_blocking(move || run_on_sqlite(file, clock, receiver)),
            None => tokio::spawn(run_on_postgres(db, clock, receiver)),
        };
        (EventWriter { queue }, task)
    }

    /// Queues the event and waits until it is committed.
    pub async fn record(&self, event: NewEvent) -> Result<(), RecordError> {
        let (ack, done) = oneshot::channel();
        let pending = Pending { event, ack };
        // Room in the queue is the common case and needs no timer; a full queue gets two
        // seconds to make room before the request is refused.
        match self.queue.try_send(pending) {
            Ok(()) => {}
            Err(mpsc::error::TrySendError::Closed(_)) => return Err(RecordError::Stopped),
            Err(mpsc::error::TrySendError::Full(pending)) => {
                match tokio::time::timeout(Duration::from_secs(2), self.queue.send(pending)).await {
                    Err(_) => return Err(RecordError::Overloaded),
                    Ok(Err(_)) => return Err(RecordError::Stopped),
                    Ok(Ok(())) => {}
                }
            }
        }
        match done.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(())) => Err(RecordError::WriteFailed),
            Err(_) => Err(RecordError::Stopped),
        }
    }
}

/// How long a failed batch waits before each further try: a busy or briefly unreachable
/// database gets three tries before the batch is refused. When the database refuses rows
/// instead, each event of the batch is written on its own, so one bad event fails alone.
const RETRY_DELAYS: [Duration; 2] = [Duration::from_millis(50), Duration::from_millis(200)];

/// SQLite: a dedicated thread with its own connection takes whatever has queued up, writes it
/// as one transaction and answers each request, with no other thread in between.
fn run_on_sqlite(file: PathBuf, clock: SharedClock, mut receiver: mpsc::Receiver<Pending>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    let mut log = None;
    while let Some(first) = receiver.blocking_recv() {
        batch.push(first);
        gather(&mut receiver, &mut batch);
        let now_ms = clock.now_ms();
        let mut result = write_sqlite(&file, &mut log, &batch, now_ms);
        for delay in RETRY_DELAYS {
            if settled(&result) {
                break;
            }
            std::thread::sleep(delay);
            result = write_sqlite(&file, &mut log, &batch, now_ms);
        }
        match result {
            Err(error) if events::refused_rows(&error) && batch.len() > 1 => {
                for pending in batch.drain(..) {
                    let result = write_sqlite(&file, &mut log, std::slice::from_ref(&pending), now_ms);
                    answer(pending, result);
                }
            }
            result => acknowledge(&mut batch, result),
        }
        if let Some(log) = &mut log {
            log.finish_checkpoint();
        }
    }
    tracing::info!("event writer flushed and stopped");
}

/// Adds what has queued up to a batch that has its first event; short of `BATCH_TARGET`, waits
/// `LINGER` once and adds what came meanwhile. One sleep rather than a poll, so that the thread
/// wakes once per batch; while it sleeps, queuing an event wakes nobody.
fn gather(receiver: &mut mpsc::Receiver<Pending>, batch: &mut Vec<Pending>) {
    drain(receiver, batch);
    if batch.len() < BATCH_TARGET && !receiver.is_closed() {
        std::thread::sleep(LINGER);
        drain(receiver, batch);
    }
}

fn drain(receiver: &mut mpsc::Receiver<Pending>, batch: &mut Vec<Pending>) {
    while batch.len() < MAX_BATCH
        && let Ok(pending) = receiver.try_recv()
    {
        batch.push(pending);
    }
}

/// One try at a batch; after a failure other than refused rows, the next try opens a new
/// connection.
fn write_sqlite(file: &Path, log: &mut Option<SqliteEventLog>, batch: &[Pending], now_ms: i64) -> anyhow::Result<()> {
    let result = match log {
        Some(log) => log.insert_batch(batch.iter().map(|p| &p.event), now_ms),
        None => SqliteEventLog::open(file)
            .and_then(|opened| log.insert(opened).insert_batch(batch.iter().map(|p| &p.event), now_ms)),
    };
    if let Err(error) = &result {
        tracing::warn!(error = format!("{error:#}"), count = batch.len(), "an event batch failed");
        if !events::refused_rows(error) {
            *log = None;
        }
    }
    result
}

/// PostgreSQL: a task that keeps one pooled connection writes whatever has queued up in one
/// statement and answers each request.
async fn run_on_postgres(db: Db, clock: SharedClock, mut receiver: mpsc::Receiver<Pending>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    let mut connection = None;
    while receiver.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let now_ms = clock.now_ms();
        let mut result = write_postgres(&db, &mut connection, &batch, now_ms).await;
        for delay in RETRY_DELAYS {
            if settled(&result) {
                break;
            }
            tokio::time::sleep(delay).await;
            result = write_postgres(&db, &mut connection, &batch, now_ms).await;
        }
        match result {
            Err(error) if events::refused_rows(&error) && batch.len() > 1 => {
                for pending in batch.drain(..) {
                    let result = write_postgres(&db, &mut connection, std::slice::from_ref(&pending), now_ms).await;
                    answer(pending, result);
                }
            }
            result => acknowledge(&mut batch, result),
        }
    }
    tracing::info!("event writer flushed and stopped");
}

/// One try at a batch; after a failure other than refused rows, the next try takes a new
/// connection.
async fn write_postgres(
    db: &Db,
    connection: &mut Option<PoolConnection<Any>>,
    batch: &[Pending],
    now_ms: i64,
) -> anyhow::Result<()> {
    let rows = events::rows_json(batch.iter().map(|p| &p.event))?;
    let result = match connection {
        Some(conn) => events::insert_batch(&mut **conn, &rows, now_ms).await,
        None => match db.pool.acquire().await.context("could not reach the database") {
            Ok(conn) => events::insert_batch(&mut **connection.insert(conn), &rows, now_ms).await,
            Err(error) => Err(error),
        },
    };
    if let Err(error) = &result {
        tracing::warn!(error = format!("{error:#}"), count = batch.len(), "an event batch failed");
        if !events::refused_rows(error) {
            *connection = None;
        }
    }
    result
}

/// Answers every request of the batch with the batch's outcome, and empties it.
fn acknowledge(batch: &mut Vec<Pending>, result: anyhow::Result<()>) {
    if let Err(error) = &result {
        tracing::error!(error = format!("{error:#}"), count = batch.len(), "events were not written");
    }
    let outcome = result.map_err(|_| ());
    for pending in batch.drain(..) {
        let _ = pending.ack.send(outcome);
    }
}

/// Answers one request with the outcome of its own write.
fn answer(pending: Pending, result: anyhow::Result<()>) {
    if let Err(error) = &result {
        tracing::error!(error = format!("{error:#}"), "an event was not written");
    }
    let _ = pending.ack.send(result.map_err(|_| ()));
}

/// Whether a try needs no retry: it succeeded, or the database refused rows, which it would
/// refuse again.
fn settled(result: &anyhow::Result<()>) -> bool {
    result.as_ref().map_or_else(events::refused_rows, |()| true)
}
