//! `GET /healthz`: 200 when the database answers.

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;

use super::state::AppState;
use crate::db::Db;

pub fn routes() -> Router<AppState> {
    Router::new().route("/healthz", get(healthz))
}

pub async fn healthz(State(db): State<Db>) -> (StatusCode, &'static str) {
    if db.ping().await { (StatusCode::OK, "ok\n") } else { (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n") }
}
