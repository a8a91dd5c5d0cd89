//! `/api/v1`: JSON for scripts and dashboards, behind a tenant's bearer token.

use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::HeaderMap;
use axum::http::request::Parts;
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::error::{AppError, AppResult};
use super::state::AppState;
use crate::analytics::funnel::{self, Funnel, FunnelQuery};
use crate::brand::Tenant;
use crate::db::funnel::Seen;
use crate::db::{tenants, tokens};
use crate::detect::{self, Detection, Signals};
use crate::domain::flow_id::FlowId;
use crate::guide::chooser;
use crate::guide::policy::PasskeyPolicy;

/// A tenant reached with a valid token for it. An unknown tenant, a missing or revoked token,
/// and a token of another tenant all look the same from outside.
pub struct TenantToken(pub Tenant);

impl FromRequestParts<AppState> for TenantToken {
    type Rejection = AppError;

    #[tracing::instrument(skip_all)]
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Path(params) =
            Path::<Vec<(String, String)>>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        let slug = params.iter().find(|(k, _)| k == "tenant").map(|(_, v)| v.as_str()).ok_or(AppError::NotFound)?;
        let token = bearer(&parts.headers).ok_or(AppError::Unauthorized)?;
        let token_tenant = tokens::tenant_of(&state.db, token).await?.ok_or(AppError::Unauthorized)?;
        let tenant = tenants::find_by_slug(&state.db, slug).await?.ok_or(AppError::Unauthorized)?;
        if tenant.id != token_tenant {
            return Err(AppError::Unauthorized);
        }
        Ok(TenantToken(tenant))
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(axum::http::header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

/// The JSON API: a tenant's figures with a bearer token, and device detection.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/tenants/{tenant}/funnel", get(funnel))
        .route("/api/v1/tenants/{tenant}/coverage", get(coverage))
        .route("/api/v1/tenants/{tenant}/readiness", get(readiness))
        .route("/api/v1/tenants/{tenant}/usage", get(usage))
        .route("/api/v1/detect", get(detect))
}

/// `GET /api/v1/tenants/{tenant}/funnel`: the funnel read model (`analytics::funnel`), filtered
/// by `from`, `to`, `device`, `flow`, `language`, `campaign`, `profile` and `tests`; an unknown
/// value is a 400 that names the known ones.
pub async fn funnel(
    State(state): State<AppState>,
    TenantToken(tenant): TenantToken,
    Query(query): Query<FunnelQuery>,
) -> AppResult<Json<Funnel>> {
    Ok(Json(read_funnel(&state, &tenant, &query).await?.0))
}

/// The funnel of a tenant as a query asks for it, and the values its filters may take; shared
/// with the dashboard, which offers those values.
pub async fn read_funnel(state: &AppState, tenant: &Tenant, query: &FunnelQuery) -> AppResult<(Funnel, Seen)> {
    // Taken before reading: every event acknowledged by then is in the figures.
    let as_of = rfc3339(state.clock.now_ms());
    let today = tenant.time_zone.day_of(state.clock.now_ms());
    let seen = crate::db::funnel::seen(&state.db, tenant.id).await?;
    let slice = query.slice(tenant, &seen, today).map_err(|e| AppError::BadRequest(e.0))?;
    Ok((funnel::read(&state.db, tenant, &slice, as_of, today).await?, seen))
}

/// A moment as RFC 3339, UTC, to the second.
pub fn rfc3339(at_ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(at_ms.div_euclid(1000))
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default()
}

/// Passkey coverage from the latest Entra import.
pub async fn coverage(
    State(state): State<AppState>,
    TenantToken(tenant): TenantToken,
) -> AppResult<Json<serde_json::Value>> {
    let body = match crate::entra::coverage::summary(&state.db, tenant.id).await? {
        Some(c) => serde_json::to_value(&c).map_err(|e| AppError::Internal(e.into()))?,
        None => serde_json::json!({
            "in_scope": 0, "with_passkey": 0, "share": 0.0, "with_allowed_passkey": 0, "allowed_share": 0.0,
            "excluded": 0, "administrators": null, "waves": [],
            "imported_at": null,
            "adoption_target": crate::entra::coverage::ADOPTION_TARGET,
            "passwordless_threshold": crate::entra::coverage::PASSWORDLESS_THRESHOLD, "trend": []
        }),
    };
    Ok(Json(body))
}

#[derive(Deserialize)]
pub struct UsageQuery {
    days: Option<String>,
}

/// The longest window the usage figures look back over.
const MAX_USAGE_DAYS: u32 = 400;

/// `GET /api/v1/tenants/{tenant}/usage?days=N`: sign-in usage over the last N days (UTC days,
/// today included; 30 by default).
pub async fn usage(
    State(state): State<AppState>,
    TenantToken(tenant): TenantToken,
    Query(query): Query<UsageQuery>,
) -> AppResult<Json<crate::db::signins::Usage>> {
    let days =
        match query.days.as_deref() {
            None => 30,
            Some(value) => value.parse::<u32>().ok().filter(|d| (1..=MAX_USAGE_DAYS).contains(d)).ok_or_else(|| {
                AppError::BadRequest(format!("days must be a whole number from 1 to {MAX_USAGE_DAYS}"))
            })?,
        };
    let since = crate::clock::day_of(state.clock.now() - time::Duration::days(i64::from(days) - 1));
    Ok(Json(crate::db::signins::usage(&state.db, tenant.id, &since, days).await?))
}

/// `GET /api/v1/tenants/{tenant}/readiness`: the Entra settings that would make registration
/// fail, from the last configuration read and the latest report, in English.
#[derive(Debug, Serialize)]
pub struct Readiness {
    pub tenant: String,
    /// When the configuration was read (RFC 3339), `null` before the first read.
    pub fetched_at: Option<String>,
    pub checks: Vec<crate::entra::readiness::Check>,
}

pub async fn readiness(State(state): State<AppState>, TenantToken(tenant): TenantToken) -> AppResult<Json<Readiness>> {
    Ok(Json(readiness_of(&state, &tenant, &crate::i18n::I18n::new(crate::i18n::Locale::english())).await?))
}

/// The readiness of `tenant`, worded by `i18n` (the API in English, the admin pages in the
/// administrator's language).
pub async fn readiness_of(
    state: &AppState,
    tenant: &crate::brand::Tenant,
    i18n: &crate::i18n::I18n,
) -> AppResult<Readiness> {
    let stored = crate::db::configurations::latest(&state.db, tenant.id).await?;
    let coverage = crate::entra::coverage::summary(&state.db, tenant.id).await?;
    let checks = crate::entra::readiness::checks(stored.as_ref().map(|(c, _)| c), coverage.as_ref(), i18n);
    let fetched_at = stored.map(|(_, at)| rfc3339(at));
    Ok(Readiness { tenant: tenant.slug.to_string(), fetched_at, checks })
}

#[derive(Debug, Serialize)]
pub struct DetectResponse {
    #[serde(flatten)]
    pub detection: Detection,
    /// The walkthrough the guide would pick under the default policy.
    pub flow: Option<FlowId>,
}

impl DetectResponse {
    pub fn of(detection: Detection) -> DetectResponse {
        let flow = chooser::choose(&detection, &PasskeyPolicy::default()).flow;
        DetectResponse { detection, flow }
    }
}

/// What the server sees for this request: for the helpdesk.
pub async fn detect(headers: HeaderMap) -> Json<DetectResponse> {
    Json(DetectResponse::of(detect::detect(&Signals::from_headers(&headers))))
}
