//! The rollout dashboard and its CSV exports.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use super::admin_auth::AdminTenant;
use super::error::{AppError, AppResult};
use super::paths::AdminLinks;
use super::state::AppState;
use crate::analytics::funnel::{Funnel, FunnelQuery};
use crate::brand::Tenant;
use crate::components::admin_frame::AdminChrome;
use crate::db::admins::Role;
use crate::db::tenants;
use crate::db::tokens::{self, TokenKind};
use crate::i18n::{I18n, Locale};
use crate::pages;

/// The dashboard's query string: the funnel's filters, kept on every link and download.
fn query_string(q: &FunnelQuery) -> String {
    let mut out = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in [
        ("from", &q.from),
        ("to", &q.to),
        ("device", &q.device),
        ("flow", &q.flow),
        ("campaign", &q.campaign),
        ("language", &q.language),
        ("profile", &q.profile),
        ("tests", &q.tests),
    ] {
        if let Some(v) = v.as_deref().filter(|v| !v.is_empty()) {
            out.append_pair(k, v);
        }
    }
    out.finish()
}

/// The dashboard for administrators, and its figures-only copy behind a share link.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/tenants/{tenant}/dashboard", get(page))
        .route("/admin/tenants/{tenant}/dashboard/{file}", get(csv))
        .route("/share/{token}", get(shared_page))
        .route("/share/{token}/{file}", get(shared_csv))
}

pub async fn page(
    State(state): State<AppState>,
    admin: AdminTenant,
    headers: HeaderMap,
    Query(query): Query<FunnelQuery>,
) -> AppResult<Response> {
    let i18n = super::admin::admin_i18n(&headers);
    let chrome = super::admin::chrome(i18n.clone(), Some(&admin.user), Some((&admin.tenant, "dashboard")));
    let base = AdminLinks::tenant(admin.tenant.slug.as_str()).dashboard();
    let names = admin.user.0.role >= Role::Analyst;
    render_dashboard(&state, &admin.tenant, i18n, chrome, Audience { base, shared: None, names }, &query).await
}

/// `GET /share/{token}`: the same dashboard through a read-only link, without an account and
/// without the named stragglers.
pub async fn shared_page(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    Query(query): Query<FunnelQuery>,
) -> AppResult<Response> {
    let tenant = shared_tenant(&state, &token).await?;
    let i18n = super::admin::admin_i18n(&headers);
    let chrome = super::admin::chrome(i18n.clone(), None, None);
    let shared = pages::admin_dashboard::SharedView { tenant_name: tenant.name.clone() };
    let audience = Audience { base: format!("/share/{token}"), shared: Some(shared), names: false };
    let mut response = render_dashboard(&state, &tenant, i18n, chrome, audience, &query).await?;
    response.headers_mut().insert("x-robots-tag", HeaderValue::from_static("noindex, nofollow"));
    Ok(response)
}

/// `GET /share/{token}/{table}.csv`: the figures' tables; never the stragglers.
pub async fn shared_csv(
    State(state): State<AppState>,
    Path((token, file)): Path<(String, String)>,
    headers: HeaderMap,
    Query(query): Query<FunnelQuery>,
) -> AppResult<Response> {
    let tenant = shared_tenant(&state, &token).await?;
    if NAMED_LISTS.contains(&file.as_str()) {
        return Err(AppError::NotFound);
    }
    csv_response(&state, &tenant, &file, &super::admin::admin_i18n(&headers), &query).await
}

/// The downloads that name people: never through a read-only link.
const NAMED_LISTS: [&str; 5] = [
    "stragglers.csv",
    "stragglers-entra-group.csv",
    "forbidden-passkeys.csv",
    "password-only.csv",
    "legacy-clients.csv",
];

/// The header of Entra's "Bulk import group members" template: "Member object ID or user
/// principal name [memberObjectIdOrUpn] Required", one member per row. Microsoft Learn's
/// "Bulk remove group members" (2026-06) says the current group member template starts with this
/// header and no `version:v1.0` row; the older "Bulk import group members" page (2023) still
/// shows a version row first. The newer page is followed (checked 2026-12-02).
const ENTRA_GROUP_HEADER: &str = "Member object ID or user principal name [memberObjectIdOrUpn] Required";

