//! The rollout emails as IT edited them (an email in a language without a row is the default
//! text), and the rollout's deadline.

use anyhow::Context;

use super::Db;
use crate::brand::emails::{EmailKind, Template};
use crate::domain::day::Day;

/// The edited template of one email in one language, if IT edited it.
pub async fn find(db: &Db, tenant_id: i64, kind: EmailKind, lang: &str) -> anyhow::Result<Option<Template>> {
    let row: Option<(String, String)> =
        sqlx::query_as("select subject, body from email_texts where tenant_id = $1 and kind = $2 and lang = $3")
            .bind(tenant_id)
            .bind(kind.as_str())
            .bind(lang)
            .fetch_optional(&db.pool)
            .await
            .context("could not read the email")?;
    Ok(row.map(|(subject, body)| Template { subject, body }))
}

pub async fn save(
    db: &Db,
    tenant_id: i64,
    (kind, lang): (EmailKind, &str),
    template: &Template,
    now_ms: i64,
) -> anyhow::Result<()> {
    sqlx::query(
        "insert into email_texts (tenant_id, kind, lang, subject, body, updated_at) values ($1, $2, $3, $4, $5, $6) \
         on conflict (tenant_id, kind, lang) do update set subject = excluded.subject, body = excluded.body, \
         updated_at = excluded.updated_at",
    )
    .bind(tenant_id)
    .bind(kind.as_str())
    .bind(lang)
    .bind(&template.subject)
    .bind(&template.body)
    .bind(now_ms)
    .execute(&db.pool)
    .await
    .context("could not save the email")?;
    Ok(())
}

/// Back to the default text; true if there was an edited one.
pub async fn reset(db: &Db, tenant_id: i64, kind: EmailKind, lang: &str) -> anyhow::Result<bool> {
    let done = sqlx::query("delete from email_texts where tenant_id = $1 and kind = $2 and lang = $3")
        .bind(tenant_id)
        .bind(kind.as_str())
        .bind(lang)
        .execute(&db.pool)
        .await
        .context("could not reset the email")?;
    Ok(done.rows_affected() > 0)
}

pub async fn deadline(db: &Db, tenant_id: i64) -> anyhow::Result<Option<Day>> {
    let row: Option<(Option<String>,)> = sqlx::query_as("select email_deadline from tenants where id = $1")
        .bind(tenant_id)
        .fetch_optional(&db.pool)
        .await
        .context("could not read the deadline")?;
    Ok(row.and_then(|(d,)| d).as_deref().and_then(Day::parse))
}

pub async fn set_deadline(db: &Db, tenant_id: i64, deadline: Option<Day>) -> anyhow::Result<()> {
    sqlx::query("update tenants set email_deadline = $1 where id = $2")
        .bind(deadline.map(|d| d.to_string()))
        .bind(tenant_id)
        .execute(&db.pool)
        .await
        .context("could not save the deadline")?;
    Ok(())
}
