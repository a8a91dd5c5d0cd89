//! The admin pages: sign-in, tenants, branding and policy with a live preview, the rollout
//! emails, and API tokens. Plain forms with a per-session CSRF token; answers are 303s.

use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::{CookieJar, Form};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::admin_auth::{AdminTenant, AdminUser};
use super::client_ip::ClientIp;
use super::cookies;
use super::error::{AppError, AppResult};
use super::guide_context::GuideContext;
use super::rate_limit::LimitKey;
use super::router::AdminLinks;
use super::state::AppState;
use super::transport::Https;
use super::upload::Upload;
use crate::brand::emails::{self, EmailKind};
use crate::brand::{Tenant, logo, validate};
use crate::components::admin_frame::AdminChrome;
use crate::db::admins::{self, Role};
use crate::db::tokens::TokenKind;
use crate::db::{sessions, tenants, tokens, trusted_devices};
use crate::domain::tenant_slug::TenantSlug;
use crate::guide::policy::PasskeyPolicy;
use crate::i18n::{I18n, Locale, negotiate};
use crate::pages;

pub(super) fn admin_i18n(headers: &HeaderMap) -> I18n {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    I18n::new(negotiate(None, accept, &Locale::supported(), &Locale::english()))
}

pub(super) fn chrome(i18n: I18n, user: Option<&AdminUser>, tenant: Option<(&Tenant, &str)>) -> AdminChrome {
    let nav = tenant
        .map(|(t, current)| {
            let links = AdminLinks::tenant(t.slug.as_str());
            [
                ("admin-settings", links.settings(), "settings"),
                ("admin-dashboard", links.dashboard(), "dashboard"),
                ("admin-emails", links.emails(), "emails"),
                ("admin-recipients", links.recipients(), "recipients"),
                ("admin-entra", links.entra(), "entra"),
                ("admin-tokens", links.tokens(), "tokens"),
            ]
            .into_iter()
            .map(|(id, href, key)| (i18n.t(id), href, key == current))
            .collect()
        })
        .unwrap_or_default();
    AdminChrome {
        i18n,
        user: user.map(|u| (u.0.email.clone(), u.0.csrf_token.expose_secret().to_owned())),
        nav,
        logout_action: AdminLinks::logout(),
        home_href: AdminLinks::home(),
        account_href: super::webauthn::ACCOUNT.to_owned(),
    }
}

fn html(status: StatusCode, body: String) -> Response {
    let mut response = (status, Html(body)).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

// ---- sign-in -------------------------------------------------------------------------------

/// Failed sign-ins allowed per address, per account (for browsers that never signed in to it)
/// and per remembered browser, in `LOGIN_WINDOW_MS`.
pub const LOGIN_FAILURES: usize = 5;
pub const LOGIN_WINDOW_MS: i64 = 15 * 60 * 1000;
/// Longest email read from the sign-in form; longer ones are no account's.
const MAX_LOGIN_EMAIL: usize = 254;

/// The sign-in page with a fresh pre-session token in a cookie and in the form.
fn login_response(
    state: &AppState,
    status: StatusCode,
    i18n: I18n,
    jar: CookieJar,
    https: bool,
    email: String,
    error: Option<String>,
) -> Response {
    let token = sessions::random_hex();
    let jar = jar.add(cookies::login(token.clone(), https));
    let passkey = super::webauthn::sign_in_ceremony(&state.settings, &i18n);
    let body = pages::admin_login::render(chrome(i18n, None, None), AdminLinks::login(), token, email, error, passkey);
    (jar, html(status, body)).into_response()
}

pub async fn login_page(
    State(state): State<AppState>,
    Https(https): Https,
    headers: HeaderMap,
    jar: CookieJar,
) -> Response {
    login_response(&state, StatusCode::OK, admin_i18n(&headers), jar, https, String::new(), None)
}

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    /// The pre-session token from the sign-in page.
    #[serde(rename = "_login", default)]
    login_token: String,
}

