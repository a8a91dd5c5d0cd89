//! The Entra ID page of a tenant: the Graph connection an owner enters (the client secret sealed,
//! never shown again), fetches started from the browser with their outcome, the readiness
//! checklist, and the sign-in page's branding offered as the guide's logo and colour.

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::admin_auth::{AdminTenant, CsrfForm, Editor, NoFields, Owner};
use super::error::{AppError, AppResult};
use super::paths::AdminLinks;
use super::state::AppState;
use crate::audit::{Action, Change};
use crate::commands::{Fetch, fetch_from_graph};
use crate::db::admins::Role;
use crate::db::graph_connections::{self, ConnectionChange, GraphConnection};
use crate::db::{entra_branding, entra_imports, exclusions, tenants};
use crate::entra::graph::GraphSettings;
use crate::pages::admin_entra::{BrandingOffer, ConnectionView, EntraModel, ImportView, ScopeView};
use crate::web::upload::Upload;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/tenants/{tenant}/entra", get(page))
        .route("/admin/tenants/{tenant}/entra/connection", post(save_connection))
        .route("/admin/tenants/{tenant}/entra/fetch", post(start_fetch))
        .route("/admin/tenants/{tenant}/entra/branding", post(use_branding))
        .route(
            "/admin/tenants/{tenant}/entra/report",
            post(upload_report).layer(DefaultBodyLimit::max(super::MAX_BODY_BYTES)),
        )
        .route("/admin/tenants/{tenant}/entra/imports/delete", post(delete_import))
        .route("/admin/tenants/{tenant}/entra/scope", post(save_scope))
        .route("/admin/tenants/{tenant}/entra/branding/logo", get(branding_logo))
}

pub async fn page(State(state): State<AppState>, admin: AdminTenant, headers: HeaderMap) -> AppResult<Response> {
    respond(&state, &admin, &headers, Vec::new(), StatusCode::OK).await
}

/// Imports listed on the page.
const HISTORY: i64 = 50;

