//! The event writer: requests hand their event to one writer that stores whatever has queued up
//! in a single transaction (group commit) and only then answers each request. An acknowledged
//! event is on disk; a full queue sheds load with an error instead of growing without bound.

use std::path::PathBuf;
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

/// Once a batch has its first event, the writer waits `LINGER` for more before it
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

/// The events being written, and the requests waiting for them, in the same order.
#[derive(Default)]
struct Batch {
    events: Vec<NewEvent>,
    acks: Vec<oneshot::Sender<Result<(), ()>>>,
}

impl Batch {
    fn push(&mut self, pending: Pending) {
        self.events.push(pending.event);
        self.acks.push(pending.ack);
    }

    fn len(&self) -> usize {
        self.events.len()
    }
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
            Some(file) => tokio::task::spawn_blocking(move || run(SqliteSink { file, log: None }, &clock, receiver)),
            None => {
                let runtime = tokio::runtime::Handle::current();
                let sink = PostgresSink { db, runtime, connection: None };
                tokio::task::spawn_blocking(move || run(sink, &clock, receiver))
            }
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

/// Where batches go: one database. A write stores the events and counts them into the funnel
/// (`analytics::tally`) in one transaction: all of it, or nothing.
trait Sink {
    fn write(&mut self, events: &[NewEvent], now_ms: i64) -> anyhow::Result<()>;

    /// Work between batches, once their requests are answered.
    fn between_batches(&mut self) {}
}

/// The writer's loop, on a thread of its own: takes whatever has queued up, writes it as one
/// transaction and answers each request, with no other thread in between.
fn run(mut sink: impl Sink, clock: &SharedClock, mut receiver: mpsc::Receiver<Pending>) {
    let mut batch = Batch::default();
    while let Some(first) = receiver.blocking_recv() {
        batch.push(first);
        gather(&mut receiver, &mut batch);
        let now_ms = clock.now_ms();
        let mut result = sink.write(&batch.events, now_ms);
        for delay in RETRY_DELAYS {
            if settled(&result) {
                break;
            }
            std::thread::sleep(delay);
            result = sink.write(&batch.events, now_ms);
        }
        match result {
            Err(error) if events::refused_rows(&error) && batch.len() > 1 => {
                for (event, ack) in batch.events.drain(..).zip(batch.acks.drain(..)) {
                    let result = sink.write(std::slice::from_ref(&event), now_ms);
                    answer(ack, result);
                }
            }
            result => acknowledge(&mut batch, result),
        }
        sink.between_batches();
    }
    tracing::info!("event writer flushed and stopped");
}

/// Adds what has queued up to a batch that has its first event; short of `BATCH_TARGET`, waits
/// `LINGER` once and adds what came meanwhile. One sleep rather than a poll, so that the thread
/// wakes once per batch; while it sleeps, queuing an event wakes nobody.
fn gather(receiver: &mut mpsc::Receiver<Pending>, batch: &mut Batch) {
    drain(receiver, batch);
    if batch.len() < BATCH_TARGET && !receiver.is_closed() {
        std::thread::sleep(LINGER);
        drain(receiver, batch);
    }
}

fn drain(receiver: &mut mpsc::Receiver<Pending>, batch: &mut Batch) {
    while batch.len() < MAX_BATCH
        && let Ok(pending) = receiver.try_recv()
    {
        batch.push(pending);
    }
}

/// SQLite: the writer's own connection (`SqliteEventLog`), opened again after a failure other
/// than refused rows.
struct SqliteSink {
    file: PathBuf,
    log: Option<SqliteEventLog>,
}

impl Sink for SqliteSink {
    fn write(&mut self, events: &[NewEvent], now_ms: i64) -> anyhow::Result<()> {
        let result = match &mut self.log {
            Some(log) => log.insert_batch(events, now_ms),
            None => {
                SqliteEventLog::open(&self.file).and_then(|opened| self.log.insert(opened).insert_batch(events, now_ms))
            }
        };
        if let Err(error) = &result {
            tracing::warn!(error = format!("{error:#}"), count = events.len(), "an event batch failed");
            if !events::refused_rows(error) {
                self.log = None;
            }
        }
        result
    }

    fn between_batches(&mut self) {
        if let Some(log) = &mut self.log {
            log.finish_checkpoint();
        }
    }
}

/// PostgreSQL: one pooled connection kept between batches, taken again after a failure other
/// than refused rows.
struct PostgresSink {
    db: Db,
    runtime: tokio::runtime::Handle,
    connection: Option<PoolConnection<Any>>,
}

impl Sink for PostgresSink {
    fn write(&mut self, batch: &[NewEvent], now_ms: i64) -> anyhow::Result<()> {
        let result = self.runtime.block_on(async {
            let connection = match &mut self.connection {
                Some(connection) => connection,
                None => self.connection.insert(self.db.pool.acquire().await.context("could not reach the database")?),
            };
            events::insert_batch_postgres(connection, batch, now_ms).await
        });
        if let Err(error) = &result {
            tracing::warn!(error = format!("{error:#}"), count = batch.len(), "an event batch failed");
            if !events::refused_rows(error) {
                self.connection = None;
            }
        }
        result
    }
}

/// Answers every request of the batch with the batch's outcome, and empties it.
fn acknowledge(batch: &mut Batch, result: anyhow::Result<()>) {
    if let Err(error) = &result {
        tracing::error!(error = format!("{error:#}"), count = batch.len(), "events were not written");
    }
    let outcome = result.map_err(|_| ());
    batch.events.clear();
    for ack in batch.acks.drain(..) {
        let _ = ack.send(outcome);
    }
}

/// Answers one request with the outcome of its own write.
fn answer(ack: oneshot::Sender<Result<(), ()>>, result: anyhow::Result<()>) {
    if let Err(error) = &result {
        tracing::error!(error = format!("{error:#}"), "an event was not written");
    }
    let _ = ack.send(result.map_err(|_| ()));
}

/// Whether a try needs no retry: it succeeded, or the database refused rows, which it would
/// refuse again.
fn settled(result: &anyhow::Result<()>) -> bool {
    result.as_ref().map_or_else(events::refused_rows, |()| true)
}
