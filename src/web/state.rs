//! Everything a handler needs, reached through `State`.

use std::ops::Deref;
use std::sync::Arc;

use axum::extract::FromRef;

use crate::analytics::visitor::VisitorHasher;
use crate::analytics::writer::EventWriter;
use crate::clock::SharedClock;
use crate::db::Db;
use crate::detect::DetectionCache;
use crate::i18n::NegotiationCache;
use crate::settings::Settings;
use crate::web::caches::{PageCache, TenantCache};
use crate::web::domains::DomainCache;
use crate::web::password_checks::PasswordChecks;
use crate::web::rate_limit::RateLimiter;

/// A handle on the shared state: cloning it, which every request does, is one reference count.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub db: Db,
    pub clock: SharedClock,
    pub events: EventWriter,
    pub visitors: Arc<VisitorHasher>,
    pub settings: Arc<Settings>,
    pub login_limiter: Arc<RateLimiter>,
    pub passwords: Arc<PasswordChecks>,
    pub domains: Arc<DomainCache>,
    pub tenants: Arc<TenantCache>,
    pub pages: Arc<PageCache<crate::web::page_key::PageKey>>,
    pub detections: Arc<DetectionCache>,
    pub languages: Arc<NegotiationCache>,
    /// "Sign in with Microsoft", when configured.
    pub oidc: Option<Arc<crate::oidc::Provider>>,
}

impl AppState {
    pub fn new(shared: Shared) -> AppState {
        AppState(Arc::new(shared))
    }
}

impl Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl FromRef<AppState> for Db {
    fn from_ref(state: &AppState) -> Db {
        state.db.clone()
    }
}

impl Shared {
    /// The caches a guide request's context is built with.
    pub fn lookups(&self) -> crate::web::guide_context::Lookups<'_> {
        crate::web::guide_context::Lookups { detections: &self.detections, languages: &self.languages }
    }

    /// Adds an entry to the audit log, stamped with the clock's time.
    pub async fn audit(&self, entry: crate::audit::NewEntry) -> anyhow::Result<()> {
        crate::db::audit::record(&self.db, entry, self.clock.now_ms()).await
    }

    /// A guide tenant by slug, through the short-lived tenant cache.
    pub async fn guide_tenant(&self, slug: &str) -> anyhow::Result<Option<std::sync::Arc<crate::brand::Tenant>>> {
        self.tenants.get(&self.db, slug, self.clock.now_ms()).await
    }
}
