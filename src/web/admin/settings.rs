//! A tenant's settings: branding, support contacts, languages, the hand-off address, the
//! passkey policy, the logo, and the live preview of the guide.

use axum::Router;
use axum::extract::{Multipart, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tower::ServiceExt;

use super::{admin_i18n, chrome, html};
use crate::audit::Action;
use crate::brand::{Tenant, logo, validate};
use crate::db::admins::Role;
use crate::db::tenants;
use crate::guide::policy::PasskeyPolicy;
use crate::i18n::{I18n, Locale};
use crate::pages;
use crate::web::admin_auth::{AdminTenant, CsrfForm, Editor};
use crate::web::error::{AppError, AppResult};
use crate::web::guide_context::Preview;
use crate::web::paths::{AdminLinks, Links};
use crate::web::state::AppState;
use crate::web::upload::Upload;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/tenants/{tenant}", get(settings_page).post(save_settings))
        .route("/admin/tenants/{tenant}/logo", post(upload_logo))
        .route("/admin/tenants/{tenant}/preview", get(preview).post(preview))
        .route("/admin/tenants/{tenant}/preview/{*rest}", get(preview).post(preview))
        .route("/admin/tenants/{tenant}/preview-color", get(color_in_use_json))
}

fn values_of(tenant: &Tenant) -> pages::admin_settings::SettingsValues {
    pages::admin_settings::SettingsValues {
        name: tenant.name.clone(),
        primary_color: tenant.primary_color.to_hex(),
        support_email: tenant.support.email.clone().unwrap_or_default(),
        support_phone: tenant.support.phone.clone().unwrap_or_default(),
        support_url: tenant.support.url.clone().unwrap_or_default(),
        handoff_url: tenant.handoff_url.as_str().to_owned(),
        domain: tenant.domain.clone().unwrap_or_default(),
        time_zone: tenant.time_zone.name().to_owned(),
        languages: Locale::supported()
            .into_iter()
            .map(|l| (l.as_str(), I18n::new(l.clone()).t("language-name"), tenant.locales.contains(&l)))
            .collect(),
        default_language: tenant.default_locale.as_str().to_owned(),
        passkeys: validate::passkey_types_name(tenant.policy.allow_synced, tenant.policy.allow_device_bound).to_owned(),
        enforce_attestation: tenant.policy.enforce_attestation,
        key_restriction: tenant.policy.key_restrictions.kind().to_owned(),
        aaguids: tenant.policy.key_restrictions.aaguids_joined("\n"),
        windows_hello: tenant.policy.windows_hello,
    }
}

#[derive(Deserialize, Default)]
pub struct SettingsQuery {
    saved: Option<String>,
    adjusted: Option<String>,
}

pub async fn settings_page(
    admin: AdminTenant,
    headers: HeaderMap,
    Query(query): Query<SettingsQuery>,
) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    let mut notices = Vec::new();
    if query.saved.is_some() {
        notices.push(i18n.t("admin-saved"));
    }
    if let Some(adjusted) = query.adjusted.as_deref().and_then(|c| validate::color(c).ok()) {
        notices.push(i18n.t_args(
            "admin-color-adjusted",
            &[
                ("chosen", crate::i18n::arg(adjusted.to_hex())),
                ("used", crate::i18n::arg(adjusted.nearest_with_contrast(WHITE, AA).to_hex())),
            ],
        ));
    }
    let values = values_of(&admin.tenant);
    Ok(settings_response(&admin, i18n, values, Vec::new(), notices, StatusCode::OK))
}

/// The colour the guide really uses for `chosen`: the nearest one with AA contrast on white.
pub fn color_in_use(chosen: crate::domain::brand_color::BrandColor) -> crate::domain::brand_color::BrandColor {
    chosen.nearest_with_contrast(WHITE, AA)
}

const WHITE: crate::domain::brand_color::BrandColor = crate::domain::brand_color::BrandColor::rgb(255, 255, 255);
const AA: f64 = crate::brand::stylesheet::AA;