/// A sign-in post came from this application's own sign-in page: it carries the token its
/// cookie holds, and the browser does not call it cross-site.
fn is_own_sign_in_form(headers: &HeaderMap, jar: &CookieJar, submitted: &str) -> bool {
    let cross_site = headers.get("sec-fetch-site").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"cross-site"));
    let cookie = jar.get(cookies::LOGIN).map(|c| c.value()).unwrap_or("");
    !cross_site && !cookie.is_empty() && sessions::constant_time_eq(cookie.as_bytes(), submitted.as_bytes())
}

/// Signs in with a password. Attempts are limited with device cookies (OWASP "slow down online
/// guessing with device cookies"): a browser that signed in to the account before is limited on
/// its own; every other attempt counts against its address and against the account, so neither
/// one address nor many can guess more than the limit, and the real administrator's browser is
/// never locked out by them.
pub async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Https(https): Https,
    headers: HeaderMap,
    jar: CookieJar,
    Form(form): Form<LoginForm>,
) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    let now = state.clock.now_ms();
    let email: String = form.email.trim().chars().take(MAX_LOGIN_EMAIL + 1).collect::<String>().to_lowercase();
    if !is_own_sign_in_form(&headers, &jar, &form.login_token) {
        let error = Some(i18n.t("admin-sign-in-expired"));
        return Ok(login_response(&state, StatusCode::FORBIDDEN, i18n, jar, https, String::new(), error));
    }
    let admin = if email.len() <= MAX_LOGIN_EMAIL { admins::find_by_email(&state.db, &email).await? } else { None };
    let device = jar.get(cookies::DEVICE).map(|c| c.value().to_owned()).unwrap_or_default();
    let trusted = match &admin {
        Some(a) if !device.is_empty() => trusted_devices::is_trusted(&state.db, &device, a.id, now).await?,
        _ => false,
    };
    let keys = if trusted {
        vec![LimitKey::new("device", device.as_bytes())]
    } else {
        let address = ip.map(|i| i.to_string()).unwrap_or_default();
        vec![LimitKey::new("address", address.as_bytes()), LimitKey::new("account", email.as_bytes())]
    };
    let Some(attempt) = state.login_limiter.try_reserve(&keys, now) else {
        let error = Some(i18n.t("admin-too-many-attempts"));
        let mut response = login_response(&state, StatusCode::TOO_MANY_REQUESTS, i18n, jar, https, email, error);
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("900"));
        return Ok(response);
    };
    let password = SecretString::from(form.password);
    let hash = admin.as_ref().filter(|a| !a.is_disabled()).map(|a| a.password_hash.clone());
    let verified = state.passwords.verify(password, hash).await;
    let Some(admin) = admin.filter(|_| verified) else {
        state.login_limiter.failed(attempt);
        let error = Some(i18n.t("admin-wrong-credentials"));
        return Ok(login_response(&state, StatusCode::UNAUTHORIZED, i18n, jar, https, email, error));
    };
    state.login_limiter.succeeded(attempt);
    if crate::db::admin_passkeys::password_refused(&state.db, admin.id).await? {
        let error = Some(i18n.t("admin-passkeys-password-refused"));
        return Ok(login_response(&state, StatusCode::FORBIDDEN, i18n, jar, https, email, error));
    }
    let session = sessions::create(&state.db, admin.id, now).await?;
    let mut jar = jar
        .add(cookies::session(session.expose_secret().to_owned(), https))
        .add(cookies::tester(https))
        .remove(cookies::login_removal());
    if !trusted {
        let device = trusted_devices::create(&state.db, admin.id, now).await?;
        jar = jar.add(cookies::device(device.expose_secret().to_owned(), https));
    }
    Ok((jar, Redirect::to(&AdminLinks::home())).into_response())
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(rename = "_csrf")]
    csrf: String,
}

pub async fn logout(
    State(state): State<AppState>,
    Https(https): Https,
    user: AdminUser,
    jar: CookieJar,
    Form(form): Form<CsrfForm>,
) -> AppResult<Response> {
    user.check_csrf(&form.csrf)?;
    if let Some(cookie) = jar.get(cookies::SESSION) {
        sessions::delete(&state.db, cookie.value()).await?;
    }
    let jar = jar.add(cookies::expired_session(https)).add(cookies::expired_tester(https));
    Ok((jar, Redirect::to(&AdminLinks::login())).into_response())
}

