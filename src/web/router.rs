//! The application's routes: each area owns its own, and the router only merges them.

use axum::Router;

use super::state::AppState;
use super::{admin, api, assets, dashboard, entra, guide, health, recipients};

pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(health::routes())
        .merge(assets::routes())
        .merge(guide::routes())
        .merge(api::routes())
        .merge(dashboard::routes())
        .merge(admin::routes())
        .merge(entra::routes())
        .merge(recipients::routes())
        .merge(super::oidc::routes())
        .merge(super::passkeys::routes())
        .with_state(state)
}
