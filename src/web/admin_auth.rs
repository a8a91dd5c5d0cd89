//! Who is signed in to the admin pages, what they may do, and to which tenants they may go.
//! The extractors reject by themselves: no session → the sign-in page; another tenant → not
//! found; a role too low (`Analyst`, `Editor`, `Owner`, `InstallationOwner`) or a form without
//! the session's CSRF token (`CsrfForm`) → forbidden.

use std::ops::Deref;

use axum::extract::{FromRequest, FromRequestParts, RawPathParams, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use bytes::Bytes;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::cookies;
use super::error::AppError;
use super::state::AppState;
use crate::audit::{Action, Actor, NewEntry};
use crate::brand::Tenant;
use crate::db::admins::Role;
use crate::db::sessions::{self, Session};
use crate::db::tenants;
use secrecy::ExposeSecret;

pub struct AdminUser(pub Session);

pub enum AdminRejection {
    SignIn,
    Error(AppError),
}

impl IntoResponse for AdminRejection {
    fn into_response(self) -> Response {
        match self {
            AdminRejection::SignIn => Redirect::to(super::paths::ADMIN_LOGIN).into_response(),
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
        // Several extractors of one request ask: the session is read once.
        if let Some(session) = parts.extensions.get::<Session>() {
            return Ok(AdminUser(session.clone()));
        }
        let jar = CookieJar::from_headers(&parts.headers);
        let cookie = jar.get(cookies::SESSION).map(|c| c.value().to_owned()).ok_or(AdminRejection::SignIn)?;
        let session = sessions::find(&state.db, &cookie, state.clock.now_ms())
            .await
            .map_err(|e| AdminRejection::Error(AppError::Internal(e)))?
            .ok_or(AdminRejection::SignIn)?;
        parts.extensions.insert(session.clone());
        Ok(AdminUser(session))
    }
}

impl AdminUser {
    pub fn require(&self, role: Role) -> Result<(), AppError> {
        if self.0.role >= role { Ok(()) } else { Err(AppError::Forbidden) }
    }

    /// The session's CSRF token, for the forms a page renders.
    pub fn csrf(&self) -> String {
        self.0.csrf_token.expose_secret().to_owned()
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

    /// An audit entry of something this administrator did.
    pub fn audit(&self, action: Action) -> NewEntry {
        NewEntry::new(Actor::admin(&self.0), action)
    }
}

/// A tenant the signed-in administrator may manage, from the `{tenant}` path parameter.
pub struct AdminTenant {
    pub user: AdminUser,
    pub tenant: Tenant,
}

impl AdminTenant {
    /// An audit entry of something this administrator did to this tenant.
    pub fn audit(&self, action: Action) -> NewEntry {
        self.user.audit(action).tenant(&self.tenant)
    }

    /// An audit entry of a change to this tenant's settings, old → new, read back after the
    /// change; `None` when nothing changed.
    pub async fn settings_audit(&self, state: &AppState, action: Action) -> anyhow::Result<Option<NewEntry>> {
        let Some(after) = tenants::find_by_id(&state.db, self.tenant.id).await? else { return Ok(None) };
        let changes = crate::audit::tenant_fields::changes(&self.tenant, &after);
        Ok((!changes.is_empty()).then(|| self.audit(action).changes(changes)))
    }
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

/// A tenant page for administrators with at least one role: `Analyst` (figures and the lists
/// that name people), `Editor` (changes the guide), `Owner` (tokens, connections, the tenant).
macro_rules! tenant_role {
    ($name:ident, $role:expr) => {
        pub struct $name(pub AdminTenant);

        impl FromRequestParts<AppState> for $name {
            type Rejection = AdminRejection;

            async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
                let admin = AdminTenant::from_request_parts(parts, state).await?;
                admin.user.require($role)?;
                Ok($name(admin))
            }
        }

        impl Deref for $name {
            type Target = AdminTenant;

            fn deref(&self) -> &AdminTenant {
                &self.0
            }
        }
    };
}

tenant_role!(Analyst, Role::Analyst);
tenant_role!(Editor, Role::Editor);
tenant_role!(Owner, Role::Owner);

/// An owner of every tenant: creates tenants, manages administrators and domains.
pub struct InstallationOwner(pub AdminUser);

impl FromRequestParts<AppState> for InstallationOwner {
    type Rejection = AdminRejection;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let user = AdminUser::from_request_parts(parts, state).await?;
        if user.manages_installation() { Ok(InstallationOwner(user)) } else { Err(AppError::Forbidden.into()) }
    }
}

impl Deref for InstallationOwner {
    type Target = AdminUser;

    fn deref(&self) -> &AdminUser {
        &self.0
    }
}

/// A form posted by a signed-in administrator, read only when it carries the session's CSRF
/// token in its `_csrf` field (which `T` need not declare).
pub struct CsrfForm<T>(pub T);

/// A form with nothing but its CSRF token, such as signing out.
#[derive(Deserialize)]
pub struct NoFields {}

#[derive(Deserialize)]
struct CsrfField {
    #[serde(rename = "_csrf", default)]
    csrf: String,
}

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AdminRejection;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (mut parts, body) = request.into_parts();
        let user = AdminUser::from_request_parts(&mut parts, state).await?;
        let bytes = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|_| AppError::BadRequest("the form could not be read".into()))?;
        let malformed = |_| AppError::BadRequest("the form is malformed".into());
        let CsrfField { csrf } = serde_html_form::from_bytes(&bytes).map_err(malformed)?;
        user.check_csrf(&csrf)?;
        Ok(CsrfForm(serde_html_form::from_bytes(&bytes).map_err(malformed)?))
    }
}
