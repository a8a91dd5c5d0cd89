//! HTTP: routes, extractors, middleware. Handlers are thin: they read, record, and render.

pub mod admin;
pub mod admin_auth;
pub mod api;
pub mod assets;
pub mod caches;
pub mod client_ip;
pub mod cookies;
pub mod dashboard;
pub mod domains;
pub mod download;
pub mod entra;
pub mod error;
pub mod error_pages;
pub mod guide;
pub mod guide_context;
pub mod guide_event;
pub mod guide_query;
pub mod health;
pub mod listener;
pub mod oidc;
pub mod page_key;
pub mod passkeys;
pub mod password_checks;
pub mod paths;
pub mod pipeline;
pub mod rate_limit;
pub mod recipients;
pub mod request_id;
pub mod router;
pub mod security;
pub mod state;
pub mod transport;
pub mod upload;
pub mod webauthn;

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::Request;
use axum::http::StatusCode;
use axum::response::Response;
use tower::{Layer, Service, ServiceBuilder};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use state::AppState;

/// Largest request body: a logo upload or a registration report fits; anything larger is refused.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// The whole application: the router with its per-route limits, inside `pipeline` (which
/// runs first, because a custom domain changes the path the router matches).
pub fn app(
    state: AppState,
) -> impl Service<Request, Response = Response, Error = Infallible, Future: Send> + Clone + Send + Sync + 'static {
    let routed = router::router(state.clone()).layer(
        ServiceBuilder::new()
            .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
            .layer(CompressionLayer::new().quality(CompressionLevel::Fastest))
            .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(15))),
    );
    axum::middleware::from_fn_with_state(state, pipeline::every_request).layer(routed)
}
