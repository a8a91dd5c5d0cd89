//! Passkeys for administrators (WebAuthn through webauthn-rs): the account page that lists,
//! renames and removes them, the JSON endpoints the page's script calls to add one or to sign in
//! with one, and the installation's switch that makes them required.
//!
//! Every ceremony's state (with its challenge) is kept in the database under a random id that a
//! short-lived cookie carries, and is taken once. Registration asks for a discoverable credential
//! (resident key required) and user verification; sign-in asks for no email (discoverable
//! credentials) and requires user verification.

use axum::Json;
use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::post;
use axum_extra::extract::CookieJar;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use secrecy::ExposeSecret;
use serde::Deserialize;
use serde_json::json;
use webauthn_rs::prelude::{
    DiscoverableAuthentication, DiscoverableKey, Passkey, PasskeyRegistration, PublicKeyCredential,
    RegisterPublicKeyCredential, Uuid,
};

use super::admin::admin_i18n;
use super::admin_auth::{AdminUser, CsrfForm, InstallationOwner};
use super::cookies;
use super::error::{AppError, AppResult};
use super::paths::AdminLinks;
use super::state::AppState;
use super::transport::Https;
use super::webauthn::{
    ACCOUNT, REGISTER_FINISH, REGISTER_START, REMOVE, RENAME, REQUIREMENT, RelyingParty, SIGN_IN_FINISH, SIGN_IN_START,
};
use crate::audit::{Action, Actor, Change, NewEntry};
use crate::db::admin_passkeys::{self, CeremonyKind, NewPasskey, PasskeyWriteError};
use crate::db::sessions;

/// How the audit log names this way of signing in.
const PASSKEY: &str = "passkey";

/// Passkey sign-ins under way at once, across all visitors.
const MAX_OPEN_SIGN_INS: i64 = 10_000;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(REGISTER_START, post(register_start))
        .route(REGISTER_FINISH, post(register_finish))
        .route(SIGN_IN_START, post(sign_in_start))
        .route(SIGN_IN_FINISH, post(sign_in_finish))
        .route(RENAME, post(rename))
        .route(REMOVE, post(remove))
        .route(REQUIREMENT, post(set_requirement))
        // A credential is a few kilobytes at most.
        .layer(DefaultBodyLimit::max(64 * 1024))
}

/// The answer when passkeys are off (a public URL on an IP address).
fn passkeys_off(headers: &HeaderMap) -> Response {
    failure(StatusCode::NOT_FOUND, "admin-passkeys-off", headers)
}

// ---- JSON answers --------------------------------------------------------------------------

/// A refusal the page's script shows: `{"error": "…"}` in the browser's language.
fn failure(status: StatusCode, message_id: &str, headers: &HeaderMap) -> Response {
    let i18n = admin_i18n(headers);
    no_store((status, Json(json!({ "error": i18n.t(message_id) }))).into_response())
}

fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The request came from a page of this site (the browser says so), or from a client that does
/// not send `Sec-Fetch-Site` at all.
fn same_origin(headers: &HeaderMap) -> bool {
    headers.get("sec-fetch-site").is_none_or(|v| v.as_bytes().eq_ignore_ascii_case(b"same-origin"))
}

fn csrf_header(headers: &HeaderMap) -> &str {
    headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or("")
}

fn ceremony_cookie(jar: &CookieJar) -> String {
    jar.get(cookies::PASSKEY_CEREMONY).map(|c| c.value().to_owned()).unwrap_or_default()
}

// ---- adding a passkey ----------------------------------------------------------------------

/// The account's user handle: the one its passkeys already carry, or a new random one.
fn user_handle(rows: &[admin_passkeys::PasskeyRow]) -> Uuid {
    rows.iter().find_map(|r| Uuid::parse_str(&r.user_handle).ok()).unwrap_or_else(Uuid::new_v4)
}