async fn shared_tenant(state: &AppState, token: &str) -> AppResult<Tenant> {
    let id = tokens::tenant_of_kind(&state.db, token, TokenKind::Share).await?.ok_or(AppError::NotFound)?;
    tenants::find_by_id(&state.db, id).await?.ok_or(AppError::NotFound)
}

/// Who the dashboard is for: where its links go, whether through a read-only link, and whether
/// it offers the lists that name people.
struct Audience {
    base: String,
    shared: Option<pages::admin_dashboard::SharedView>,
    names: bool,
}

async fn render_dashboard(
    state: &AppState,
    tenant: &Tenant,
    i18n: I18n,
    chrome: AdminChrome,
    audience: Audience,
    query: &FunnelQuery,
) -> AppResult<Response> {
    let Audience { base, shared, names } = audience;
    let (funnel, seen) = super::api::read_funnel(state, tenant, query).await?;
    let qs = query_string(query);
    let coverage =
        crate::entra::coverage::summary(&state.db, tenant.id).await?.map(|c| pages::admin_dashboard::CoverageFigures {
            in_scope: c.in_scope,
            with_passkey: c.with_passkey,
            with_allowed_passkey: c.with_allowed_passkey,
            excluded: c.excluded,
            administrators: c.administrators.as_ref().map(|a| (a.in_scope, a.with_allowed_passkey)),
            waves: c
                .waves
                .iter()
                .map(|w| (w.wave.clone(), w.coverage.in_scope, w.coverage.with_allowed_passkey))
                .collect(),
            imported: c.imported_day.clone(),
            trend: c.trend.clone(),
        });
    let providers = crate::entra::providers::latest(&state.db, tenant.id, &tenant.policy).await?;
    let readiness = match shared {
        Some(_) => None,
        None => {
            let r = super::api::readiness_of(state, tenant, &i18n).await?;
            let fetched = crate::components::readiness::fetched_line(&i18n, r.fetched_at.as_deref());
            Some((r.checks, fetched))
        }
    };
    let entra_href = shared.is_none().then(|| super::paths::AdminLinks::tenant(tenant.slug.as_str()).entra());
    let since = crate::clock::day_of(state.clock.now() - time::Duration::days(29));
    let usage = Some(crate::db::signins::usage(&state.db, tenant.id, &since, 30).await?).filter(|u| u.people > 0);
    let model = pages::admin_dashboard::DashboardModel {
        entra_href,
        usage,
        chrome,
        filters: filter_values(&funnel, &seen, tenant, &i18n),
        funnel,
        action: base.clone(),
        csv: Box::new(
            move |table| if qs.is_empty() { format!("{base}/{table}.csv") } else { format!("{base}/{table}.csv?{qs}") },
        ),
        coverage,
        providers,
        readiness,
        shared,
        names,
    };
    let mut response = Html(pages::admin_dashboard::render(model)).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

pub async fn csv(
    State(state): State<AppState>,
    admin: AdminTenant,
    Path((_, file)): Path<(String, String)>,
    headers: HeaderMap,
    Query(query): Query<FunnelQuery>,
) -> AppResult<Response> {
    if NAMED_LISTS.contains(&file.as_str()) {
        admin.user.require(Role::Analyst)?;
    }
    csv_response(&state, &admin.tenant, &file, &super::admin::admin_i18n(&headers), &query).await
}

/// A download: a funnel table as the page shows it, or one of the lists.
async fn csv_response(
    state: &AppState,
    tenant: &Tenant,
    file: &str,
    i18n: &I18n,
    query: &FunnelQuery,
) -> AppResult<Response> {
    let table = file.strip_suffix(".csv").ok_or(AppError::NotFound)?;
    if table == "stragglers-entra-group" {
        let mut body = format!("{ENTRA_GROUP_HEADER}\r\n");
        for (upn, _) in crate::entra::coverage::stragglers(&state.db, tenant.id).await? {
            body.push_str(&upn);
            body.push_str("\r\n");
        }
        return super::download::csv_for_upload(&format!("{}-stragglers-entra-group.csv", tenant.slug), body);
    }
    let (funnel, _) = super::api::read_funnel(state, tenant, query).await?;
    let body = match table {
        _ if pages::dashboard_funnel::TABLES.contains(&table) => {
            let t = pages::dashboard_funnel::table(table, &funnel, i18n).ok_or(AppError::NotFound)?;
            super::download::table_csv(&t.header, &t.rows)?
        }
        "stragglers" => {
            #[derive(serde::Serialize)]
            struct Straggler {
                user_principal_name: String,
                display_name: String,
            }
            let rows: Vec<Straggler> = crate::entra::coverage::stragglers(&state.db, tenant.id)
                .await?
                .into_iter()
                .map(|(upn, name)| Straggler { user_principal_name: upn, display_name: name.unwrap_or_default() })
                .collect();
            super::download::to_csv(&rows)?
        }
        "password-only" | "legacy-clients" => {
            #[derive(serde::Serialize)]
            struct Person {
                user_principal_name: String,
            }
            let since = crate::clock::day_of(state.clock.now() - time::Duration::days(29));
            let (password_only, legacy) = crate::db::signins::in_the_way(&state.db, tenant.id, &since).await?;
            let names = if table == "password-only" { password_only } else { legacy };
            let rows: Vec<Person> = names.into_iter().map(|upn| Person { user_principal_name: upn }).collect();
            super::download::to_csv(&rows)?
        }
        "forbidden-passkeys" => {
            #[derive(serde::Serialize)]
            struct Forbidden {
                user_principal_name: String,
                display_name: String,
                methods_registered: String,
            }
            let rows: Vec<Forbidden> = crate::entra::coverage::forbidden_only(&state.db, tenant.id)
                .await?
                .into_iter()
                .map(|(upn, name, methods)| Forbidden {
                    user_principal_name: upn,
                    display_name: name.unwrap_or_default(),
                    methods_registered: methods,
                })
                .collect();
            super::download::to_csv(&rows)?
        }
        "providers" => {
            #[derive(serde::Serialize)]
            struct ProviderLine {
                provider: &'static str,
                registrations: i64,
                people: i64,
                allowed_by_policy: &'static str,
            }
            let rows: Vec<ProviderLine> = crate::entra::providers::latest(&state.db, tenant.id, &tenant.policy)
                .await?
                .unwrap_or_default()
                .into_iter()
                .map(|p| ProviderLine {
                    provider: p.provider.as_str(),
                    registrations: p.registrations,
                    people: p.people,
                    allowed_by_policy: if p.allowed { "yes" } else { "no" },
                })
                .collect();
            super::download::to_csv(&rows)?
        }
        _ => return Err(AppError::NotFound),
    };
    let (from, to) = (funnel.by_day.first().map_or(funnel.from, |d| d.day), funnel.to);
    super::download::csv_attachment(&format!("{}-{table}-{from}-{to}.csv", tenant.slug), body)
}

/// The filters' current values and the choices they offer: only what the tenant's funnel has
/// seen, named in the admin's language.
fn filter_values(
    funnel: &Funnel,
    seen: &crate::db::funnel::Seen,
    tenant: &Tenant,
    i18n: &I18n,
) -> pages::admin_dashboard::FilterValues {
    let f = &funnel.filters;
    let from = if funnel.from == crate::domain::day::Day::EARLIEST { String::new() } else { funnel.from.to_string() };
    let mut profiles: Vec<(String, String)> = tenant.profiles.iter().map(|p| (p.id.clone(), p.name.clone())).collect();
    for id in &seen.profiles {
        if !profiles.iter().any(|(known, _)| known == id) {
            profiles.push((id.clone(), id.clone()));
        }
    }
    pages::admin_dashboard::FilterValues {
        from,
        to: funnel.to.to_string(),
        device: f.device.map(|d| d.as_str().to_owned()).unwrap_or_default(),
        flow: f.flow.map(|f| f.as_str().to_owned()).unwrap_or_default(),
        campaign: f.campaign.clone().unwrap_or_default(),
        language: f.language.clone().unwrap_or_default(),
        profile: f.profile.clone().unwrap_or_default(),
        tests: f.tests,
        devices: seen.devices.iter().map(|d| (d.as_str().to_owned(), i18n.t(&format!("device-{d}")))).collect(),
        flows: seen.flows.iter().map(|f| (f.as_str().to_owned(), i18n.t(&format!("flow-{f}-title")))).collect(),
        languages: seen
            .locales
            .iter()
            .filter_map(|l| Locale::parse(l))
            .map(|l| (l.as_str().to_owned(), I18n::new(l.clone()).t("language-name")))
            .collect(),
        campaigns: seen.campaigns.iter().map(|c| (c.clone(), c.clone())).collect(),
        profiles,
        offer_tests: seen.tests || f.tests,
    }
}
