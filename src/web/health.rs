//! `GET /healthz`: 200 when the database answers.

use axum::extract::State;
use axum::http::StatusCode;

use crate::db::Db;

pub async fn healthz(State(db): State<Db>) -> (StatusCode, &'static str) {
    if db.ping().await { (StatusCode::OK, "ok\n") } else { (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n") }
}