async fn respond(
    state: &AppState,
    admin: &AdminTenant,
    headers: &HeaderMap,
    errors: Vec<(&'static str, String)>,
    status: StatusCode,
) -> AppResult<Response> {
    respond_with(state, admin, headers, Vec::new(), errors, status).await
}

async fn respond_with(
    state: &AppState,
    admin: &AdminTenant,
    headers: &HeaderMap,
    notices: Vec<String>,
    errors: Vec<(&'static str, String)>,
    status: StatusCode,
) -> AppResult<Response> {
    respond_full(state, admin, headers, notices, errors, None, status).await
}

/// The page, with `typed` in the exclusions field when a refused list is shown again.
async fn respond_full(
    state: &AppState,
    admin: &AdminTenant,
    headers: &HeaderMap,
    notices: Vec<String>,
    errors: Vec<(&'static str, String)>,
    typed: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let i18n = super::admin::admin_i18n(headers);
    let links = AdminLinks::tenant(admin.tenant.slug.as_str());
    let now = state.clock.now_ms();
    let connection = graph_connections::find(&state.db, admin.tenant.id).await?;
    let readiness = super::api::readiness_of(state, &admin.tenant, &i18n).await?;
    let fetched = crate::components::readiness::fetched_line(&i18n, readiness.fetched_at.as_deref());
    let logo_in_use = match entra_branding::logo(&state.db, admin.tenant.id).await? {
        Some((_, offered)) => tenants::logo(&state.db, admin.tenant.id).await?.is_some_and(|(_, used)| used == offered),
        None => false,
    };
    let branding = entra_branding::latest(&state.db, admin.tenant.id).await?.map(|b| BrandingOffer {
        read_at: crate::clock::utc_minute(b.fetched_at),
        logo_src: b.has_logo.then(|| links.entra_logo(b.fetched_at)),
        color: b.background_color.map(|c| c.to_hex()),
        color_used: b
            .background_color
            .map(|c| super::admin::color_in_use(c).to_hex())
            .filter(|used| Some(used) != b.background_color.map(|c| c.to_hex()).as_ref()),
        logo_in_use,
        color_in_use: b.background_color == Some(admin.tenant.primary_color),
    });
    let imports = entra_imports::list(&state.db, admin.tenant.id, HISTORY)
        .await?
        .into_iter()
        .map(|row| ImportView {
            id: row.id,
            when: crate::clock::utc_minute(row.created_at),
            source: match row.source.strip_prefix("graph:") {
                Some(directory) => {
                    i18n.t_args("admin-entra-import-graph", &[("directory", crate::i18n::arg(directory.to_owned()))])
                }
                None => row.source.clone(),
            },
            users: row.users,
            in_scope: row.in_scope,
            with_passkey: row.with_passkey,
            with_allowed_passkey: row.with_allowed_passkey,
        })
        .collect();
    let scope = ScopeView {
        text: match typed {
            Some(text) => text,
            None => exclusions::load(&state.db, admin.tenant.id).await?.patterns().join("\n"),
        },
        excluded: crate::entra::coverage::summary(&state.db, admin.tenant.id).await?.map(|c| c.excluded),
    };
    let model = EntraModel {
        chrome: super::admin::chrome(i18n, Some(&admin.user), Some((&admin.tenant, "entra"))),
        csrf: admin.user.0.csrf_token.expose_secret().to_owned(),
        is_owner: admin.user.0.role >= Role::Owner,
        can_edit: admin.user.0.role >= Role::Editor,
        can_seal: state.settings.secret_key.is_some(),
        connection: connection.as_ref().map(|c| ConnectionView {
            directory: c.directory.clone(),
            client_id: c.client_id.clone(),
            read_providers: c.read_providers,
            saved_at: crate::clock::utc_minute(c.updated_at),
            running_since: c
                .last_fetch
                .running(now)
                .then(|| c.last_fetch.started_at.map(crate::clock::utc_minute))
                .flatten(),
            finished_at: c.last_fetch.finished_at.map(crate::clock::utc_minute),
            summary: c.last_fetch.summary.as_deref().map(|s| s.lines().map(str::to_owned).collect()),
            error: c.last_fetch.error.clone(),
        }),
        connection_action: links.entra_connection(),
        fetch_action: links.entra_fetch(),
        branding_action: links.entra_branding(),
        report_action: links.entra_report(),
        delete_action: links.entra_import_delete(),
        scope_action: links.entra_scope(),
        scope,
        imports,
        notices,
        checks: readiness.checks,
        fetched,
        branding,
        errors,
    };
    let mut response = (status, Html(crate::pages::admin_entra::render(model))).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[derive(Deserialize)]
pub struct ConnectionForm {
    #[serde(default)]
    directory: String,
    #[serde(default)]
    client_id: String,
    #[serde(default)]
    client_secret: String,
    read_providers: Option<String>,
    /// Present when the "Remove the connection" button was pressed.
    remove: Option<String>,
}

/// Saves (or removes) the Graph connection. Every value is checked as `entra fetch` checks it;
/// the secret is sealed with the installation's key and never shown again.
pub async fn save_connection(
    State(state): State<AppState>,
    Owner(admin): Owner,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<ConnectionForm>,
) -> AppResult<Response> {
    let links = AdminLinks::tenant(admin.tenant.slug.as_str());
    let before = graph_connections::find(&state.db, admin.tenant.id).await?;
    if form.remove.is_some() {
        graph_connections::remove(&state.db, admin.tenant.id).await?;
        if let Some(before) = before {
            let changes = connection_changes(Some(&before), None, false);
            state.audit(admin.audit(Action::GraphConnectionRemoved).changes(changes)).await?;
        }
        return Ok(Redirect::to(&links.entra()).into_response());
    }
    let i18n = super::admin::admin_i18n(&headers);
    let Some(key) = state.settings.secret_key.as_ref() else {
        let errors = vec![("connection", i18n.t("admin-entra-no-key"))];
        return respond(&state, &admin, &headers, errors, StatusCode::CONFLICT).await;
    };
    let secret = SecretString::from(form.client_secret.trim().to_owned());
    let new_secret = !secret.expose_secret().is_empty();
    // The values are checked with a stand-in secret when the stored one is kept.
    let probe = if new_secret { secret.clone() } else { SecretString::from("kept".to_owned()) };
    let addresses = &state.settings.graph;
    let checked =
        GraphSettings::new(&form.directory, &form.client_id, probe, &addresses.login_url, &addresses.graph_url);
    let settings = match checked {
        Ok(settings) => settings,
        Err(e) => {
            let errors = vec![(
                "connection",
                i18n.t_args("admin-entra-refused", &[("reason", crate::i18n::arg(e.to_string()))]),
            )];
            return respond(&state, &admin, &headers, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let change = ConnectionChange {
        directory: settings.directory.as_str(),
        client_id: &settings.client_id,
        sealed_secret: new_secret.then(|| key.seal(admin.tenant.id, &secret)),
        read_providers: form.read_providers.is_some(),
    };
    if !graph_connections::save(&state.db, admin.tenant.id, change, state.clock.now_ms()).await? {
        let errors = vec![("client_secret", i18n.t("admin-entra-secret-needed"))];
        return respond(&state, &admin, &headers, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let after = graph_connections::find(&state.db, admin.tenant.id).await?;
    let changes = connection_changes(before.as_ref(), after.as_ref(), new_secret);
    if !changes.is_empty() {
        state.audit(admin.audit(Action::GraphConnectionSaved).changes(changes)).await?;
    }
    Ok(Redirect::to(&links.entra()).into_response())
}

/// What changed in the Graph connection, for the audit log: never the secret itself, only that a
/// new one was entered.
fn connection_changes(
    before: Option<&GraphConnection>,
    after: Option<&GraphConnection>,
    new_secret: bool,
) -> Vec<Change> {
    let fields = |c: Option<&GraphConnection>| {
        [
            ("directory", c.map(|c| c.directory.clone())),
            ("client_id", c.map(|c| c.client_id.clone())),
            ("read_providers", c.map(|c| if c.read_providers { "yes" } else { "no" }.to_owned())),
        ]
    };
    let mut changes: Vec<Change> = fields(before)
        .into_iter()
        .zip(fields(after))
        .filter(|((_, old), (_, new))| old != new)
        .map(|((field, old), (_, new))| Change::new(field, old, new))
        .collect();
    if new_secret {
        let old = before.map(|_| "sealed".to_owned());
        changes.push(Change::new("client_secret", old, Some("new, sealed".to_owned())));
    }
    changes
}

/// Starts a fetch of the configuration, the branding and the report in the background; the page
/// shows that it runs, and its outcome once it ends. One fetch per tenant at a time.
pub async fn start_fetch(
    State(state): State<AppState>,
    Owner(admin): Owner,
    headers: HeaderMap,
    _: CsrfForm<NoFields>,
) -> AppResult<Response> {
    let i18n = super::admin::admin_i18n(&headers);
    let Some(connection) = graph_connections::find(&state.db, admin.tenant.id).await? else {
        let errors = vec![("fetch", i18n.t("admin-entra-no-connection"))];
        return respond(&state, &admin, &headers, errors, StatusCode::CONFLICT).await;
    };
    let settings = match graph_settings(&state, admin.tenant.id, &connection) {
        Ok(settings) => settings,
        Err(reason) => {
            let errors = vec![("fetch", i18n.t_args("admin-entra-refused", &[("reason", crate::i18n::arg(reason))]))];
            return respond(&state, &admin, &headers, errors, StatusCode::CONFLICT).await;
        }
    };
    if !graph_connections::start_fetch(&state.db, admin.tenant.id, state.clock.now_ms()).await? {
        let errors = vec![("fetch", i18n.t("admin-entra-fetch-busy"))];
        return respond(&state, &admin, &headers, errors, StatusCode::CONFLICT).await;
    }
    state.audit(admin.audit(Action::EntraFetchStarted)).await?;
    let slug = admin.tenant.slug.to_string();
    let tenant_id = admin.tenant.id;
    let task_state = state.clone();
    tokio::spawn(async move {
        let state = task_state;
        let result = fetch_from_graph(&state.db, &slug, &settings, Fetch::Everything, state.clock.now_ms())
            .await
            .map_err(|e| format!("{e:#}"));
        if let Err(e) = &result {
            tracing::warn!(tenant = %slug, error = %e, "the fetch from Microsoft Graph failed");
        }
        // The passkey profiles may have changed.
        state.tenants.invalidate();
        if let Err(e) = graph_connections::finish_fetch(&state.db, tenant_id, result, state.clock.now_ms()).await {
            tracing::error!(tenant = %slug, error = %e, "could not record the end of a fetch");
        }
    });
    Ok(Redirect::to(&AdminLinks::tenant(admin.tenant.slug.as_str()).entra()).into_response())
}

fn graph_settings(state: &AppState, tenant_id: i64, connection: &GraphConnection) -> Result<GraphSettings, String> {
    let key = state.settings.secret_key.as_ref().ok_or_else(|| crate::entra::sealing::SealingError::Key.to_string())?;
    let secret = key.open(tenant_id, &connection.sealed_secret).map_err(|e| e.to_string())?;
    let addresses = &state.settings.graph;
    let mut settings = GraphSettings::new(
        &connection.directory,
        &connection.client_id,
        secret,
        &addresses.login_url,
        &addresses.graph_url,
    )
    .map_err(|e| e.to_string())?;
    settings.read_providers = connection.read_providers;
    Ok(settings)
}

#[derive(Deserialize)]
pub struct BrandingForm {
    /// `logo` or `color`.
    #[serde(rename = "use")]
    what: String,
}

/// Uses the sign-in page's banner logo or background colour as the guide's, through the same
/// checks as an upload or a colour typed in (the contrast adjustment is shown on the settings page).
pub async fn use_branding(
    State(state): State<AppState>,
    Editor(admin): Editor,
    CsrfForm(form): CsrfForm<BrandingForm>,
) -> AppResult<Response> {
    let links = AdminLinks::tenant(admin.tenant.slug.as_str());
    let mut changes = tenants::TenantChanges::default();
    let mut target = format!("{}?saved=1", links.settings());
    match form.what.as_str() {
        "logo" => {
            let (_, bytes) = entra_branding::logo(&state.db, admin.tenant.id).await?.ok_or(AppError::NotFound)?;
            let media_type = crate::brand::logo::check(&bytes).map_err(|_| AppError::NotFound)?;
            changes.logo = Some(Some((media_type.to_owned(), bytes)));
        }
        "color" => {
            let stored = entra_branding::latest(&state.db, admin.tenant.id).await?;
            let color = stored.and_then(|b| b.background_color).ok_or(AppError::NotFound)?;
            changes.primary_color = Some(color);
            if super::admin::color_in_use(color) != color {
                target.push_str(&format!(
                    "&adjusted={}",
                    url::form_urlencoded::byte_serialize(color.to_hex().as_bytes()).collect::<String>()
                ));
            }
        }
        _ => return Err(AppError::NotFound),
    }
    tenants::update(&state.db, admin.tenant.id, changes, state.clock.now_ms())
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
    state.tenants.invalidate();
    let entry = admin.settings_audit(&state, Action::EntraBrandingUsed).await?;
    state.audit(entry.unwrap_or_else(|| admin.audit(Action::EntraBrandingUsed).subject(form.what))).await?;
    Ok(Redirect::to(&target).into_response())
}

/// A registration report uploaded in the browser: checked whole (the same rules as
/// `entra import`), then stored as one import judged by the tenant's policy, or nothing.
pub async fn upload_report(
    State(state): State<AppState>,
    Editor(admin): Editor,
    headers: HeaderMap,
    multipart: axum::extract::Multipart,
) -> AppResult<Response> {
    let upload = Upload::read(multipart).await?;
    admin.user.check_csrf(upload.csrf())?;
    let i18n = super::admin::admin_i18n(&headers);
    let bytes = upload.field("report").map_or(&[][..], |b| &b[..]);
    let users = match crate::entra::report::parse(bytes) {
        Ok(users) => users,
        Err(e) => {
            let errors = vec![(
                "report",
                i18n.t_args("admin-entra-report-refused", &[("reason", crate::i18n::arg(e.to_string()))]),
            )];
            return respond(&state, &admin, &headers, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let source = upload.file_name("report").unwrap_or("upload").to_owned();
    crate::entra::coverage::store(
        &state.db,
        admin.tenant.id,
        &users,
        &admin.tenant.policy,
        &source,
        state.clock.now_ms(),
    )
    .await?;
    state.audit(admin.audit(Action::ReportImported).subject(format!("{source} ({} users)", users.len()))).await?;
    let c = crate::entra::coverage::summary(&state.db, admin.tenant.id).await?;
    let mut notices = vec![i18n.t_args(
        "admin-entra-report-imported",
        &[
            ("users", (users.len() as i64).into()),
            ("allowed", c.as_ref().map_or(0, |c| c.with_allowed_passkey).into()),
            ("in_scope", c.as_ref().map_or(0, |c| c.in_scope).into()),
        ],
    )];
    let unknown = crate::entra::report::unknown_methods(&users);
    if !unknown.is_empty() {
        let names: Vec<String> = unknown.iter().map(|(name, people)| format!("{name} ({people})")).collect();
        notices.push(i18n.t_args("admin-entra-report-unknown", &[("names", crate::i18n::arg(names.join(", ")))]));
    }
    respond_with(&state, &admin, &headers, notices, Vec::new(), StatusCode::OK).await
}

#[derive(Deserialize)]
pub struct ScopeForm {
    #[serde(default)]
    exclusions: String,
}

/// Saves the accounts left out of coverage and recounts the latest import.
pub async fn save_scope(
    State(state): State<AppState>,
    Editor(admin): Editor,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<ScopeForm>,
) -> AppResult<Response> {
    let i18n = super::admin::admin_i18n(&headers);
    match crate::entra::scope::Exclusions::parse(&form.exclusions) {
        Err(e) => {
            let errors = vec![("exclusions", e.to_string())];
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            respond_full(&state, &admin, &headers, Vec::new(), errors, Some(form.exclusions), status).await
        }
        Ok(list) => {
            let before = exclusions::load(&state.db, admin.tenant.id).await?;
            exclusions::replace(&state.db, admin.tenant.id, &list).await?;
            if before.patterns() != list.patterns() {
                let joined =
                    |e: &crate::entra::scope::Exclusions| Some(e.patterns().join(", ")).filter(|v| !v.is_empty());
                let change = Change::new("exclusions", joined(&before), joined(&list));
                state.audit(admin.audit(Action::ScopeChanged).changes(vec![change])).await?;
            }
            let notices = vec![i18n.t("admin-entra-exclusions-saved")];
            respond_with(&state, &admin, &headers, notices, Vec::new(), StatusCode::OK).await
        }
    }
}

#[derive(Deserialize)]
pub struct DeleteForm {
    id: i64,
}

/// Deletes a wrong import; coverage then comes from the one before it.
pub async fn delete_import(
    State(state): State<AppState>,
    Editor(admin): Editor,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> AppResult<Response> {
    let created_at = entra_imports::delete(&state.db, admin.tenant.id, form.id).await?.ok_or(AppError::NotFound)?;
    let when = crate::clock::utc_minute(created_at);
    state.audit(admin.audit(Action::ImportDeleted).subject(format!("#{} ({when})", form.id))).await?;
    let i18n = super::admin::admin_i18n(&headers);
    let notices = vec![i18n.t_args("admin-entra-import-deleted", &[("when", crate::i18n::arg(when))])];
    respond_with(&state, &admin, &headers, notices, Vec::new(), StatusCode::OK).await
}

/// The stored banner logo, for the admin's own page (it is not the guide's until used).
pub async fn branding_logo(State(state): State<AppState>, admin: AdminTenant) -> AppResult<Response> {
    let (_, bytes) = entra_branding::logo(&state.db, admin.tenant.id).await?.ok_or(AppError::NotFound)?;
    let media_type = crate::brand::logo::check(&bytes).map_err(|_| AppError::NotFound)?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    headers.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    Ok(response)
}
