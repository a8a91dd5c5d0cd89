//! Accepting connections, with limits on what an idle one may hold: a connection that has not
//! sent a complete request head `header_timeout` after it opened is closed, and so is one that
//! has been idle between requests for `idle_timeout` (a partial head after the first request
//! counts as idle). Thousands of silent sockets therefore cost their file descriptors only for
//! seconds, and the open-file limit is raised to the hard limit at start.
//!
//! On shutdown the listener stops accepting, every connection finishes the request it is
//! serving and closes, and the call returns when all have closed (or after `DRAIN_LIMIT`).

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use axum::extract::{ConnectInfo, Request};
use axum::response::Response;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::Instant;
use tower::{Service, ServiceExt};

/// How long a closing connection may take to finish its response before it is dropped.
const CLOSE_GRACE: Duration = Duration::from_secs(10);
/// How long shutdown waits for open connections.
const DRAIN_LIMIT: Duration = Duration::from_secs(30);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// Time from accepting a connection to its first complete request head.
    pub header_timeout: Duration,
    /// Time a connection may sit between requests.
    pub idle_timeout: Duration,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits { header_timeout: Duration::from_secs(10), idle_timeout: Duration::from_secs(60) }
    }
}

/// Raises the soft open-file limit to the hard limit, and says what it is now.
pub fn raise_open_file_limit() {
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => tracing::info!(limit, "open-file limit"),
        Err(error) => tracing::warn!(%error, "could not raise the open-file limit"),
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then drains the open connections.
pub async fn serve<S>(
    listener: TcpListener,
    app: S,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + Sync + 'static,
    S::Future: Send,
{
    let mut builder = Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        // Between requests hyper waits for the next head; that wait is the idle limit.
        .header_read_timeout(limits.idle_timeout);
    builder.http2().timer(TokioTimer::new());
    let builder = Arc::new(builder);
    let (stop, stopped) = watch::channel(false);
    let mut connections = JoinSet::new();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            accepted = listener.accept() => match accepted {
                Ok((stream, peer)) => {
                    let task = serve_connection(builder.clone(), stream, peer, app.clone(), limits, stopped.clone());
                    connections.spawn(task);
                }
                Err(error) => {
                    // Out of file descriptors, most likely: wait for some to close.
                    tracing::warn!(%error, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
        }
    }
    drop(listener);
    let _ = stop.send(true);
    let drained = tokio::time::timeout(DRAIN_LIMIT, async { while connections.join_next().await.is_some() {} }).await;
    if drained.is_err() {
        tracing::warn!(open = connections.len(), "closing connections that did not finish in time");
        connections.abort_all();
    }
}

/// What the watchdog of one connection needs to know: requests under way, requests seen, and
/// when the last one ended (milliseconds since the connection opened).
#[derive(Debug, Default)]
struct Activity {
    in_flight: AtomicUsize,
    started: AtomicU64,
    idle_since_ms: AtomicU64,
}

async fn serve_connection<S>(
    builder: Arc<Builder<TokioExecutor>>,
    stream: TcpStream,
    peer: SocketAddr,
    app: S,
    limits: ConnectionLimits,
    mut stopped: watch::Receiver<bool>,
) where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + Sync + 'static,
    S::Future: Send,
{
    let opened = Instant::now();
    let activity = Arc::new(Activity::default());
    let service = {
        let activity = activity.clone();
        tower::service_fn(move |mut request: Request<hyper::body::Incoming>| {
            let (app, activity) = (app.clone(), activity.clone());
            activity.started.fetch_add(1, Ordering::Relaxed);
            activity.in_flight.fetch_add(1, Ordering::Relaxed);
            request.extensions_mut().insert(ConnectInfo(peer));
            async move {
                let response = app.oneshot(request.map(axum::body::Body::new)).await;
                let now = u64::try_from(opened.elapsed().as_millis()).unwrap_or(u64::MAX);
                activity.idle_since_ms.store(now, Ordering::Relaxed);
                activity.in_flight.fetch_sub(1, Ordering::Relaxed);
                response
            }
        })
    };
    let connection = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
    tokio::pin!(connection);
    let mut closing_since: Option<Instant> = None;
    loop {
        let deadline = match closing_since {
            Some(since) => since + CLOSE_GRACE,
            None => next_check(&activity, opened, limits),
        };
        tokio::select! {
            _ = connection.as_mut() => return,
            _ = stopped.changed(), if closing_since.is_none() => {
                connection.as_mut().graceful_shutdown();
                closing_since = Some(Instant::now());
            }
            () = tokio::time::sleep_until(deadline) => {
                if closing_since.is_some() {
                    return;
                }
                if activity.started.load(Ordering::Relaxed) == 0 {
                    // No complete request head in time: nothing is under way, close at once.
                    return;
                }
                if is_idle_past(&activity, opened, limits.idle_timeout) {
                    connection.as_mut().graceful_shutdown();
                    closing_since = Some(Instant::now());
                }
            }
        }
    }
}

/// When the watchdog should look again: the head deadline before the first request, else the
/// end of the current idle period (or a full idle period from now while a request runs).
fn next_check(activity: &Activity, opened: Instant, limits: ConnectionLimits) -> Instant {
    if activity.started.load(Ordering::Relaxed) == 0 {
        return opened + limits.header_timeout;
    }
    if activity.in_flight.load(Ordering::Relaxed) > 0 {
        return Instant::now() + limits.idle_timeout;
    }
    opened + Duration::from_millis(activity.idle_since_ms.load(Ordering::Relaxed)) + limits.idle_timeout
}

fn is_idle_past(activity: &Activity, opened: Instant, idle_timeout: Duration) -> bool {
    activity.in_flight.load(Ordering::Relaxed) == 0
        && opened.elapsed() >= Duration::from_millis(activity.idle_since_ms.load(Ordering::Relaxed)) + idle_timeout
}