async fn register_start(
    State(state): State<AppState>,
    Https(https): Https,
    user: AdminUser,
    headers: HeaderMap,
    jar: CookieJar,
) -> AppResult<Response> {
    user.check_csrf(csrf_header(&headers))?;
    let Some(rp) = RelyingParty::from_settings(&state.settings) else {
        return Ok(passkeys_off(&headers));
    };
    let rows = admin_passkeys::list_for_admin(&state.db, user.0.admin_id).await?;
    let exclude = rows
        .iter()
        .filter_map(|r| serde_json::from_str::<Passkey>(&r.passkey).ok())
        .map(|p| p.cred_id().clone())
        .collect::<Vec<_>>();
    let handle = user_handle(&rows);
    let (options, registration) = rp
        .webauthn
        .start_passkey_registration(handle, &user.0.email, &user.0.email, Some(exclude))
        .map_err(|e| AppError::Internal(anyhow::anyhow!("could not start a passkey registration: {e}")))?;
    // webauthn-rs asks for a non-discoverable credential; an administrator signs in without an
    // email, so the credential must be discoverable ("residentKey": "required", and
    // "requireResidentKey": true as the spec asks alongside it):
    // https://www.w3.org/TR/webauthn-3/#dictdef-authenticatorselectioncriteria (checked 2026-12-03).
    let mut options = serde_json::to_value(options).map_err(anyhow::Error::new)?;
    if let Some(selection) = options.pointer_mut("/publicKey/authenticatorSelection").and_then(|s| s.as_object_mut()) {
        selection.insert("residentKey".into(), json!("required"));
        selection.insert("requireResidentKey".into(), json!(true));
        selection.insert("userVerification".into(), json!("required"));
    } else if let Some(public_key) = options.pointer_mut("/publicKey").and_then(|p| p.as_object_mut()) {
        public_key.insert(
            "authenticatorSelection".into(),
            json!({ "residentKey": "required", "requireResidentKey": true, "userVerification": "required" }),
        );
    }
    let stored = serde_json::to_string(&StoredRegistration { handle, registration }).map_err(anyhow::Error::new)?;
    let id = admin_passkeys::start_ceremony(
        &state.db,
        CeremonyKind::Register,
        Some(user.0.admin_id),
        &stored,
        state.clock.now_ms(),
    )
    .await?;
    let jar = jar.add(cookies::passkey_ceremony(id, https));
    Ok((jar, no_store(Json(options).into_response())).into_response())
}

#[derive(serde::Serialize, Deserialize)]
struct StoredRegistration {
    handle: Uuid,
    registration: PasskeyRegistration,
}

#[derive(Deserialize)]
struct RegisterFinish {
    #[serde(default)]
    name: String,
    credential: RegisterPublicKeyCredential,
}

async fn register_finish(
    State(state): State<AppState>,
    user: AdminUser,
    headers: HeaderMap,
    jar: CookieJar,
    Json(body): Json<RegisterFinish>,
) -> AppResult<Response> {
    user.check_csrf(csrf_header(&headers))?;
    let Some(rp) = RelyingParty::from_settings(&state.settings) else {
        return Ok(passkeys_off(&headers));
    };
    let now = state.clock.now_ms();
    let ceremony = ceremony_cookie(&jar);
    let jar = jar.remove(cookies::passkey_ceremony_removal());
    let stored =
        admin_passkeys::take_ceremony(&state.db, &ceremony, CeremonyKind::Register, Some(user.0.admin_id), now).await?;
    let Some(stored) = stored.and_then(|s| serde_json::from_str::<StoredRegistration>(&s).ok()) else {
        return Ok((jar, failure(StatusCode::BAD_REQUEST, "admin-passkeys-error-expired", &headers)).into_response());
    };
    // The browser's word that the credential is not discoverable (the credProps extension):
    // such a passkey could not sign in without an email, so it is not taken.
    if body.credential.extensions.cred_props.as_ref().and_then(|p| p.rk) == Some(false) {
        return Ok((jar, failure(StatusCode::BAD_REQUEST, "admin-passkeys-error-add", &headers)).into_response());
    }
    let passkey = match rp.webauthn.finish_passkey_registration(&body.credential, &stored.registration) {
        Ok(passkey) => passkey,
        Err(e) => {
            tracing::info!(error = %e, "a passkey registration was refused");
            return Ok((jar, failure(StatusCode::BAD_REQUEST, "admin-passkeys-error-add", &headers)).into_response());
        }
    };
    let count = admin_passkeys::count_for_admin(&state.db, user.0.admin_id).await?;
    let name = match admin_passkeys::clean_name(&body.name) {
        n if n.is_empty() => {
            admin_i18n(&headers).t_args("admin-passkeys-default-name", &[("number", (count + 1).into())])
        }
        n => n,
    };
    let serialized = serde_json::to_string(&passkey).map_err(anyhow::Error::new)?;
    let credential_id = URL_SAFE_NO_PAD.encode(passkey.cred_id().as_ref() as &[u8]);
    let new = NewPasskey {
        admin_id: user.0.admin_id,
        credential_id: &credential_id,
        user_handle: &stored.handle.to_string(),
        passkey: &serialized,
        name: &name,
    };
    match admin_passkeys::insert(&state.db, new, now).await {
        Ok(_) => {}
        Err(PasskeyWriteError::Taken) => {
            return Ok((jar, failure(StatusCode::CONFLICT, "admin-passkeys-error-taken", &headers)).into_response());
        }
        Err(PasskeyWriteError::Other(e)) => return Err(AppError::Internal(e)),
    }
    state.audit(user.audit(Action::PasskeyAdded).subject(format!("{} ({name})", user.0.email))).await?;
    let body = Json(json!({ "redirect": format!("{ACCOUNT}?done=added") }));
    Ok((jar, no_store(body.into_response())).into_response())
}

