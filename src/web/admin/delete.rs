//! Deleting a tenant with everything it owns, for owners of the installation: a page that says
//! what goes and a form that asks for the tenant's slug, exactly as it is.

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Deserialize;

use super::{admin_i18n, chrome, html};
use crate::audit::Action;
use crate::db::tenants;
use crate::i18n::I18n;
use crate::pages::admin_tenant_delete::{DeleteModel, render};
use crate::web::admin_auth::{AdminTenant, CsrfForm, InstallationOwner};
use crate::web::error::{AppError, AppResult};
use crate::web::paths::AdminLinks;
use crate::web::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/admin/tenants/{tenant}/delete", get(delete_page).post(delete_tenant))
}

fn page(admin: &AdminTenant, i18n: I18n, typed: String, error: Option<String>, status: StatusCode) -> Response {
    let links = AdminLinks::tenant(admin.tenant.slug.as_str());
    let model = DeleteModel {
        chrome: chrome(i18n, Some(&admin.user), Some((&admin.tenant, "settings"))),
        csrf: admin.user.csrf(),
        action: links.delete(),
        name: admin.tenant.name.clone(),
        slug: admin.tenant.slug.to_string(),
        export_href: links.export(),
        typed,
        error,
    };
    html(status, render(model))
}

async fn delete_page(_owner: InstallationOwner, admin: AdminTenant, headers: HeaderMap) -> Response {
    page(&admin, admin_i18n(&headers), String::new(), None, StatusCode::OK)
}

#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    confirm: String,
}

async fn delete_tenant(
    State(state): State<AppState>,
    _owner: InstallationOwner,
    admin: AdminTenant,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<DeleteForm>,
) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    if !admin.tenant.slug.is_confirmed_by(&form.confirm) {
        let error = i18n.t_args("admin-delete-mismatch", &[("slug", crate::i18n::arg(admin.tenant.slug.to_string()))]);
        return Ok(page(&admin, i18n, form.confirm, Some(error), StatusCode::UNPROCESSABLE_ENTITY));
    }
    let entry = |deleted: &tenants::Deleted| {
        crate::audit::tenant_deleted(admin.user.audit(Action::TenantDeleted), &admin.tenant, &deleted.admins)
    };
    tenants::delete(&state.db, admin.tenant.id, entry, state.clock.now_ms()).await?.ok_or(AppError::NotFound)?;
    state.tenants.invalidate();
    state.domains.invalidate();
    state.pages.clear();
    Ok(Redirect::to(&AdminLinks::home()).into_response())
}
