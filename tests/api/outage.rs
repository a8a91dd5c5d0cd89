//! The database going away for a moment: requests get 503 with Retry-After, never a crash or a
//! hang, and the server recovers by itself when the database is back. PostgreSQL is reached
//! through a TCP proxy that the test cuts and restores (SQLite has no connection to cut).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;
use tokio::task::JoinHandle;

use crate::helpers::*;

/// Forwards connections to `upstream` while up; when cut, drops every open connection and
/// refuses new ones.
struct Proxy {
    port: u16,
    up: Arc<AtomicBool>,
    connections: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl Proxy {
    async fn start(upstream: String) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let up = Arc::new(AtomicBool::new(true));
        let connections: Arc<Mutex<Vec<JoinHandle<()>>>> = Arc::default();
        let (flag, open) = (up.clone(), connections.clone());
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !flag.load(Ordering::SeqCst) {
                    drop(inbound);
                    continue;
                }
                let upstream = upstream.clone();
                open.lock().await.push(tokio::spawn(async move {
                    if let Ok(mut outbound) = TcpStream::connect(upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                }));
            }
        });
        Proxy { port, up, connections }
    }

    async fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        for connection in self.connections.lock().await.drain(..) {
            connection.abort();
        }
    }

    fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn a_database_outage_gives_503s_and_the_server_recovers_by_itself() {
    if !std::env::var("TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres")) {
        eprintln!("skipped: the outage test cuts a PostgreSQL connection; set TEST_DATABASE_URL");
        return;
    }
    let mut direct = String::new();
    let app = spawn_app_with(|args| direct = args.db.database.clone()).await;
    // The server above connects directly; a second one on the same database goes through the
    // proxy, and it is the one the outage hits.
    let mut url = url::Url::parse(&direct).unwrap();
    let upstream = format!("{}:{}", url.host_str().unwrap(), url.port().unwrap_or(5432));
    let cut = Proxy::start(upstream).await;
    url.set_host(Some("127.0.0.1")).unwrap();
    url.set_port(Some(cut.port)).unwrap();
    let through_proxy = url.to_string();
    let guide = spawn_app_with(move |args| args.db.database = through_proxy).await;

    let mut acknowledged = 0;
    for _ in 0..5 {
        assert_eq!(guide.get_as("/demo", IPHONE).await.status(), 200);
        acknowledged += 1;
    }

    cut.cut().await;
    let started = Instant::now();
    let during = guide.get_as("/demo", IPHONE).await;
    assert_eq!(during.status(), 503, "an event that cannot be stored is not acknowledged");
    assert!(during.headers().contains_key("retry-after"));
    assert!(started.elapsed() < Duration::from_secs(15), "refused promptly, not hung");
    assert_eq!(guide.get_as("/healthz", IPHONE).await.status(), 503);

    cut.restore();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let status = guide.get_as("/demo", IPHONE).await.status();
        if status == 200 {
            acknowledged += 1;
            break;
        }
        assert_eq!(status, 503, "only 503 while recovering");
        assert!(Instant::now() < deadline, "the server did not recover by itself");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(guide.get_as("/healthz", IPHONE).await.status(), 200);

    // Every acknowledged visit is stored (read through the direct connection).
    let (stored,): (i64,) =
        sqlx::query_as("select count(*) from events where stage = 'visit'").fetch_one(&app.db.pool).await.unwrap();
    assert!(stored >= acknowledged, "{stored} stored, {acknowledged} acknowledged");
}
