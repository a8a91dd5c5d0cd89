//! The `tenants` table.

use crate::domain::time_zone::TimeZone;
use anyhow::Context;
use sqlx::FromRow;

use super::Db;
use crate::brand::{Support, Tenant};
use crate::domain::brand_color::BrandColor;
use crate::domain::handoff_url::HandoffUrl;
use crate::domain::tenant_slug::TenantSlug;
use crate::entra::aaguid::Aaguid;
use crate::guide::policy::{Enforcement, KeyRestrictions, PasskeyPolicy, PasskeyProfile};
use crate::i18n::Locale;

/// One row of `tenants`, as stored.
#[derive(Debug, FromRow)]
pub struct TenantRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub primary_color: String,
    pub logo_type: Option<String>,
    pub support_email: Option<String>,
    pub support_phone: Option<String>,
    pub support_url: Option<String>,
    pub handoff_url: String,
    pub domain: Option<String>,
    pub locales: String,
    pub default_locale: String,
    pub allow_synced: i64,
    pub allow_device_bound: i64,
    pub enforce_attestation: i64,
    pub key_restriction: String,
    pub key_aaguids: String,
    pub windows_hello: i64,
    pub passkey_profiles: String,
    pub personal_links: i64,
    pub time_zone: String,
    pub branding_version: i64,
}

const COLUMNS: &str = "id, slug, name, primary_color, logo_type, support_email, support_phone, support_url, \
     handoff_url, domain, locales, default_locale, allow_synced, allow_device_bound, enforce_attestation, \
     key_restriction, key_aaguids, windows_hello, passkey_profiles, personal_links, time_zone, branding_version";

impl TenantRow {
    /// Stored values were checked when written; a value that no longer parses falls back to a
    /// safe default instead of breaking the guide.
    pub fn into_tenant(self) -> anyhow::Result<Tenant> {
        let slug = TenantSlug::parse(&self.slug).with_context(|| format!("stored slug {:?} is invalid", self.slug))?;
        let locales: Vec<Locale> = self.locales.split(',').filter_map(Locale::parse).collect();
        let default_locale = Locale::parse(&self.default_locale).unwrap_or_else(Locale::english);
        let locales = if locales.is_empty() { vec![default_locale.clone()] } else { locales };
        Ok(Tenant {
            id: self.id,
            slug,
            name: self.name,
            primary_color: BrandColor::parse(&self.primary_color).unwrap_or(DEFAULT_COLOR),
            logo_type: self.logo_type,
            support: Support { email: self.support_email, phone: self.support_phone, url: self.support_url },
            handoff_url: HandoffUrl::parse(&self.handoff_url).unwrap_or_default(),
            domain: self.domain,
            locales,
            default_locale,
            policy: PasskeyPolicy {
                allow_synced: self.allow_synced != 0,
                allow_device_bound: self.allow_device_bound != 0,
                enforce_attestation: self.enforce_attestation != 0,
                key_restrictions: KeyRestrictions {
                    enforcement: Enforcement::parse(&self.key_restriction),
                    aaguids: self.key_aaguids.split(',').filter_map(|a| Aaguid::parse(a).ok()).collect(),
                },
                windows_hello: self.windows_hello != 0,
            },
            // Profiles this version cannot read count as none: links fall back to the default.
            profiles: serde_json::from_str(&self.passkey_profiles).unwrap_or_default(),
            personal_links: self.personal_links != 0,
            time_zone: TimeZone::parse(&self.time_zone).unwrap_or_default(),
            branding_version: self.branding_version,
        })
    }
}

pub const DEFAULT_COLOR: BrandColor = BrandColor::rgb(0x0f, 0x6c, 0xbd);

/// What `create` needs.
pub struct NewTenant<'a> {
    pub slug: &'a TenantSlug,
    pub name: &'a str,
    pub policy: PasskeyPolicy,
}