/// The devices, languages and passkey profiles the preview can show, the visitor's own first.
fn preview_choices(tenant: &Tenant, i18n: &I18n) -> pages::admin_settings::PreviewChoices {
    let detected = (String::new(), i18n.t("admin-preview-this-device"));
    let devices = std::iter::once(detected)
        .chain(
            crate::domain::device::Device::ALL
                .into_iter()
                .filter(|d| *d != crate::domain::device::Device::Bot)
                .map(|d| (d.as_str().to_owned(), i18n.t(&format!("device-{d}")))),
        )
        .collect();
    let languages = std::iter::once(tenant.default_locale.clone())
        .chain(tenant.locales.iter().filter(|l| **l != tenant.default_locale).cloned())
        .map(|l| (l.as_str().to_owned(), I18n::new(l).t("language-name")))
        .collect();
    let profiles = if tenant.profiles.len() > 1 {
        tenant.profiles.iter().map(|p| (p.id.clone(), p.name.clone())).collect()
    } else {
        Vec::new()
    };
    pages::admin_settings::PreviewChoices { devices, languages, profiles }
}

fn settings_response(
    admin: &AdminTenant,
    i18n: I18n,
    values: pages::admin_settings::SettingsValues,
    errors: Vec<(&'static str, String)>,
    notices: Vec<String>,
    status: StatusCode,
) -> Response {
    let links = AdminLinks::tenant(admin.tenant.slug.as_str());
    let i18n_for_choices = i18n.clone();
    let model = pages::admin_settings::SettingsModel {
        chrome: chrome(i18n, Some(&admin.user), Some((&admin.tenant, "settings"))),
        can_edit: admin.user.0.role >= Role::Editor,
        can_set_domain: admin.user.manages_installation(),
        csrf: admin.user.csrf(),
        action: links.settings(),
        logo_action: links.logo(),
        values,
        errors,
        notices,
        preview_href: links.preview(),
        logo_src: admin
            .tenant
            .has_logo()
            .then(|| Links::logo(admin.tenant.slug.as_str(), admin.tenant.branding_version)),
        script: *crate::web::assets::ADMIN_SCRIPT_URL,
        preview_choices: preview_choices(&admin.tenant, &i18n_for_choices),
        color_href: format!("{}-color", links.preview()),
        export_href: (admin.user.0.role >= Role::Owner).then(|| links.export()),
        delete_href: admin.user.manages_installation().then(|| links.delete()),
    };
    html(status, pages::admin_settings::render(model))
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    primary_color: String,
    #[serde(default)]
    support_email: String,
    #[serde(default)]
    support_phone: String,
    #[serde(default)]
    support_url: String,
    #[serde(default)]
    handoff_url: String,
    #[serde(default)]
    domain: String,
    time_zone: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    default_language: String,
    #[serde(default)]
    passkeys: String,
    enforce_attestation: Option<String>,
    #[serde(default)]
    key_restriction: String,
    #[serde(default)]
    aaguids: String,
    windows_hello: Option<String>,
}

pub async fn save_settings(
    State(state): State<AppState>,
    Editor(admin): Editor,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<SettingsForm>,
) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    let mut errors: Vec<(&'static str, String)> = Vec::new();
    let mut changes = tenants::TenantChanges::default();
    let mut check = |field: &'static str, result: Result<(), validate::FieldError>| {
        if let Err(e) = result {
            errors.push((field, i18n.t(e.message_id())));
        }
    };
    check("name", validate::name(&form.name).map(|v| changes.name = Some(v)));
    let color = validate::color(&form.primary_color);
    check("primary_color", color.as_ref().map(|v| changes.primary_color = Some(*v)).map_err(Clone::clone));
    check("support_email", validate::support_email(&form.support_email).map(|v| changes.support_email = Some(v)));
    check("support_phone", validate::support_phone(&form.support_phone).map(|v| changes.support_phone = Some(v)));
    check("support_url", validate::support_url(&form.support_url).map(|v| changes.support_url = Some(v)));
    check("handoff_url", validate::handoff(&form.handoff_url).map(|v| changes.handoff_url = Some(v)));
    let may_set_domain = admin.user.manages_installation();
    let current_domain = admin.tenant.domain.clone();
    let request_host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("");
    // The host the admin is on serves every tenant, unless it is this tenant's own domain.
    let mut shared_hosts: Vec<&str> = state.settings.public_host().into_iter().collect();
    if current_domain.as_deref() != Some(request_host) {
        shared_hosts.push(request_host);
    }
    check(
        "domain",
        validate::domain(&form.domain, &shared_hosts).and_then(|v| {
            if v != current_domain && !may_set_domain {
                return Err(validate::FieldError::DomainOwnerOnly);
            }
            changes.domain = Some(v);
            Ok(())
        }),
    );
    if let Some(zone) = &form.time_zone {
        check("time_zone", validate::time_zone(zone).map(|v| changes.time_zone = Some(v)));
    }
    check("languages", validate::languages(&form.languages, &form.default_language).map(|v| changes.locales = Some(v)));
    let passkey_types = validate::passkey_types(&form.passkeys);
    check("passkeys", passkey_types.clone().map(drop));
    let key_restrictions = validate::key_restrictions(&form.key_restriction, &form.aaguids);
    check("aaguids", key_restrictions.clone().map(drop));
    if let (Ok((allow_synced, allow_device_bound)), Ok(key_restrictions)) = (passkey_types, key_restrictions) {
        changes.policy = Some(PasskeyPolicy {
            allow_synced,
            allow_device_bound,
            enforce_attestation: form.enforce_attestation.is_some(),
            key_restrictions,
            windows_hello: form.windows_hello.is_some(),
        });
    }
    let submitted = pages::admin_settings::SettingsValues {
        name: form.name.clone(),
        primary_color: form.primary_color.clone(),
        support_email: form.support_email.clone(),
        support_phone: form.support_phone.clone(),
        support_url: form.support_url.clone(),
        handoff_url: form.handoff_url.clone(),
        domain: form.domain.clone(),
        time_zone: form.time_zone.clone().unwrap_or_default(),
        languages: Locale::supported()
            .into_iter()
            .map(|l| {
                (
                    l.as_str(),
                    I18n::new(l.clone()).t("language-name"),
                    form.languages.iter().any(|t| t.eq_ignore_ascii_case(l.as_str())),
                )
            })
            .collect(),
        default_language: form.default_language.clone(),
        passkeys: form.passkeys.clone(),
        enforce_attestation: form.enforce_attestation.is_some(),
        key_restriction: form.key_restriction.clone(),
        aaguids: form.aaguids.clone(),
        windows_hello: form.windows_hello.is_some(),
    };
    if !errors.is_empty() {
        return Ok(settings_response(&admin, i18n, submitted, errors, Vec::new(), StatusCode::UNPROCESSABLE_ENTITY));
    }
    match tenants::update(&state.db, admin.tenant.id, changes, state.clock.now_ms()).await {
        Ok(()) => {}
        Err(tenants::TenantWriteError::Taken) => {
            let errors = vec![("domain", i18n.t("admin-error-domain-taken"))];
            return Ok(settings_response(&admin, i18n, submitted, errors, Vec::new(), StatusCode::CONFLICT));
        }
        Err(tenants::TenantWriteError::Other(e)) => return Err(AppError::Internal(e)),
    }
    state.domains.invalidate();
    state.tenants.invalidate();
    if let Some(mut entry) = admin.settings_audit(&state, Action::SettingsChanged).await? {
        entry.action = crate::audit::settings_action(&entry.changes);
        state.audit(entry).await?;
    }
    let links = AdminLinks::tenant(admin.tenant.slug.as_str());
    let adjusted = color.ok().filter(|c| c.nearest_with_contrast(WHITE, AA) != *c);
    let target = match adjusted {
        Some(c) => format!(
            "{}?saved=1&adjusted={}",
            links.settings(),
            url::form_urlencoded::byte_serialize(c.to_hex().as_bytes()).collect::<String>()
        ),
        None => format!("{}?saved=1", links.settings()),
    };
    Ok(Redirect::to(&target).into_response())
}

