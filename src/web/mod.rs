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
pub mod error;
pub mod error_pages;
pub mod guide;
pub mod guide_context;
pub mod health;
pub mod rate_limit;
pub mod recipients;
pub mod request_id;
pub mod router;
pub mod security;
pub mod state;

use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, StatusCode};
use tower::ServiceBuilder;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use state::AppState;

/// Largest request body: a logo upload or a registration report fits; anything larger is refused.
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// The whole application with its middleware.
pub fn app(state: AppState) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    let routed = router::router(state.clone())
        .layer(axum::middleware::from_fn(error_pages::render_errors))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::security_headers))
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(request_id.clone(), request_id::Sequential::new()))
                .layer(TraceLayer::new_for_http().make_span_with(|request: &axum::http::Request<_>| {
                    let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("");
                    // Debug level: off by default, so a busy guide pays nothing for it.
                    tracing::debug_span!("request", method = %request.method(), path = %request.uri().path(), request_id = %id)
                }))
                .layer(PropagateRequestIdLayer::new(request_id))
                .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
                .layer(CompressionLayer::new().quality(CompressionLevel::Fastest))
                .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(15))),
        );
    // Custom domains rewrite the path, so they must run before the router matches it.
    let rewritten = tower::Layer::layer(&axum::middleware::from_fn_with_state(state, domains::custom_domains), routed);
    Router::new().fallback_service(rewritten)
}
