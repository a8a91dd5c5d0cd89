//! The rollout emails, per language and passkey profile: IT edits each one's subject and text
//! (with placeholders, and a way back to the default), sets the rollout's deadline, sees each
//! email rendered beside its source, and downloads it as an `.eml` draft.

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::{admin_i18n, chrome, html};
use crate::audit::{Action, Change};
use crate::brand::Tenant;
use crate::brand::emails::{self, EmailKind, Placeholder, Template, Values};
use crate::db::admins::Role;
use crate::db::email_texts;
use crate::domain::day::Day;
use crate::i18n::{I18n, Locale, arg};
use crate::pages;
use crate::pages::admin_emails::{Editing, EmailView};
use crate::web::admin_auth::{AdminTenant, CsrfForm, Editor};
use crate::web::error::{AppError, AppResult};
use crate::web::paths::AdminLinks;
use crate::web::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/admin/tenants/{tenant}/emails", get(emails_page))
        .route("/admin/tenants/{tenant}/emails/deadline", post(save_deadline))
        .route("/admin/tenants/{tenant}/emails/{file}", get(email_file).post(save_email))
}

#[derive(Deserialize, Default)]
pub struct LangQuery {
    lang: Option<String>,
    /// The passkey profile the emails link to.
    p: Option<String>,
    /// The email just saved or reset, or `deadline`.
    saved: Option<String>,
}

impl LangQuery {
    /// The tenant's profile the query names (its id as stored), if any.
    fn profile<'a>(&self, tenant: &'a Tenant) -> Option<&'a str> {
        self.p.as_deref().and_then(|id| tenant.profile(id)).map(|p| p.id.as_str())
    }

    /// The language asked for, if the tenant's guide speaks it, else the tenant's default.
    fn language(&self, tenant: &Tenant) -> Locale {
        self.lang
            .as_deref()
            .and_then(Locale::parse)
            .filter(|l| tenant.locales.contains(l))
            .unwrap_or_else(|| tenant.default_locale.clone())
    }
}

/// The template of an email in a language: as IT edited it, else the default.
async fn template(state: &AppState, tenant: &Tenant, kind: EmailKind, lang: &Locale) -> AppResult<(Template, bool)> {
    Ok(match email_texts::find(&state.db, tenant.id, kind, lang.as_str()).await? {
        Some(edited) => (edited, true),
        None => (Template::default_for(kind, &I18n::new(lang.clone())), false),
    })
}

/// What the placeholders stand for: links on the tenant's own domain (https) or the public URL,
/// each person's own link where personal links are on.
async fn values(
    state: &AppState,
    headers: &HeaderMap,
    tenant: &Tenant,
    kind: EmailKind,
    q: &LangQuery,
) -> AppResult<Values> {
    let home = crate::web::guide::guide_home(state, headers, tenant);
    let lang = q.language(tenant);
    let link = if tenant.personal_links {
        Values::LINK_FIELD.to_owned()
    } else {
        emails::guide_link(&home, tenant, kind, lang.as_str(), q.profile(tenant))
    };
    let logo = tenant.has_logo().then(|| format!("{}/logo?v={}", home.trim_end_matches('/'), tenant.branding_version));
    let deadline = email_texts::deadline(&state.db, tenant.id).await?.map(|d| d.to_string());
    Ok(Values { company: tenant.name.clone(), deadline, link, helpdesk: emails::helpdesk(tenant), logo })
}

/// An email as the page shows it after a refused save: what was typed, and why.
struct Refused {
    kind: EmailKind,
    subject: String,
    body: String,
    error: String,
}

