//! The admin home: the tenants an administrator may see, and creating one.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::{admin_i18n, chrome, html};
use crate::audit::{Action, NewEntry};
use crate::brand::validate;
use crate::db::tenants;
use crate::domain::tenant_slug::TenantSlug;
use crate::guide::policy::PasskeyPolicy;
use crate::pages;
use crate::web::admin_auth::{AdminUser, CsrfForm, InstallationOwner};
use crate::web::error::{AppError, AppResult};
use crate::web::paths::{ADMIN_HOME, AdminLinks};
use crate::web::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route(ADMIN_HOME, get(index)).route("/admin/tenants", post(create_tenant))
}

pub async fn index(State(state): State<AppState>, user: AdminUser, headers: HeaderMap) -> AppResult<Response> {
    index_page(&state, &user, &headers, None, StatusCode::OK).await
}

async fn index_page(
    state: &AppState,
    user: &AdminUser,
    headers: &HeaderMap,
    error: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let i18n = admin_i18n(headers);
    let tenants_seen: Vec<_> = tenants::list(&state.db).await?.into_iter().filter(|t| user.may_see(t)).collect();
    let mut list = Vec::with_capacity(tenants_seen.len());
    for t in tenants_seen {
        let links = AdminLinks::tenant(t.slug.as_str());
        let checks = crate::web::api::readiness_of(state, &t, &i18n).await?.checks;
        let ready = checks.iter().filter(|c| c.ok == Some(true)).count() as i64;
        let readiness =
            i18n.t_args("readiness-summary", &[("ready", ready.into()), ("total", (checks.len() as i64).into())]);
        list.push(pages::admin_tenants::TenantLink {
            name: t.name.clone(),
            slug: t.slug.to_string(),
            settings_href: links.settings(),
            dashboard_href: links.dashboard(),
            guide_href: format!("/{}", t.slug),
            readiness,
        });
    }
    let create = user.manages_installation().then(|| pages::admin_tenants::CreateForm {
        action: AdminLinks::create_tenant(),
        csrf: user.csrf(),
        error,
    });
    let installation = if user.manages_installation() {
        vec![
            (i18n.t("admin-accounts"), AdminLinks::accounts()),
            (i18n.t("admin-audit-title"), AdminLinks::installation_audit()),
        ]
    } else {
        Vec::new()
    };
    Ok(html(status, pages::admin_tenants::render(chrome(i18n, Some(user), None), list, create, installation)))
}

#[derive(Deserialize)]
pub struct CreateTenantForm {
    slug: String,
    name: String,
}

pub async fn create_tenant(
    State(state): State<AppState>,
    InstallationOwner(user): InstallationOwner,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<CreateTenantForm>,
) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    let slug = match TenantSlug::parse(form.slug.trim()) {
        Ok(slug) => slug,
        Err(_) => {
            return index_page(
                &state,
                &user,
                &headers,
                Some(i18n.t("admin-error-slug")),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let name = match validate::name(&form.name) {
        Ok(name) => name,
        Err(e) => {
            return index_page(&state, &user, &headers, Some(i18n.t(e.message_id())), StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        }
    };
    match tenants::create(
        &state.db,
        tenants::NewTenant { slug: &slug, name: &name, policy: PasskeyPolicy::default() },
        state.clock.now_ms(),
    )
    .await
    {
        Ok(id) => {
            let entry = user.audit(Action::TenantCreated).subject(name.clone());
            state.audit(NewEntry { tenant: Some((id, slug.to_string())), ..entry }).await?;
            Ok(Redirect::to(&AdminLinks::tenant(slug.as_str()).settings()).into_response())
        }
        Err(tenants::TenantWriteError::Taken) => {
            index_page(&state, &user, &headers, Some(i18n.t("admin-error-slug-taken")), StatusCode::CONFLICT).await
        }
        Err(tenants::TenantWriteError::Other(e)) => Err(AppError::Internal(e)),
    }
}
