//! The company branding last read from each tenant's Entra sign-in page, kept until IT uses it
//! or the next fetch replaces it.

use anyhow::Context;

use super::Db;
use crate::domain::brand_color::BrandColor;
use crate::entra::branding::SignInBranding;

/// What is stored, without the logo's bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredBranding {
    pub background_color: Option<BrandColor>,
    pub has_logo: bool,
    /// When it was read, in milliseconds since 1970.
    pub fetched_at: i64,
}

/// Replaces the tenant's stored branding.
pub async fn store(db: &Db, tenant_id: i64, branding: &SignInBranding, now_ms: i64) -> anyhow::Result<()> {
    let (logo_type, logo) = branding.logo.clone().map_or((None, None), |(t, b)| (Some(t), Some(b)));
    let mut tx = db.pool.begin().await.context("could not store the company branding")?;
    sqlx::query("delete from entra_branding where tenant_id = $1")
        .bind(tenant_id)
        .execute(&mut *tx)
        .await
        .context("could not store the company branding")?;
    sqlx::query(
        "insert into entra_branding (tenant_id, background_color, logo_type, logo, fetched_at) \
         values ($1, $2, $3, $4, $5)",
    )
    .bind(tenant_id)
    .bind(branding.background_color.map(BrandColor::to_hex))
    .bind(logo_type)
    .bind(logo)
    .bind(now_ms)
    .execute(&mut *tx)
    .await
    .context("could not store the company branding")?;
    tx.commit().await.context("could not store the company branding")
}

pub async fn latest(db: &Db, tenant_id: i64) -> anyhow::Result<Option<StoredBranding>> {
    let row: Option<(Option<String>, Option<String>, i64)> =
        sqlx::query_as("select background_color, logo_type, fetched_at from entra_branding where tenant_id = $1")
            .bind(tenant_id)
            .fetch_optional(&db.pool)
            .await
            .context("could not read the company branding")?;
    Ok(row.map(|(color, logo_type, fetched_at)| StoredBranding {
        background_color: color.and_then(|c| BrandColor::parse(&c).ok()),
        has_logo: logo_type.is_some(),
        fetched_at,
    }))
}

/// The stored banner logo: media type and bytes.
pub async fn logo(db: &Db, tenant_id: i64) -> anyhow::Result<Option<(String, Vec<u8>)>> {
    let row: Option<(Option<String>, Option<Vec<u8>>)> =
        sqlx::query_as("select logo_type, logo from entra_branding where tenant_id = $1")
            .bind(tenant_id)
            .fetch_optional(&db.pool)
            .await
            .context("could not read the company branding")?;
    Ok(row.and_then(|(t, b)| Some((t?, b?))))
}
