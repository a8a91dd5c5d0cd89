//! Building and running the server: database first (migrations before the listener opens),
//! then the event writer, then the listener. Stops on Ctrl-C or SIGTERM, lets requests finish,
//! and writes every queued event before returning.

use std::future::Future;
use std::sync::Arc;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::analytics::visitor::VisitorHasher;
use crate::analytics::writer::EventWriter;
use crate::clock::SharedClock;
use crate::db::{Db, tenants};
use crate::domain::tenant_slug::TenantSlug;
use crate::guide::policy::PasskeyPolicy;
use crate::settings::Settings;
use crate::web::admin::sign_in::{LOGIN_FAILURES, LOGIN_WINDOW_MS};
use crate::web::caches::{PageCache, TenantCache};
use crate::web::domains::DomainCache;
use crate::web::password_checks::PasswordChecks;
use crate::web::rate_limit::RateLimiter;
use crate::web::state::{AppState, Shared};

/// Addresses, accounts and browsers whose sign-in attempts are counted at once.
const LOGIN_KEYS: usize = 100_000;

pub struct Application {
    listener: TcpListener,
    state: AppState,
    writer_task: JoinHandle<()>,
}

impl Application {
    pub async fn build(settings: Settings, clock: SharedClock) -> anyhow::Result<Application> {
        crate::web::listener::raise_open_file_limit();
        let db = Db::connect(&settings.database_url).await?;
        if settings.seed_demo {
            seed_demo(&db, &clock).await?;
        }
        if settings.rollup_max_age_ignored {
            tracing::warn!("--rollup-max-age is no longer used: funnel figures are counted as events arrive");
        }
        crate::db::funnel_tally::recount_listed_days(&db).await?;
        let (events, writer_task) = EventWriter::spawn(db.clone(), clock.clone(), settings.event_queue);
        crate::analytics::retention::spawn(db.clone(), clock.clone(), settings.retention_days);
        let oidc = settings.oidc.clone().map(crate::oidc::Provider::new).transpose()?.map(Arc::new);
        if let Some(provider) = &oidc {
            // Reads the discovery document in the background: a provider that does not answer
            // leaves the password sign-in as it is, and the sign-in page says so.
            provider.available(clock.now_ms());
        }
        let listener =
            TcpListener::bind(settings.addr).await.with_context(|| format!("could not listen on {}", settings.addr))?;
        let state = AppState::new(Shared {
            db,
            clock,
            events,
            visitors: Arc::new(VisitorHasher::default()),
            settings: Arc::new(settings),
            login_limiter: Arc::new(RateLimiter::new(LOGIN_FAILURES, LOGIN_WINDOW_MS, LOGIN_KEYS)),
            passwords: Arc::new(PasswordChecks::default()),
            domains: Arc::new(DomainCache::default()),
            tenants: Arc::new(TenantCache::default()),
            pages: Arc::new(PageCache::default()),
            detections: Arc::new(crate::detect::DetectionCache::default()),
            languages: Arc::new(crate::i18n::NegotiationCache::default()),
            oidc,
        });
        Ok(Application { listener, state, writer_task })
    }

    pub fn port(&self) -> u16 {
        self.listener.local_addr().map(|a| a.port()).unwrap_or(0)
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until `shutdown` completes, then drains requests and the event queue.
    pub async fn run_until(self, shutdown: impl Future<Output = ()> + Send + 'static) -> anyhow::Result<()> {
        let Application { listener, state, writer_task } = self;
        tracing::info!(addr = %listener.local_addr().context("no local address")?, "serving");
        let limits = state.settings.connections;
        crate::web::listener::serve(listener, crate::web::app(state.clone()), limits, shutdown).await;
        drop(state);
        writer_task.await.context("the event writer failed")?;
        Ok(())
    }

    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        self.run_until(shutdown_signal()).await
    }
}

/// Creates the `demo` tenant on an empty database, with a policy that reaches every flow.
async fn seed_demo(db: &Db, clock: &SharedClock) -> anyhow::Result<()> {
    if tenants::count(db).await? > 0 {
        return Ok(());
    }
    let slug = TenantSlug::parse("demo").context("demo slug")?;
    let id = tenants::create(
        db,
        // The demo's IT has also enabled Entra passkeys in Windows Hello, so every flow is reachable.
        tenants::NewTenant {
            slug: &slug,
            name: "Contoso",
            policy: PasskeyPolicy { windows_hello: true, ..PasskeyPolicy::default() },
        },
        clock.now_ms(),
    )
    .await
    .context("could not seed the demo tenant")?;
    let changes = tenants::TenantChanges {
        support_email: Some(Some("helpdesk@contoso.example".to_owned())),
        support_phone: Some(Some("+1 555 0100".to_owned())),
        ..Default::default()
    };
    tenants::update(db, id, changes, clock.now_ms()).await.context("could not seed the demo tenant")?;
    tracing::info!("created the demo tenant at /demo");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests and writing queued events");
}