// ---- tenants -------------------------------------------------------------------------------

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
        let checks = super::api::readiness_of(state, &t, &i18n).await?.checks;
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
    let create = (user.0.tenant_id.is_none() && user.0.role == Role::Owner).then(|| pages::admin_tenants::CreateForm {
        action: AdminLinks::create_tenant(),
        csrf: user.0.csrf_token.expose_secret().to_owned(),
        error,
    });
    Ok(html(status, pages::admin_tenants::render(chrome(i18n, Some(user), None), list, create)))
}

#[derive(Deserialize)]
pub struct CreateTenantForm {
    #[serde(rename = "_csrf")]
    csrf: String,
    slug: String,
    name: String,
}

pub async fn create_tenant(
    State(state): State<AppState>,
    user: AdminUser,
    headers: HeaderMap,
    Form(form): Form<CreateTenantForm>,
) -> AppResult<Response> {
    user.check_csrf(&form.csrf)?;
    if user.0.tenant_id.is_some() || user.0.role != Role::Owner {
        return Err(AppError::Forbidden);
    }
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
        Ok(_) => Ok(Redirect::to(&AdminLinks::tenant(slug.as_str()).settings()).into_response()),
        Err(tenants::TenantWriteError::Taken) => {
            index_page(&state, &user, &headers, Some(i18n.t("admin-error-slug-taken")), StatusCode::CONFLICT).await
        }
        Err(tenants::TenantWriteError::Other(e)) => Err(AppError::Internal(e)),
    }
}

// ---- settings ------------------------------------------------------------------------------

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
pub(super) fn color_in_use(chosen: crate::domain::brand_color::BrandColor) -> crate::domain::brand_color::BrandColor {
    chosen.nearest_with_contrast(WHITE, AA)
}

const WHITE: crate::domain::brand_color::BrandColor = crate::domain::brand_color::BrandColor::rgb(255, 255, 255);
const AA: f64 = crate::brand::stylesheet::AA;

fn settings_response(
    admin: &AdminTenant,
    i18n: I18n,
    values: pages::admin_settings::SettingsValues,
    errors: Vec<(&'static str, String)>,
    notices: Vec<String>,
    status: StatusCode,
) -> Response {
    let links = AdminLinks::tenant(admin.tenant.slug.as_str());
    let model = pages::admin_settings::SettingsModel {
        chrome: chrome(i18n, Some(&admin.user), Some((&admin.tenant, "settings"))),
        can_edit: admin.user.0.role >= Role::Editor,
        can_set_domain: admin.user.manages_installation(),
        csrf: admin.user.0.csrf_token.expose_secret().to_owned(),
        action: links.settings(),
        logo_action: links.logo(),
        values,
        errors,
        notices,
        preview_href: links.preview(),
        logo_src: admin
            .tenant
            .has_logo()
            .then(|| super::router::Links::logo(admin.tenant.slug.as_str(), admin.tenant.branding_version)),
        script: *super::assets::ADMIN_SCRIPT_URL,
    };
    html(status, pages::admin_settings::render(model))
}

#[derive(Deserialize)]
pub struct SettingsForm {
    #[serde(rename = "_csrf")]
    csrf: String,
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
    admin: AdminTenant,
    headers: HeaderMap,
    Form(form): Form<SettingsForm>,
) -> AppResult<Response> {
    admin.user.check_csrf(&form.csrf)?;
    admin.user.require(Role::Editor)?;
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
    admin: AdminTenant,
    headers: HeaderMap,
    multipart: Multipart,
) -> AppResult<Response> {
    admin.user.require(Role::Editor)?;
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
    Ok(Redirect::to(&format!("{}?saved=1", AdminLinks::tenant(admin.tenant.slug.as_str()).settings())).into_response())
}

/// The guide's landing page as this tenant's visitors see it, for the preview frame. Nothing
/// is recorded, and only this page may be framed (by the admin pages themselves).
pub async fn preview(
    State(state): State<AppState>,
    admin: AdminTenant,
    headers: HeaderMap,
    uri: axum::http::Uri,
) -> AppResult<Response> {
    let ctx = GuideContext::new(admin.tenant, &headers, uri.query(), None);
    let model = super::guide::landing_model(&state, &ctx);
    let mut response = html(StatusCode::OK, pages::landing::render(model));
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'self'",
        ),
    );
    response.headers_mut().insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("SAMEORIGIN"));
    Ok(response)
}

