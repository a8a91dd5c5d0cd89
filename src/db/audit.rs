//! The audit log's table: entries are added and read, never changed (the migration's triggers
//! refuse it).

use anyhow::Context;

use super::Db;
use crate::audit::{Action, Change, Entry, NewEntry};

pub async fn record(db: &Db, entry: NewEntry, now_ms: i64) -> anyhow::Result<()> {
    insert(entry, now_ms)?.execute(&db.pool).await.context("could not write to the audit log")?;
    Ok(())
}

/// Adds an entry on `connection`, inside the transaction that makes the change it records.
pub async fn record_on(connection: &mut sqlx::AnyConnection, entry: NewEntry, now_ms: i64) -> anyhow::Result<()> {
    insert(entry, now_ms)?.execute(connection).await.context("could not write to the audit log")?;
    Ok(())
}

fn insert(
    entry: NewEntry,
    now_ms: i64,
) -> anyhow::Result<sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments<'static>>> {
    let changes = serde_json::to_string(&entry.changes).context("could not write the changes")?;
    let (tenant_id, tenant_slug) = entry.tenant.unzip();
    Ok(sqlx::query(
        "insert into audit_log (at, actor_admin_id, actor, tenant_id, tenant_slug, action, subject, changes) \
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(now_ms)
    .bind(entry.actor.admin_id)
    .bind(entry.actor.name)
    .bind(tenant_id)
    .bind(tenant_slug)
    .bind(entry.action.as_str())
    .bind(entry.subject)
    .bind(changes))
}

/// Which entries to read: one tenant's or all, from a moment on, newest first, at most `limit`.
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    pub tenant_id: Option<i64>,
    pub since_ms: Option<i64>,
    pub limit: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    id: i64,
    at: i64,
    actor: String,
    tenant_slug: Option<String>,
    action: String,
    subject: String,
    changes: String,
}

impl From<EntryRow> for Entry {
    fn from(row: EntryRow) -> Entry {
        Entry {
            id: row.id,
            at_ms: row.at,
            actor: row.actor,
            tenant_slug: row.tenant_slug,
            action: row.action.parse::<Action>().ok(),
            action_name: row.action,
            subject: row.subject,
            changes: serde_json::from_str::<Vec<Change>>(&row.changes).unwrap_or_default(),
        }
    }
}

/// Entries newest first.
pub async fn list(db: &Db, filter: &AuditFilter) -> anyhow::Result<Vec<Entry>> {
    let rows: Vec<EntryRow> = sqlx::query_as(
        "select id, at, actor, tenant_slug, action, subject, changes from audit_log \
         where ($1 is null or tenant_id = $1) and ($2 is null or at >= $2) \
         order by at desc, id desc limit $3",
    )
    .bind(filter.tenant_id)
    .bind(filter.since_ms)
    .bind(filter.limit.unwrap_or(i64::MAX))
    .fetch_all(&db.pool)
    .await
    .context("could not read the audit log")?;
    Ok(rows.into_iter().map(Entry::from).collect())
}
