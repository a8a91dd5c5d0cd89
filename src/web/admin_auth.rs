//! Who is signed in to the admin pages, and to which tenants they may go. The extractors
//! reject by themselves: no session → the sign-in page; another tenant → not found.

use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;

use super::cookies;
use super::error::AppError;
use super::state::AppState;
use crate::brand::Tenant;
use crate::db::admins::Role;
use crate::db::sessions::{self, Session};
use crate::db::tenants;

pub struct AdminUser(pub Session);

pub enum AdminRejection {
    SignIn,
    Error(AppError),
}

impl IntoResponse for AdminRejection {
    fn into_response(self) -> Response {
        match self {
            AdminRejection::SignIn => Redirect::to(super::router::ADMIN_LOGIN).into_response(),
            AdminRejection::Error(e) => e.into_response(),
        }
    }
}

impl From<AppError> for AdminRejection {
    fn from(e: AppError) -> Self {
        AdminRejection::Error(e)
    }
}

impl FromRequestParts<AppState> for AdminUser {
    type Rejection = AdminRejection;

    #[tracing::instrument(skip_all)]
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let cookie = jar.get(cookies::SESSION).map(|c| c.value().to_owned()).ok_or(AdminRejection::SignIn)?;
        let session = sessions::find(&state.db, &cookie, state.clock.now_ms())
            .await
            .map_err(|e| AdminRejection::Error(AppError::Internal(e)))?
            .ok_or(AdminRejection::SignIn)?;
        Ok(AdminUser(session))
    }
}

impl AdminUser {
    pub fn require(&self, role: Role) -> Result<(), AppError> {
        if self.0.role >= role { Ok(()) } else { Err(AppError::Forbidden) }
    }

    pub fn check_csrf(&self, submitted: &str) -> Result<(), AppError> {
        if sessions::csrf_matches(&self.0, submitted) { Ok(()) } else { Err(AppError::Forbidden) }
    }

    /// An owner of every tenant: may change what concerns the whole installation, such as which
    /// host serves which tenant.
    pub fn manages_installation(&self) -> bool {
        self.0.role == Role::Owner && self.0.tenant_id.is_none()
    }

    pub fn may_see(&self, tenant: &Tenant) -> bool {
        self.0.tenant_id.is_none_or(|id| id == tenant.id)
    }
}

/// A tenant the signed-in administrator may manage, from the `{tenant}` path parameter.
pub struct AdminTenant {
    pub user: AdminUser,
    pub tenant: Tenant,
}

impl FromRequestParts<AppState> for AdminTenant {
    type Rejection = AdminRejection;

    #[tracing::instrument(skip_all)]
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = AdminUser::from_request_parts(parts, state).await?;
        let params = RawPathParams::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        let slug = params.iter().find(|(k, _)| *k == "tenant").map(|(_, v)| v.to_owned()).ok_or(AppError::NotFound)?;
        let tenant =
            tenants::find_by_slug(&state.db, &slug).await.map_err(AppError::Internal)?.ok_or(AppError::NotFound)?;
        if !user.may_see(&tenant) {
            return Err(AppError::NotFound.into());
        }
        Ok(AdminTenant { user, tenant })
    }
}