// ---- signing in ----------------------------------------------------------------------------

async fn sign_in_start(
    State(state): State<AppState>,
    Https(https): Https,
    headers: HeaderMap,
    jar: CookieJar,
) -> AppResult<Response> {
    if !same_origin(&headers) {
        return Ok(failure(StatusCode::FORBIDDEN, "admin-sign-in-expired", &headers));
    }
    let Some(rp) = RelyingParty::from_settings(&state.settings) else {
        return Ok(passkeys_off(&headers));
    };
    // Anyone may start a sign-in, and each start is stored for five minutes: a flood of them
    // is turned away rather than filling the table.
    if admin_passkeys::open_ceremonies(&state.db, CeremonyKind::SignIn, state.clock.now_ms()).await?
        >= MAX_OPEN_SIGN_INS
    {
        return Ok(failure(StatusCode::TOO_MANY_REQUESTS, "admin-too-many-attempts", &headers));
    }
    let (mut options, authentication) = rp
        .webauthn
        .start_discoverable_authentication()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("could not start a passkey sign-in: {e}")))?;
    // A button starts this sign-in, not the email field's autofill: no conditional mediation.
    options.mediation = None;
    let stored = serde_json::to_string(&authentication).map_err(anyhow::Error::new)?;
    let id =
        admin_passkeys::start_ceremony(&state.db, CeremonyKind::SignIn, None, &stored, state.clock.now_ms()).await?;
    let jar = jar.add(cookies::passkey_ceremony(id, https));
    Ok((jar, no_store(Json(options).into_response())).into_response())
}

async fn sign_in_finish(
    State(state): State<AppState>,
    Https(https): Https,
    headers: HeaderMap,
    jar: CookieJar,
    Json(credential): Json<PublicKeyCredential>,
) -> AppResult<Response> {
    if !same_origin(&headers) {
        return Ok(failure(StatusCode::FORBIDDEN, "admin-sign-in-expired", &headers));
    }
    let Some(rp) = RelyingParty::from_settings(&state.settings) else {
        return Ok(passkeys_off(&headers));
    };
    let now = state.clock.now_ms();
    let ceremony = ceremony_cookie(&jar);
    let jar = jar.remove(cookies::passkey_ceremony_removal());
    let refuse = |jar: CookieJar, id: &str| (jar, failure(StatusCode::UNAUTHORIZED, id, &headers)).into_response();
    let stored = admin_passkeys::take_ceremony(&state.db, &ceremony, CeremonyKind::SignIn, None, now).await?;
    let Some(authentication) = stored.and_then(|s| serde_json::from_str::<DiscoverableAuthentication>(&s).ok()) else {
        return Ok(refuse(jar, "admin-passkeys-error-expired"));
    };
    let Ok((handle, credential_id)) = rp.webauthn.identify_discoverable_authentication(&credential) else {
        return Ok(refuse(jar, "admin-passkeys-error-sign-in"));
    };
    let credential_id = URL_SAFE_NO_PAD.encode(credential_id);
    let row = admin_passkeys::find_by_credential(&state.db, &credential_id).await?;
    // The credential must be registered here, and to the account the authenticator names.
    let Some(row) = row.filter(|r| Uuid::parse_str(&r.user_handle).is_ok_and(|h| h == handle)) else {
        return Ok(refuse(jar, "admin-passkeys-error-sign-in"));
    };
    let Ok(mut passkey) = serde_json::from_str::<Passkey>(&row.passkey) else {
        return Err(AppError::Internal(anyhow::anyhow!("stored passkey {} does not read", row.id)));
    };
    let result = match rp.webauthn.finish_discoverable_authentication(
        &credential,
        authentication,
        &[DiscoverableKey::from(&passkey)],
    ) {
        Ok(result) => result,
        Err(e) => {
            tracing::info!(error = %e, passkey = row.id, "a passkey sign-in was refused");
            return Ok(refuse(jar, "admin-passkeys-error-sign-in"));
        }
    };
    let account = crate::db::admins::find_by_id(&state.db, row.admin_id).await?;
    if !admin_passkeys::may_sign_in(&state.db, row.admin_id).await? {
        // The passkey was verified: the refusal names its account in the audit log.
        if let Some(account) = &account {
            let entry = NewEntry::new(Actor::account(account.id, &account.email), Action::SignInFailed);
            state.audit(entry.subject(PASSKEY)).await?;
        }
        return Ok(refuse(jar, "admin-passkeys-error-sign-in"));
    }
    // The counter and backup state as webauthn-rs asks: store the credential again when this
    // sign-in changed it (https://docs.rs/webauthn-rs/0.5.5/webauthn_rs/struct.Webauthn.html,
    // `finish_discoverable_authentication`; checked 2026-12-03).
    let changed = result.needs_update() && passkey.update_credential(&result) == Some(true);
    let updated = if changed { Some(serde_json::to_string(&passkey).map_err(anyhow::Error::new)?) } else { None };
    admin_passkeys::record_use(&state.db, row.id, updated.as_deref(), now).await?;
    let browser = headers.get(header::USER_AGENT).and_then(|v| v.to_str().ok()).unwrap_or("");
    let session = sessions::create_labelled(&state.db, row.admin_id, &sessions::browser_label(browser), now).await?;
    if let Some(account) = &account {
        state.audit(NewEntry::new(Actor::account(account.id, &account.email), Action::SignIn).subject(PASSKEY)).await?;
    }
    let jar = jar.add(cookies::session(session.expose_secret().to_owned(), https)).add(cookies::tester(https));
    let body = Json(json!({ "redirect": AdminLinks::home() }));
    Ok((jar, no_store(body.into_response())).into_response())
}