/// Logo upload (multipart) or removal; the CSRF token travels as a form field.
pub async fn upload_logo(
    State(state): State<AppState>,
    Editor(admin): Editor,
    headers: HeaderMap,
    multipart: Multipart,
) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    let upload = Upload::read(multipart).await?;
    admin.user.check_csrf(upload.csrf())?;
    let remove = upload.field("remove").is_some();
    let bytes = upload.field("logo").map(|b| b.to_vec()).unwrap_or_default();
    let change = if remove {
        None
    } else {
        match logo::check(&bytes) {
            Ok(kind) => Some((kind.to_owned(), bytes)),
            Err(e) => {
                let message = i18n.t(match e {
                    logo::LogoError::TooLarge => "admin-error-logo-size",
                    logo::LogoError::Svg => "admin-error-logo-svg",
                    logo::LogoError::TooManyPixels => "admin-error-logo-pixels",
                    _ => "admin-error-logo-type",
                });
                return Ok(settings_response(
                    &admin,
                    i18n,
                    values_of(&admin.tenant),
                    vec![("logo", message)],
                    Vec::new(),
                    StatusCode::UNPROCESSABLE_ENTITY,
                ));
            }
        }
    };
    let changes = tenants::TenantChanges { logo: Some(change), ..Default::default() };
    tenants::update(&state.db, admin.tenant.id, changes, state.clock.now_ms())
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
    state.tenants.invalidate();
    let action = if remove { Action::LogoRemoved } else { Action::LogoChanged };
    state.audit(admin.settings_audit(&state, action).await?.unwrap_or_else(|| admin.audit(action))).await?;
    Ok(Redirect::to(&format!("{}?saved=1", AdminLinks::tenant(admin.tenant.slug.as_str()).settings())).into_response())
}