// ---- emails --------------------------------------------------------------------------------

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

fn origin(state: &AppState, headers: &HeaderMap) -> String {
    super::guide::absolute_url(state, headers, "")
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
        script: *super::assets::ADMIN_SCRIPT_URL,
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

// ---- tokens --------------------------------------------------------------------------------

async fn tokens_response(
    state: &AppState,
    admin: &AdminTenant,
    headers: &HeaderMap,
    new_token: Option<(TokenKind, String)>,
) -> AppResult<Response> {
    let i18n = admin_i18n(headers);
    let links = AdminLinks::tenant(admin.tenant.slug.as_str());
    let list = tokens::list(&state.db, admin.tenant.id)
        .await?
        .into_iter()
        .map(|t| pages::admin_tokens::TokenItem {
            id: t.id,
            label: t.label,
            created: time::OffsetDateTime::from_unix_timestamp(t.created_at / 1000)
                .map(crate::clock::day_of)
                .unwrap_or_default(),
            revoked: t.revoked_at.is_some(),
            share: t.kind == TokenKind::Share.as_str(),
        })
        .collect();
    let model = pages::admin_tokens::TokensModel {
        chrome: chrome(i18n, Some(&admin.user), Some((&admin.tenant, "tokens"))),
        csrf: admin.user.0.csrf_token.expose_secret().to_owned(),
        create_action: links.tokens(),
        revoke_action: links.revoke_token(),
        tokens: list,
        new_token: new_token.map(|(kind, value)| (kind == TokenKind::Share, value)),
        can_manage: admin.user.0.role == Role::Owner,
        api_example: format!(
            "curl -H \"Authorization: Bearer $TOKEN\" {}/api/v1/tenants/{}/funnel",
            origin(state, headers),
            admin.tenant.slug
        ),
    };
    Ok(html(StatusCode::OK, pages::admin_tokens::render(model)))
}

pub async fn tokens_page(State(state): State<AppState>, admin: AdminTenant, headers: HeaderMap) -> AppResult<Response> {
    tokens_response(&state, &admin, &headers, None).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(rename = "_csrf")]
    csrf: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    kind: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    admin: AdminTenant,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> AppResult<Response> {
    admin.user.check_csrf(&form.csrf)?;
    admin.user.require(Role::Owner)?;
    let label: String = form.label.trim().chars().filter(|c| !c.is_control()).take(60).collect();
    let label = if label.is_empty() { "admin".to_owned() } else { label };
    let kind = if form.kind == TokenKind::Share.as_str() { TokenKind::Share } else { TokenKind::Api };
    let (_, token) = tokens::create_kind(&state.db, admin.tenant.id, &label, kind, state.clock.now_ms()).await?;
    let shown = match kind {
        TokenKind::Api => token.expose_secret().to_owned(),
        TokenKind::Share => format!("{}/share/{}", origin(&state, &headers), token.expose_secret()),
    };
    tokens_response(&state, &admin, &headers, Some((kind, shown))).await
}

#[derive(Deserialize)]
pub struct RevokeForm {
    #[serde(rename = "_csrf")]
    csrf: String,
    id: i64,
}

pub async fn revoke_token(
    State(state): State<AppState>,
    admin: AdminTenant,
    Form(form): Form<RevokeForm>,
) -> AppResult<Response> {
    admin.user.check_csrf(&form.csrf)?;
    admin.user.require(Role::Owner)?;
    let owned = tokens::list(&state.db, admin.tenant.id).await?.iter().any(|t| t.id == form.id);
    if !owned {
        return Err(AppError::NotFound);
    }
    tokens::revoke(&state.db, &form.id.to_string(), state.clock.now_ms()).await?;
    Ok(Redirect::to(&AdminLinks::tenant(admin.tenant.slug.as_str()).tokens()).into_response())
}