#[derive(Debug, thiserror::Error)]
pub enum TenantWriteError {
    #[error("a tenant with that slug or domain already exists")]
    Taken,
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

pub async fn create(db: &Db, tenant: NewTenant<'_>, now_ms: i64) -> Result<i64, TenantWriteError> {
    let all_locales = Locale::supported().iter().map(|l| l.as_str()).collect::<Vec<_>>().join(",");
    let row: Result<(i64,), sqlx::Error> = sqlx::query_as(
        "insert into tenants (slug, name, primary_color, handoff_url, locales, default_locale, allow_synced, \
         allow_device_bound, enforce_attestation, key_restriction, key_aaguids, windows_hello, created_at, \
         updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) returning id",
    )
    .bind(tenant.slug.as_str())
    .bind(tenant.name)
    .bind(DEFAULT_COLOR.to_hex())
    .bind(HandoffUrl::default_url().as_str().to_owned())
    .bind(all_locales)
    .bind("en")
    .bind(i64::from(tenant.policy.allow_synced))
    .bind(i64::from(tenant.policy.allow_device_bound))
    .bind(i64::from(tenant.policy.enforce_attestation))
    .bind(tenant.policy.key_restrictions.kind())
    .bind(tenant.policy.key_restrictions.aaguids_joined(","))
    .bind(i64::from(tenant.policy.windows_hello))
    .bind(now_ms)
    .fetch_one(&db.pool)
    .await;
    match row {
        Ok((id,)) => Ok(id),
        Err(e) if super::is_unique_violation(&e) => Err(TenantWriteError::Taken),
        Err(e) => Err(anyhow::Error::new(e).context("could not create the tenant").into()),
    }
}

pub async fn find_by_slug(db: &Db, slug: &str) -> anyhow::Result<Option<Tenant>> {
    let row: Option<TenantRow> = sqlx::query_as(&format!("select {COLUMNS} from tenants where slug = $1"))
        .bind(slug)
        .fetch_optional(&db.pool)
        .await
        .context("could not read the tenant")?;
    row.map(TenantRow::into_tenant).transpose()
}

pub async fn find_by_id(db: &Db, id: i64) -> anyhow::Result<Option<Tenant>> {
    let row: Option<TenantRow> = sqlx::query_as(&format!("select {COLUMNS} from tenants where id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("could not read the tenant")?;
    row.map(TenantRow::into_tenant).transpose()
}

pub async fn find_by_domain(db: &Db, domain: &str) -> anyhow::Result<Option<Tenant>> {
    let row: Option<TenantRow> = sqlx::query_as(&format!("select {COLUMNS} from tenants where domain = $1"))
        .bind(domain.to_ascii_lowercase())
        .fetch_optional(&db.pool)
        .await
        .context("could not read the tenant")?;
    row.map(TenantRow::into_tenant).transpose()
}

pub async fn list(db: &Db) -> anyhow::Result<Vec<Tenant>> {
    let rows: Vec<TenantRow> = sqlx::query_as(&format!("select {COLUMNS} from tenants order by slug"))
        .fetch_all(&db.pool)
        .await
        .context("could not list tenants")?;
    rows.into_iter().map(TenantRow::into_tenant).collect()
}

pub async fn count(db: &Db) -> anyhow::Result<i64> {
    let (n,): (i64,) =
        sqlx::query_as("select count(*) from tenants").fetch_one(&db.pool).await.context("could not count tenants")?;
    Ok(n)
}

/// The tenant's logo bytes and media type.
pub async fn logo(db: &Db, tenant_id: i64) -> anyhow::Result<Option<(String, Vec<u8>)>> {
    let row: Option<(Option<String>, Option<Vec<u8>>)> =
        sqlx::query_as("select logo_type, logo from tenants where id = $1")
            .bind(tenant_id)
            .fetch_optional(&db.pool)
            .await
            .context("could not read the logo")?;
    Ok(row.and_then(|(t, b)| Some((t?, b?))))
}

/// A change to a tenant's settings; `None` leaves a field as it is.
#[derive(Debug, Default, Clone)]
pub struct TenantChanges {
    pub name: Option<String>,
    pub primary_color: Option<BrandColor>,
    pub handoff_url: Option<HandoffUrl>,
    pub support_email: Option<Option<String>>,
    pub support_phone: Option<Option<String>>,
    pub support_url: Option<Option<String>>,
    pub domain: Option<Option<String>>,
    pub locales: Option<(Vec<Locale>, Locale)>,
    pub policy: Option<PasskeyPolicy>,
    pub profiles: Option<Vec<PasskeyProfile>>,
    pub personal_links: Option<bool>,
    pub time_zone: Option<TimeZone>,
    pub logo: Option<Option<(String, Vec<u8>)>>,
}

/// Applies `changes` in one statement per field inside one transaction, and bumps the
/// branding version so cached pages are replaced.
pub async fn update(db: &Db, tenant_id: i64, changes: TenantChanges, now_ms: i64) -> Result<(), TenantWriteError> {
    let mut tx = db.pool.begin().await.context("could not start a transaction")?;
    macro_rules! set {
        ($sql:literal, $value:expr) => {
            sqlx::query(concat!("update tenants set ", $sql, " where id = $2"))
                .bind($value)
                .bind(tenant_id)
                .execute(&mut *tx)
                .await
        };
    }
    let mut results = Vec::new();
    if let Some(v) = changes.name {
        results.push(set!("name = $1", v));
    }
    if let Some(v) = changes.primary_color {
        results.push(set!("primary_color = $1", v.to_hex()));
    }
    if let Some(v) = changes.handoff_url {
        results.push(set!("handoff_url = $1", v.as_str().to_owned()));
    }
    if let Some(v) = changes.support_email {
        results.push(set!("support_email = $1", v));
    }
    if let Some(v) = changes.support_phone {
        results.push(set!("support_phone = $1", v));
    }
    if let Some(v) = changes.support_url {
        results.push(set!("support_url = $1", v));
    }
    if let Some(v) = changes.domain {
        results.push(set!("domain = $1", v.map(|d| d.to_ascii_lowercase())));
    }
    if let Some((locales, default)) = changes.locales {
        let list = locales.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(",");
        results.push(set!("locales = $1", list));
        results.push(set!("default_locale = $1", default.as_str().to_owned()));
    }
    if let Some(p) = changes.policy {
        results.push(set!("allow_synced = $1", i64::from(p.allow_synced)));
        results.push(set!("allow_device_bound = $1", i64::from(p.allow_device_bound)));
        results.push(set!("enforce_attestation = $1", i64::from(p.enforce_attestation)));
        results.push(set!("key_restriction = $1", p.key_restrictions.kind()));
        results.push(set!("key_aaguids = $1", p.key_restrictions.aaguids_joined(",")));
        results.push(set!("windows_hello = $1", i64::from(p.windows_hello)));
    }
    if let Some(profiles) = changes.profiles {
        let json = serde_json::to_string(&profiles).context("could not write the passkey profiles")?;
        results.push(set!("passkey_profiles = $1", json));
    }
    if let Some(v) = changes.personal_links {
        results.push(set!("personal_links = $1", i64::from(v)));
    }
    if let Some(v) = changes.time_zone {
        results.push(set!("time_zone = $1", v.name().to_owned()));
    }
    if let Some(logo) = changes.logo {
        let (kind, bytes) = logo.map_or((None, None), |(k, b)| (Some(k), Some(b)));
        results.push(set!("logo_type = $1", kind));
        results.push(set!("logo = $1", bytes));
    }
    results.push(set!("branding_version = branding_version + 1, updated_at = $1", now_ms));
    for result in results {
        match result {
            Ok(_) => {}
            Err(e) if super::is_unique_violation(&e) => return Err(TenantWriteError::Taken),
            Err(e) => return Err(anyhow::Error::new(e).context("could not update the tenant").into()),
        }
    }
    tx.commit().await.context("could not save the tenant")?;
    Ok(())
}

/// The tables that keep a tenant's rows by `tenant_id`, apart from `audit_log` (whose entries
/// outlive the tenant: it has no foreign key, by design) and `tenants` itself. Every one of them
/// also cascades from `tenants`; deleting them by name does not depend on SQLite's
/// `foreign_keys` pragma and keeps the order (children first) visible.
pub const OWNED_TABLES: [&str; 17] = [
    "events",
    "funnel_people",
    "funnel_stages",
    "funnel_steps",
    "funnel_durations",
    "funnel_values",
    "funnel_recount",
    "recipients",
    "entra_signins",
    "coverage_exclusions",
    "entra_imports",
    "entra_configurations",
    "entra_branding",
    "graph_connections",
    "api_tokens",
    "admin_invites",
    "admins",
];

/// What went with a deleted tenant besides its data: the administrators limited to it.
#[derive(Debug, Default)]
pub struct Deleted {
    /// Their emails, in order.
    pub admins: Vec<String>,
}

/// Deletes a tenant and everything it owns, in one transaction: its events and funnel counts,
/// imports (with their users and passkeys), sign-ins, recipients, Entra connection and
/// configuration, tokens, invitations, and the administrators limited to it with their sessions
/// and trusted devices (an administrator without a tenant would manage every tenant, so they
/// cannot stay). The audit entry `audit` makes of it is written in the same transaction.
/// `None`, and nothing changed, when there is no such tenant.
pub async fn delete(
    db: &Db,
    tenant_id: i64,
    audit: impl FnOnce(&Deleted) -> crate::audit::NewEntry,
    now_ms: i64,
) -> anyhow::Result<Option<Deleted>> {
    const FAILED: &str = "could not delete the tenant";
    let mut tx = db.pool.begin().await.context(FAILED)?;
    let found: Option<(i64,)> = sqlx::query_as("select id from tenants where id = $1")
        .bind(tenant_id)
        .fetch_optional(&mut *tx)
        .await
        .context(FAILED)?;
    if found.is_none() {
        return Ok(None);
    }
    let admins: Vec<(String,)> = sqlx::query_as("select email from admins where tenant_id = $1 order by email")
        .bind(tenant_id)
        .fetch_all(&mut *tx)
        .await
        .context(FAILED)?;
    // Rows that belong to the tenant through its imports and its administrators.
    for sql in [
        "delete from entra_passkeys where import_id in (select id from entra_imports where tenant_id = $1)",
        "delete from entra_users where import_id in (select id from entra_imports where tenant_id = $1)",
        "delete from sessions where admin_id in (select id from admins where tenant_id = $1)",
        "delete from trusted_devices where admin_id in (select id from admins where tenant_id = $1)",
        "update admin_invites set invited_by = null where invited_by in (select id from admins where tenant_id = $1)",
    ] {
        sqlx::query(sql).bind(tenant_id).execute(&mut *tx).await.context(FAILED)?;
    }
    for table in OWNED_TABLES {
        sqlx::query(&format!("delete from {table} where tenant_id = $1"))
            .bind(tenant_id)
            .execute(&mut *tx)
            .await
            .with_context(|| format!("{FAILED}: {table}"))?;
    }
    sqlx::query("delete from tenants where id = $1").bind(tenant_id).execute(&mut *tx).await.context(FAILED)?;
    let deleted = Deleted { admins: admins.into_iter().map(|(email,)| email).collect() };
    super::audit::record_on(&mut tx, audit(&deleted), now_ms).await?;
    tx.commit().await.context(FAILED)?;
    Ok(Some(deleted))
}