async fn respond(
    state: &AppState,
    admin: &AdminTenant,
    headers: &HeaderMap,
    q: &LangQuery,
    refused: Option<Refused>,
    deadline_error: Option<(String, String)>,
) -> AppResult<Response> {
    let i18n = admin_i18n(headers);
    let tenant = &admin.tenant;
    let lang = q.language(tenant);
    let links = AdminLinks::tenant(tenant.slug.as_str());
    let mail_i18n = I18n::new(lang.clone());
    let profile = q.profile(tenant);
    let mut views = Vec::new();
    for kind in EmailKind::ALL {
        let (template, edited) = template(state, tenant, kind, &lang).await?;
        let email =
            emails::render(kind, tenant, &mail_i18n, &template, &values(state, headers, tenant, kind, q).await?);
        let editing = match &refused {
            Some(r) if r.kind == kind => {
                Editing { subject: r.subject.clone(), body: r.body.clone(), error: Some(r.error.clone()) }
            }
            _ => Editing { subject: template.subject, body: template.body, error: None },
        };
        views.push(EmailView {
            email,
            editing,
            edited,
            save_action: links.email_save(kind.as_str(), lang.as_str(), profile),
            eml_href: links.eml(kind.as_str(), lang.as_str(), profile),
            preview_href: links.email_preview(kind.as_str(), lang.as_str(), profile),
        });
    }
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
    let notice = q.saved.as_deref().map(|saved| match saved {
        "deadline" => i18n.t("admin-email-deadline-saved"),
        "reset" => i18n.t("admin-email-reset-done"),
        _ => i18n.t("admin-email-saved"),
    });
    let deadline = match deadline_error {
        Some((typed, error)) => (typed, Some(error)),
        None => (email_texts::deadline(&state.db, tenant.id).await?.map(|d| d.to_string()).unwrap_or_default(), None),
    };
    let origin = crate::web::guide::guide_home(state, headers, tenant);
    let status =
        if refused.is_some() || deadline.1.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let model = pages::admin_emails::EmailsModel {
        chrome: chrome(i18n.clone(), Some(&admin.user), Some((tenant, "emails"))),
        csrf: admin.user.csrf(),
        can_edit: admin.user.0.role >= Role::Editor,
        languages,
        profiles,
        emails: views,
        placeholders: Placeholder::ALL
            .into_iter()
            .map(|p| (p.written(), i18n.t(&format!("admin-email-placeholder-{}", p.as_str()))))
            .collect(),
        links_to: i18n.t_args("admin-email-links-to", &[("origin", arg(origin))]),
        personal_links: tenant.personal_links,
        deadline_action: links.email_deadline(lang.as_str(), profile),
        deadline,
        notice,
        script: *crate::web::assets::ADMIN_SCRIPT_URL,
    };
    Ok(html(status, pages::admin_emails::render(model)))
}

pub async fn emails_page(
    State(state): State<AppState>,
    admin: AdminTenant,
    headers: HeaderMap,
    Query(q): Query<LangQuery>,
) -> AppResult<Response> {
    respond(&state, &admin, &headers, &q, None, None).await
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
    /// Present when "Reset to default" was pressed.
    reset: Option<String>,
}

