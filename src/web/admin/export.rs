//! `GET /admin/tenants/{tenant}/export.zip`: everything stored about a tenant, for its owners,
//! as a ZIP of CSV files (one per kind of data) and a README naming them. No secret travels:
//! not the Graph client secret, not a token or its hash, no session.
//!
//! The archive is built in memory. A tenant has at most some tens of thousands of people; the
//! largest table, sign-ins per person and day, then stays within tens of megabytes before
//! compression, which the server can hold for the moment a download takes.

use axum::Router;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;

use super::admin_i18n;
use crate::audit::{self, Action};
use crate::db::audit::AuditFilter;
use crate::db::funnel::{By, Slice};
use crate::db::{entra_imports, funnel, recipients, signins, tokens};
use crate::domain::day::Day;
use crate::domain::stage::Stage;
use crate::web::admin_auth::{AdminTenant, Owner};
use crate::web::api::rfc3339;
use crate::web::download::{table_csv, with_bom, zip_archive, zip_attachment};
use crate::web::error::AppResult;
use crate::web::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/admin/tenants/{tenant}/export.zip", get(export))
}

/// One CSV file of the archive: its name, the README's message about it, and its table.
struct Table {
    file: &'static str,
    about: &'static str,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(file: &'static str, about: &'static str, header: &[&str], rows: Vec<Vec<String>>) -> Table {
        Table { file, about, header: header.iter().map(|h| (*h).to_owned()).collect(), rows }
    }
}

fn yes_no(value: i64) -> String {
    if value != 0 { "yes" } else { "no" }.to_owned()
}

fn optional_yes_no(value: Option<i64>) -> String {
    value.map(yes_no).unwrap_or_default()
}

async fn export(State(state): State<AppState>, Owner(admin): Owner, headers: HeaderMap) -> AppResult<Response> {
    let i18n = admin_i18n(&headers);
    let tables = tables(&state, &admin).await?;
    let now = state.clock.now();
    let mut readme = i18n.t_args(
        "admin-export-readme-title",
        &[
            ("name", crate::i18n::arg(admin.tenant.name.clone())),
            ("slug", crate::i18n::arg(admin.tenant.slug.to_string())),
            ("when", crate::i18n::arg(crate::clock::utc_minute(state.clock.now_ms()))),
        ],
    );
    readme.push_str("\r\n\r\n");
    readme.push_str(&i18n.t("admin-export-readme-format"));
    readme.push_str("\r\n\r\n");
    for table in &tables {
        readme.push_str(&format!("{}: {}\r\n", table.file, i18n.t(table.about)));
    }
    let mut files = vec![("README.txt", readme.into_bytes())];
    for table in &tables {
        files.push((table.file, with_bom(&table_csv(&table.header, &table.rows)?).into_bytes()));
    }
    let archive = zip_archive(&files, now)?;
    let filename = format!("{}-data.zip", admin.tenant.slug);
    // Personal data left the installation: who took it is worth knowing.
    state.audit(admin.audit(Action::TenantExported).subject(filename.clone())).await?;
    zip_attachment(&filename, archive)
}

async fn tables(state: &AppState, admin: &AdminTenant) -> anyhow::Result<Vec<Table>> {
    let db = &state.db;
    let tenant = &admin.tenant;
    let mut settings = vec![vec!["slug".to_owned(), tenant.slug.to_string()]];
    settings.extend(
        audit::tenant_fields::fields(tenant).into_iter().map(|(field, value)| vec![field, value.unwrap_or_default()]),
    );

    // Funnel days are the tenant's own, which can be a day ahead of UTC.
    let today = Day::parse(&state.clock.today()).unwrap_or(Day::EARLIEST);
    let last = today.next().unwrap_or(today);
    let mut by_day = funnel::stage_totals(db, tenant.id, &Slice::days(Day::EARLIEST, last), By::Day).await?;
    by_day.sort_by(|a, b| (&a.key, Stage::parse(&a.stage)).cmp(&(&b.key, Stage::parse(&b.stage))));
    let by_day =
        by_day.into_iter().map(|t| vec![t.key, t.stage, t.visitors.to_string(), t.events.to_string()]).collect();

    let imports = entra_imports::list(db, tenant.id, i64::MAX)
        .await?
        .into_iter()
        .rev()
        .map(|i| {
            vec![
                i.id.to_string(),
                rfc3339(i.created_at),
                i.source,
                i.users.to_string(),
                i.in_scope.to_string(),
                i.with_passkey.to_string(),
                i.with_allowed_passkey.to_string(),
            ]
        })
        .collect();

    let users = entra_imports::latest_users(db, tenant.id)
        .await?
        .into_iter()
        .map(|u| {
            vec![
                u.user_principal_name,
                u.display_name.unwrap_or_default(),
                u.user_type.unwrap_or_default(),
                u.methods,
                yes_no(u.has_passkey),
                optional_yes_no(u.has_allowed_passkey),
                optional_yes_no(u.is_admin),
                yes_no(u.excluded),
            ]
        })
        .collect();

    let people = recipients::with_segments(db, tenant.id)
        .await?
        .into_iter()
        .map(|r| {
            vec![
                r.user_principal_name,
                r.display_name.unwrap_or_default(),
                r.wave.unwrap_or_default(),
                r.code,
                r.segment.as_str().to_owned(),
            ]
        })
        .collect();

    let sign_ins = signins::all(db, tenant.id)
        .await?
        .into_iter()
        .map(|s| vec![s.day, s.user_principal_name, yes_no(s.passkey), yes_no(s.password), yes_no(s.legacy_client)])
        .collect();

    let token_rows = tokens::list(db, tenant.id)
        .await?
        .into_iter()
        .map(|t| {
            vec![
                t.id.to_string(),
                t.label,
                t.kind,
                rfc3339(t.created_at),
                t.revoked_at.map(rfc3339).unwrap_or_default(),
            ]
        })
        .collect();

    let mut entries =
        crate::db::audit::list(db, &AuditFilter { tenant_id: Some(tenant.id), ..Default::default() }).await?;
    entries.reverse();
    let (audit_header, audit_rows) = audit::table(&entries);

    Ok(vec![
        Table::new("tenant.csv", "admin-export-readme-tenant", &["field", "value"], settings),
        Table::new("funnel-by-day.csv", "admin-export-readme-funnel", &["day", "stage", "people", "events"], by_day),
        Table::new(
            "entra-imports.csv",
            "admin-export-readme-imports",
            &["id", "imported_utc", "source", "users", "in_scope", "with_passkey", "with_allowed_passkey"],
            imports,
        ),
        Table::new(
            "coverage-users.csv",
            "admin-export-readme-coverage",
            &[
                "user_principal_name",
                "display_name",
                "user_type",
                "methods",
                "has_passkey",
                "has_allowed_passkey",
                "is_admin",
                "excluded",
            ],
            users,
        ),
        Table::new(
            "recipients.csv",
            "admin-export-readme-recipients",
            &["user_principal_name", "display_name", "wave", "link_code", "segment"],
            people,
        ),
        Table::new(
            "signins.csv",
            "admin-export-readme-signins",
            &["day", "user_principal_name", "passkey", "password", "legacy_client"],
            sign_ins,
        ),
        Table::new(
            "tokens.csv",
            "admin-export-readme-tokens",
            &["id", "label", "kind", "created_utc", "revoked_utc"],
            token_rows,
        ),
        Table { file: "audit-log.csv", about: "admin-export-readme-audit", header: audit_header, rows: audit_rows },
    ])
}
