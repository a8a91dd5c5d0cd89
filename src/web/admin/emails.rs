//! The rollout emails, per language and passkey profile, to read and to download as `.eml`.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

use super::{admin_i18n, chrome, html, origin};
use crate::brand::Tenant;
use crate::brand::emails::{self, EmailKind};
use crate::i18n::{I18n, Locale};
use crate::pages;
use crate::web::admin_auth::AdminTenant;
use crate::web::error::{AppError, AppResult};
use crate::web::paths::AdminLinks;
use crate::web::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/tenants/{tenant}/emails", get(emails_page))
        .route("/admin/tenants/{tenant}/emails/{file}", get(email_eml))
}

#[derive(Deserialize, Default)]
pub struct LangQuery {
    lang: Option<String>,
    /// The passkey profile the emails link to.
    p: Option<String>,
}

impl LangQuery {
    /// The tenant's profile the query names (its id as stored), if any.
    fn profile<'a>(&self, tenant: &'a Tenant) -> Option<&'a str> {
        self.p.as_deref().and_then(|id| tenant.profile(id)).map(|p| p.id.as_str())
    }
}

pub async fn emails_page(
    State(state): State<AppState>,
    admin: AdminTenant,
    headers: HeaderMap,
    Query(q): Query<LangQuery>,
) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    let tenant = &admin.tenant;
    let lang = q
        .lang
        .as_deref()
        .and_then(Locale::parse)
        .filter(|l| tenant.locales.contains(l))
        .unwrap_or_else(|| tenant.default_locale.clone());
    let links = AdminLinks::tenant(tenant.slug.as_str());
    let mail_i18n = I18n::new(lang.clone());
    let origin = origin(&state, &headers);
    let profile = q.profile(tenant);
    let emails = EmailKind::ALL
        .into_iter()
        .map(|kind| {
            let link = emails::guide_link(&origin, tenant, kind, lang.as_str(), profile);
            (emails::compose(kind, tenant, &mail_i18n, &link), links.eml(kind.as_str(), lang.as_str(), profile))
        })
        .collect();
    let languages = tenant
        .locales
        .iter()
        .map(|l| {
            (l.as_str(), I18n::new(l.clone()).t("language-name"), links.emails_in(l.as_str(), profile), *l == lang)
        })
        .collect();
    // One set of emails per passkey profile, so each group's wave gets its own link. Without
    // `?p=` the emails link to the default profile.
    let profiles = if tenant.profiles.len() > 1 {
        tenant
            .profiles
            .iter()
            .map(|p| {
                let current = match profile {
                    Some(id) => id == p.id,
                    None => p.policy == tenant.policy,
                };
                (p.name.clone(), links.emails_in(lang.as_str(), Some(p.id.as_str())), current)
            })
            .collect()
    } else {
        Vec::new()
    };
    let model = pages::admin_emails::EmailsModel {
        chrome: chrome(i18n, Some(&admin.user), Some((tenant, "emails"))),
        languages,
        profiles,
        emails,
        script: *crate::web::assets::ADMIN_SCRIPT_URL,
    };
    Ok(html(StatusCode::OK, pages::admin_emails::render(model)))
}

pub async fn email_eml(
    State(state): State<AppState>,
    admin: AdminTenant,
    headers: HeaderMap,
    Path((_, file)): Path<(String, String)>,
    Query(q): Query<LangQuery>,
) -> AppResult<Response> {
    let kind = file.strip_suffix(".eml").and_then(EmailKind::parse).ok_or(AppError::NotFound)?;
    let tenant = &admin.tenant;
    let lang = q
        .lang
        .as_deref()
        .and_then(Locale::parse)
        .filter(|l| tenant.locales.contains(l))
        .unwrap_or_else(|| tenant.default_locale.clone());
    let link = emails::guide_link(&origin(&state, &headers), tenant, kind, lang.as_str(), q.profile(tenant));
    let email = emails::compose(kind, tenant, &I18n::new(lang.clone()), &link);
    let eml = emails::to_eml(&email, &format!("{}{}", tenant.branding_version, kind.as_str()));
    let disposition = format!("attachment; filename=\"{}-{}-{}.eml\"", tenant.slug, kind.as_str(), lang.as_str());
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("message/rfc822")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).map_err(|_| AppError::NotFound)?),
        ],
        eml,
    )
        .into_response())
}
