//! The event writer: requests hand their event to one task that writes whatever has queued up
//! in a single transaction (group commit) and only then answers each request. An acknowledged
//! event is on disk; a full queue sheds load with an error instead of growing without bound.

use std::time::Duration;

use anyhow::Context;

use sqlx::Any;
use sqlx::pool::PoolConnection;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use super::event::NewEvent;
use crate::clock::SharedClock;
use crate::db::{Db, events};

/// Most events written in one transaction.
const MAX_BATCH: usize = 2_000;

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
        let task = tokio::spawn(run(db, clock, receiver));
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

async fn run(db: Db, clock: SharedClock, mut receiver: mpsc::Receiver<Pending>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    let mut connection = None;
    while receiver.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let result = match events::rows_json(batch.iter().map(|p| &p.event)) {
            Ok(rows) => write_with_retry(&db, &mut connection, &rows, clock.now_ms()).await,
            Err(error) => Err(error),
        };
        if let Err(error) = &result {
            tracing::error!(error = format!("{error:#}"), count = batch.len(), "events were not written");
        }
        for pending in batch.drain(..) {
            let _ = pending.ack.send(result.as_ref().map(|_| ()).map_err(|_| ()));
        }
    }
    tracing::info!("event writer flushed and stopped");
}

/// The connection the writer keeps. Its commits never copy the log into the database file
/// (see `Db::spawn_checkpoints`), so no request waits for that.
async fn writer_connection(db: &Db) -> anyhow::Result<PoolConnection<Any>> {
    let mut connection = db.pool.acquire().await.context("could not reach the database")?;
    db.without_checkpoints(&mut connection).await?;
    Ok(connection)
}

/// A busy or briefly unreachable database gets three tries before the batch is refused. The
/// writer keeps its connection between batches and gets a new one after a failure.
async fn write_with_retry(
    db: &Db,
    connection: &mut Option<PoolConnection<Any>>,
    rows: &str,
    now_ms: i64,
) -> anyhow::Result<()> {
    let mut delay = Duration::from_millis(50);
    let mut attempt = 1;
    loop {
        let result = match connection {
            Some(conn) => events::insert_batch(&mut **conn, db.backend, rows, now_ms).await,
            None => match writer_connection(db).await {
                Ok(conn) => events::insert_batch(&mut **connection.insert(conn), db.backend, rows, now_ms).await,
                Err(error) => Err(error),
            },
        };
        match result {
            Ok(()) => return Ok(()),
            Err(error) if attempt < 3 => {
                tracing::warn!(error = format!("{error:#}"), "retrying an event batch");
                *connection = None;
                tokio::time::sleep(delay).await;
                delay *= 4;
                attempt += 1;
            }
            Err(error) => {
                *connection = None;
                return Err(error);
            }
        }
    }
}
