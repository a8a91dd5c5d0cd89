//! The audit log in the admin: one tenant's for its owners, every tenant's for owners of the
//! installation, each as a page (the newest entries) and as CSV (all of them). Read only.

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use serde::Deserialize;

use super::{admin_i18n, chrome, html};
use crate::audit::{self, Entry};
use crate::db::audit::{AuditFilter, list};
use crate::domain::day::Day;
use crate::i18n::I18n;
use crate::pages::admin_audit::{AuditModel, AuditRow};
use crate::web::admin_auth::{InstallationOwner, Owner};
use crate::web::download::{csv_attachment, table_csv};
use crate::web::error::{AppError, AppResult};
use crate::web::paths::AdminLinks;
use crate::web::state::AppState;

/// Entries a page shows; the CSV has every one.
const PAGE: i64 = 300;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/audit", get(installation_page))
        .route("/admin/audit.csv", get(installation_csv))
        .route("/admin/tenants/{tenant}/audit", get(tenant_page))
        .route("/admin/tenants/{tenant}/audit.csv", get(tenant_csv))
}

#[derive(Deserialize, Default)]
pub struct AuditQuery {
    since: Option<String>,
}

impl AuditQuery {
    /// The first day shown (UTC), if a valid one was asked for; `Err` for one that is not a date.
    fn since(&self) -> Result<Option<Day>, ()> {
        match self.since.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(s) => Day::parse(s).map(Some).ok_or(()),
        }
    }

    fn filter(&self, tenant_id: Option<i64>, limit: Option<i64>) -> AuditFilter {
        let since_ms = self.since().ok().flatten().map(|d| d.start_utc_ms());
        AuditFilter { tenant_id, since_ms, limit }
    }
}

fn rows(entries: Vec<Entry>, i18n: &I18n) -> Vec<AuditRow> {
    entries
        .into_iter()
        .map(|e| AuditRow {
            when: crate::clock::utc_minute(e.at_ms),
            actor: e.actor,
            tenant: e.tenant_slug.unwrap_or_default(),
            action: e.action.map(|a| i18n.t(&a.message_id())).unwrap_or(e.action_name),
            subject: e.subject,
            changes: e.changes.iter().map(audit::describe).collect(),
        })
        .collect()
}

async fn page(
    state: &AppState,
    headers: &HeaderMap,
    query: &AuditQuery,
    chrome: crate::components::admin_frame::AdminChrome,
    tenant: Option<(i64, String)>,
    csv_href: String,
) -> AppResult<Response> {
    let i18n = admin_i18n(headers);
    let mut entries = list(&state.db, &query.filter(tenant.as_ref().map(|t| t.0), Some(PAGE + 1))).await?;
    let more = entries.len() as i64 > PAGE;
    entries.truncate(PAGE as usize);
    let since_error = query.since().is_err();
    let model = AuditModel {
        chrome,
        tenant_name: tenant.map(|t| t.1),
        rows: rows(entries, &i18n),
        more,
        since: query.since.clone().unwrap_or_default(),
        since_error,
        csv_href,
    };
    let status = if since_error { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok(html(status, crate::pages::admin_audit::render(model)))
}

async fn installation_page(
    State(state): State<AppState>,
    InstallationOwner(user): InstallationOwner,
    headers: HeaderMap,
    Query(query): Query<AuditQuery>,
) -> AppResult<Response> {
    let chrome = chrome(admin_i18n(&headers), Some(&user), None);
    page(&state, &headers, &query, chrome, None, with_query(&AdminLinks::installation_audit_csv(), &query)).await
}

async fn tenant_page(
    State(state): State<AppState>,
    Owner(admin): Owner,
    headers: HeaderMap,
    Query(query): Query<AuditQuery>,
) -> AppResult<Response> {
    let chrome = chrome(admin_i18n(&headers), Some(&admin.user), Some((&admin.tenant, "audit")));
    let csv = with_query(&AdminLinks::tenant(admin.tenant.slug.as_str()).audit_csv(), &query);
    page(&state, &headers, &query, chrome, Some((admin.tenant.id, admin.tenant.name.clone())), csv).await
}

fn with_query(path: &str, query: &AuditQuery) -> String {
    match query.since().ok().flatten() {
        Some(day) => format!("{path}?since={day}"),
        None => path.to_owned(),
    }
}

async fn csv(state: &AppState, query: &AuditQuery, tenant_id: Option<i64>, filename: &str) -> AppResult<Response> {
    query.since().map_err(|()| AppError::BadRequest("since must be a date, YYYY-MM-DD".into()))?;
    let mut entries = list(&state.db, &query.filter(tenant_id, None)).await?;
    entries.reverse();
    let (header, rows) = audit::table(&entries);
    csv_attachment(filename, table_csv(&header, &rows)?)
}

async fn installation_csv(
    State(state): State<AppState>,
    _owner: InstallationOwner,
    Query(query): Query<AuditQuery>,
) -> AppResult<Response> {
    csv(&state, &query, None, "audit-log.csv").await
}

async fn tenant_csv(
    State(state): State<AppState>,
    Owner(admin): Owner,
    Query(query): Query<AuditQuery>,
) -> AppResult<Response> {
    csv(&state, &query, Some(admin.tenant.id), &format!("audit-log-{}.csv", admin.tenant.slug)).await
}