// ---- the account page ----------------------------------------------------------------------

#[derive(Deserialize)]
struct RenameForm {
    id: i64,
    name: String,
}

async fn rename(
    State(state): State<AppState>,
    user: AdminUser,
    CsrfForm(form): CsrfForm<RenameForm>,
) -> AppResult<Response> {
    let name = admin_passkeys::clean_name(&form.name);
    if name.is_empty() {
        return Err(AppError::BadRequest("a passkey needs a name".into()));
    }
    let before =
        admin_passkeys::list_for_admin(&state.db, user.0.admin_id).await?.into_iter().find(|p| p.id == form.id);
    if !admin_passkeys::rename(&state.db, user.0.admin_id, form.id, &form.name).await? {
        return Err(AppError::NotFound);
    }
    let change = Change::new("name", before.map(|p| p.name), Some(name));
    state.audit(user.audit(Action::PasskeyRenamed).subject(user.0.email.clone()).changes(vec![change])).await?;
    Ok(Redirect::to(&format!("{ACCOUNT}?done=renamed")).into_response())
}

#[derive(Deserialize)]
struct RemoveForm {
    id: i64,
}

async fn remove(
    State(state): State<AppState>,
    user: AdminUser,
    CsrfForm(form): CsrfForm<RemoveForm>,
) -> AppResult<Response> {
    let before =
        admin_passkeys::list_for_admin(&state.db, user.0.admin_id).await?.into_iter().find(|p| p.id == form.id);
    if !admin_passkeys::remove(&state.db, user.0.admin_id, form.id).await? {
        return Err(AppError::NotFound);
    }
    let name = before.map(|p| p.name).unwrap_or_default();
    state.audit(user.audit(Action::PasskeyRemoved).subject(format!("{} ({name})", user.0.email))).await?;
    Ok(Redirect::to(&format!("{ACCOUNT}?done=removed")).into_response())
}

#[derive(Deserialize)]
struct RequirementForm {
    required: Option<String>,
}

async fn set_requirement(
    State(state): State<AppState>,
    owner: InstallationOwner,
    CsrfForm(form): CsrfForm<RequirementForm>,
) -> AppResult<Response> {
    let before = admin_passkeys::passkeys_required(&state.db).await?;
    let required = form.required.is_some();
    admin_passkeys::set_passkeys_required(&state.db, required, state.clock.now_ms()).await?;
    if before != required {
        let yes_no = |v: bool| Some(if v { "yes" } else { "no" }.to_owned());
        let change = Change::new("passkeys_required", yes_no(before), yes_no(required));
        state.audit(owner.audit(Action::PasskeysRequired).changes(vec![change])).await?;
    }
    Ok(Redirect::to(&format!("{ACCOUNT}?done=saved")).into_response())
}