/// Saves an email's text in one language, or resets it to the default.
pub async fn save_email(
    State(state): State<AppState>,
    Editor(admin): Editor,
    headers: HeaderMap,
    Path((_, file)): Path<(String, String)>,
    Query(q): Query<LangQuery>,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> AppResult<Response> {
    let kind = EmailKind::parse(&file).ok_or(AppError::NotFound)?;
    let tenant = &admin.tenant;
    let lang = q.language(tenant);
    let (before, edited) = template(&state, tenant, kind, &lang).await?;
    let subject = format!("{} ({})", kind.as_str(), lang.as_str());
    let outcome = if form.reset.is_some() {
        if edited {
            email_texts::reset(&state.db, tenant.id, kind, lang.as_str()).await?;
            let after = Template::default_for(kind, &I18n::new(lang.clone()));
            state
                .audit(admin.audit(Action::EmailsChanged).subject(subject).changes(template_changes(&before, &after)))
                .await?;
        }
        "reset"
    } else {
        let after = match Template::new(&form.subject, &form.body) {
            Ok(template) => template,
            Err(e) => {
                let i18n = admin_i18n(&headers);
                let error = match &e {
                    emails::TemplateError::Unknown(name) => i18n.t_args(e.message_id(), &[("name", arg(name.clone()))]),
                    _ => i18n.t(e.message_id()),
                };
                let refused = Refused { kind, subject: form.subject, body: form.body, error };
                return respond(&state, &admin, &headers, &q, Some(refused), None).await;
            }
        };
        let changes = template_changes(&before, &after);
        if !changes.is_empty() {
            email_texts::save(&state.db, tenant.id, (kind, lang.as_str()), &after, state.clock.now_ms()).await?;
            state.audit(admin.audit(Action::EmailsChanged).subject(subject).changes(changes)).await?;
        }
        kind.as_str()
    };
    let links = AdminLinks::tenant(tenant.slug.as_str());
    let target =
        format!("{}&saved={outcome}#{}-heading", links.emails_in(lang.as_str(), q.profile(tenant)), kind.as_str());
    Ok(Redirect::to(&target).into_response())
}

fn template_changes(before: &Template, after: &Template) -> Vec<Change> {
    let mut changes = Vec::new();
    if before.subject != after.subject {
        changes.push(Change::new("subject", Some(before.subject.clone()), Some(after.subject.clone())));
    }
    if before.body != after.body {
        changes.push(Change::new("body", Some(before.body.clone()), Some(after.body.clone())));
    }
    changes
}

#[derive(Deserialize)]
pub struct DeadlineForm {
    #[serde(default)]
    deadline: String,
}

/// The rollout's deadline, for the reminder and the final notice; empty removes it.
pub async fn save_deadline(
    State(state): State<AppState>,
    Editor(admin): Editor,
    headers: HeaderMap,
    Query(q): Query<LangQuery>,
    CsrfForm(form): CsrfForm<DeadlineForm>,
) -> AppResult<Response> {
    let typed = form.deadline.trim();
    let deadline = if typed.is_empty() {
        None
    } else {
        match Day::parse(typed) {
            Some(day) => Some(day),
            None => {
                let error = admin_i18n(&headers).t("admin-email-deadline-error");
                return respond(&state, &admin, &headers, &q, None, Some((typed.to_owned(), error))).await;
            }
        }
    };
    let before = email_texts::deadline(&state.db, admin.tenant.id).await?;
    if before != deadline {
        email_texts::set_deadline(&state.db, admin.tenant.id, deadline).await?;
        let change = Change::new("deadline", before.map(|d| d.to_string()), deadline.map(|d| d.to_string()));
        state.audit(admin.audit(Action::EmailsChanged).subject("deadline").changes(vec![change])).await?;
    }
    let links = AdminLinks::tenant(admin.tenant.slug.as_str());
    let lang = q.language(&admin.tenant);
    Ok(Redirect::to(&format!("{}&saved=deadline", links.emails_in(lang.as_str(), q.profile(&admin.tenant))))
        .into_response())
}

/// `{kind}.eml`: a draft to open in a mail program; `{kind}.html`: the HTML version alone, for
/// the preview beside the source (framed by the admin pages only; its inline styles are the
/// email's own).
pub async fn email_file(
    State(state): State<AppState>,
    admin: AdminTenant,
    headers: HeaderMap,
    Path((_, file)): Path<(String, String)>,
    Query(q): Query<LangQuery>,
) -> AppResult<Response> {
    let (name, extension) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    let kind = EmailKind::parse(name).ok_or(AppError::NotFound)?;
    let tenant = &admin.tenant;
    let lang = q.language(tenant);
    let (template, _) = template(&state, tenant, kind, &lang).await?;
    let email = emails::render(
        kind,
        tenant,
        &I18n::new(lang.clone()),
        &template,
        &values(&state, &headers, tenant, kind, &q).await?,
    );
    match extension {
        "eml" => {
            let eml = emails::to_eml(&email, &format!("{}{}", tenant.branding_version, kind.as_str()));
            let disposition =
                format!("attachment; filename=\"{}-{}-{}.eml\"", tenant.slug, kind.as_str(), lang.as_str());
            Ok((
                [
                    (header::CONTENT_TYPE, HeaderValue::from_static("message/rfc822")),
                    (header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).map_err(|_| AppError::NotFound)?),
                ],
                eml,
            )
                .into_response())
        }
        "html" => {
            let mut response = html(StatusCode::OK, email.html);
            response.headers_mut().insert(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(
                    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' https: data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'",
                ),
            );
            response.headers_mut().insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("SAMEORIGIN"));
            Ok(response)
        }
        _ => Err(AppError::NotFound),
    }
}