/// Any page of the guide as this tenant's visitors see it, for the preview frame: the request is
/// answered by the guide's own routes, marked as a preview, so nothing is recorded and every
/// link (and the "done" form) stays inside the preview. The hand-off to Microsoft is not
/// followed (Microsoft's pages cannot be framed). Only these pages may be framed, by the admin
/// pages themselves.
pub async fn preview(State(state): State<AppState>, admin: AdminTenant, request: Request) -> AppResult<Response> {
    let slug = admin.tenant.slug.as_str();
    let base = AdminLinks::tenant(slug).preview();
    let (mut parts, body) = request.into_parts();
    let rest = parts.uri.path().strip_prefix(base.as_str()).unwrap_or("").to_owned();
    if rest == "/go" {
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    let path_and_query = match parts.uri.query() {
        Some(query) => format!("/{slug}{rest}?{query}"),
        None => format!("/{slug}{rest}"),
    };
    // A fresh request: the outer route's path parameters must not reach the guide's routes.
    let mut inner = Request::new(body);
    *inner.method_mut() = parts.method;
    *inner.uri_mut() = path_and_query.parse().map_err(|_| AppError::NotFound)?;
    *inner.headers_mut() = std::mem::take(&mut parts.headers);
    inner.extensions_mut().insert(Preview);
    let guide = crate::web::guide::routes().with_state(state);
    let Ok(mut response) = guide.oneshot(inner).await;
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'self'",
        ),
    );
    response.headers_mut().insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("SAMEORIGIN"));
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[derive(Deserialize)]
pub struct ColorQuery {
    #[serde(default)]
    c: String,
}

/// The colour the guide would really use for a chosen one (after the contrast adjustment), for
/// the live preview while IT picks: `{"used": "#…", "text": "#…"}`, or 400 for no colour.
pub async fn color_in_use_json(_admin: AdminTenant, Query(query): Query<ColorQuery>) -> AppResult<Response> {
    let chosen = validate::color(&query.c).map_err(|_| AppError::BadRequest("c must be a colour, #RRGGBB".into()))?;
    let used = color_in_use(chosen);
    let body = serde_json::json!({ "used": used.to_hex(), "text": used.readable_text().to_hex() });
    Ok(axum::Json(body).into_response())
}
