//! Personal links: the recipients page, the list import, the tenant setting, and the
//! mail-merge and segment downloads.

use axum::Router;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use secrecy::ExposeSecret;
use serde::Deserialize;

use super::admin_auth::{AdminTenant, Analyst, CsrfForm, Editor};
use super::download::to_csv;
use super::error::{AppError, AppResult};
use super::paths::AdminLinks;
use super::state::AppState;
use super::upload::Upload;
use crate::audit::Action;
use crate::db::admins::Role;
use crate::db::recipients::{self, Segment};
use crate::db::tenants;
use crate::domain::campaign::Campaign;
use crate::pages;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/tenants/{tenant}/recipients", get(page).post(import))
        .route("/admin/tenants/{tenant}/recipients/setting", post(setting))
        .route("/admin/tenants/{tenant}/recipients/{file}", get(download))
}

pub async fn page(State(state): State<AppState>, admin: AdminTenant, headers: HeaderMap) -> AppResult<Response> {
    respond(&state, &admin, &headers, None, None, StatusCode::OK).await
}

async fn respond(
    state: &AppState,
    admin: &AdminTenant,
    headers: &HeaderMap,
    notice: Option<String>,
    error: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let i18n = super::admin::admin_i18n(headers);
    let links = AdminLinks::tenant(admin.tenant.slug.as_str());
    let people = recipients::with_segments(&state.db, admin.tenant.id).await?;
    let has_report = crate::entra::coverage::summary(&state.db, admin.tenant.id).await?.is_some();
    let base = links.recipients();
    let segments = Segment::ALL
        .iter()
        .map(|s| pages::admin_recipients::SegmentLine {
            label: i18n.t(&format!("admin-segment-{}", s.as_str())),
            people: people.iter().filter(|p| p.segment == *s).count(),
            href: if s.needs_reminder() {
                format!("{base}/{}.csv?c={}", s.as_str(), Campaign::REMINDER)
            } else {
                format!("{base}/{}.csv", s.as_str())
            },
        })
        .collect();
    let mail_merge = [Campaign::ANNOUNCEMENT, Campaign::REMINDER, Campaign::FINAL]
        .iter()
        .map(|c| (i18n.t(&format!("admin-recipients-merge-{c}")), format!("{base}/mail-merge.csv?c={c}")))
        .collect();
    let privacy_notice =
        i18n.t_args("guide-privacy-personal", &[("company", crate::i18n::arg(admin.tenant.name.clone()))]);
    let model = pages::admin_recipients::RecipientsModel {
        chrome: super::admin::chrome(i18n, Some(&admin.user), Some((&admin.tenant, "recipients"))),
        csrf: admin.user.0.csrf_token.expose_secret().to_owned(),
        enabled: admin.tenant.personal_links,
        can_edit: admin.user.0.role >= Role::Editor,
        names: admin.user.0.role >= Role::Analyst,
        privacy_notice,
        setting_action: links.recipients_setting(),
        import_action: base.clone(),
        total: people.len(),
        segments,
        mail_merge,
        has_report,
        notice,
        error,
    };
    let mut response = (status, Html(pages::admin_recipients::render(model))).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// The list upload: every line checked before anything is stored; a bad line is named.
pub async fn import(
    State(state): State<AppState>,
    Editor(admin): Editor,
    headers: HeaderMap,
    multipart: Multipart,
) -> AppResult<Response> {
    let upload = Upload::read(multipart).await?;
    admin.user.check_csrf(upload.csrf())?;
    let i18n = super::admin::admin_i18n(&headers);
    match recipients::parse_list(upload.field("list").map_or(&[][..], |b| &b[..])) {
        Err(error) => {
            let message = i18n.t_args("admin-recipients-refused", &[("reason", crate::i18n::arg(error.to_string()))]);
            respond(&state, &admin, &headers, None, Some(message), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Ok(list) => {
            let added = recipients::import(&state.db, admin.tenant.id, &list, state.clock.now_ms()).await?;
            let file = upload.file_name("list").unwrap_or("upload");
            let subject = format!("{file} ({} people, {added} new)", list.len());
            state.audit(admin.audit(Action::RecipientsImported).subject(subject)).await?;
            let message =
                i18n.t_args("admin-recipients-imported", &[("count", list.len().into()), ("added", added.into())]);
            respond(&state, &admin, &headers, Some(message), None, StatusCode::OK).await
        }
    }
}

#[derive(Deserialize)]
pub struct SettingForm {
    personal_links: String,
    /// Ticked to confirm the footer's new text when turning personal links on.
    confirm: Option<String>,
}

pub async fn setting(
    State(state): State<AppState>,
    Editor(admin): Editor,
    headers: HeaderMap,
    CsrfForm(form): CsrfForm<SettingForm>,
) -> AppResult<Response> {
    let on = form.personal_links == "on";
    if on && !admin.tenant.personal_links && form.confirm.as_deref() != Some("yes") {
        let error = super::admin::admin_i18n(&headers).t("admin-recipients-confirm-needed");
        return respond(&state, &admin, &headers, None, Some(error), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let changes = tenants::TenantChanges { personal_links: Some(on), ..Default::default() };
    tenants::update(&state.db, admin.tenant.id, changes, state.clock.now_ms())
        .await
        .map_err(|e| AppError::Internal(anyhow::Error::new(e)))?;
    state.tenants.invalidate();
    if let Some(entry) = admin.settings_audit(&state, Action::PersonalLinksChanged).await? {
        state.audit(entry).await?;
    }
    Ok(Redirect::to(&AdminLinks::tenant(admin.tenant.slug.as_str()).recipients()).into_response())
}

#[derive(Deserialize)]
pub struct MergeQuery {
    /// The campaign the links carry (`announcement`, `reminder`, `final` or IT's own tag).
    c: Option<String>,
    /// The passkey profile the links name.
    p: Option<String>,
}

/// `mail-merge.csv`: everyone with their own link; `{segment}.csv`: the people in a segment.
pub async fn download(
    State(state): State<AppState>,
    Analyst(admin): Analyst,
    headers: HeaderMap,
    Path((_, file)): Path<(String, String)>,
    Query(query): Query<MergeQuery>,
) -> AppResult<Response> {
    let name = file.strip_suffix(".csv").ok_or(AppError::NotFound)?;
    let people = recipients::with_segments(&state.db, admin.tenant.id).await?;
    #[derive(serde::Serialize)]
    struct Line {
        user_principal_name: String,
        display_name: String,
        wave: String,
        segment: &'static str,
        /// Where they last said they were stuck, if they did.
        stuck_flow: String,
        stuck_step: String,
        stuck_symptom: String,
        stuck_device: String,
        /// Last, so a mail merge finds it at the end of every line.
        link: String,
    }
    let guide = super::guide::guide_home(&state, &headers, &admin.tenant);
    let campaign = query.c.as_deref().and_then(Campaign::parse);
    // An unknown profile is refused, not dropped: the links would silently lose it.
    let profile = match query.p.as_deref().filter(|p| !p.is_empty()) {
        Some(id) => Some(admin.tenant.profile(id).ok_or(AppError::NotFound)?.id.clone()),
        None => None,
    };
    let wanted = match name {
        "mail-merge" => None,
        other => Some(Segment::parse(other).ok_or(AppError::NotFound)?),
    };
    // A reminder or a final notice never goes to someone who already has a passkey the policy
    // allows; the announcement goes to everyone.
    let reminder = campaign.as_ref().is_some_and(|c| c.as_str() != Campaign::ANNOUNCEMENT);
    let lines: Vec<Line> = people
        .into_iter()
        .filter(|p| wanted.is_none_or(|s| p.segment == s))
        .filter(|p| !reminder || p.segment.needs_reminder())
        .map(|p| {
            let mut link = format!("{guide}?r={}", p.code);
            if let Some(c) = &campaign {
                link.push_str(&format!("&c={}", c.as_str()));
            }
            if let Some(profile) = &profile {
                link.push_str(&format!(
                    "&p={}",
                    url::form_urlencoded::byte_serialize(profile.as_bytes()).collect::<String>()
                ));
            }
            let stuck = p.last_stuck.unwrap_or(recipients::StuckAt {
                flow: None,
                step: None,
                symptom: None,
                device: String::new(),
            });
            Line {
                link,
                user_principal_name: p.user_principal_name,
                display_name: p.display_name.unwrap_or_default(),
                wave: p.wave.unwrap_or_default(),
                segment: p.segment.as_str(),
                stuck_flow: stuck.flow.unwrap_or_default(),
                stuck_step: stuck.step.map(|s| s.to_string()).unwrap_or_default(),
                stuck_symptom: stuck.symptom.unwrap_or_default(),
                stuck_device: stuck.device,
            }
        })
        .collect();
    super::download::csv_attachment(&format!("{}-{name}.csv", admin.tenant.slug), to_csv(&lines)?)
}
