//! The history of a tenant's registration report imports, and deleting a wrong one.

use anyhow::Context;

use super::Db;

/// One import as the history lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRow {
    pub id: i64,
    /// The file's name, or `graph:{directory}` for a fetch.
    pub source: String,
    pub users: i64,
    pub in_scope: i64,
    pub with_passkey: i64,
    pub with_allowed_passkey: i64,
    /// Milliseconds since 1970.
    pub created_at: i64,
}

impl ImportRow {
    pub fn from_graph(&self) -> bool {
        self.source.starts_with("graph:")
    }
}

/// Newest first, at most `limit`.
pub async fn list(db: &Db, tenant_id: i64, limit: i64) -> anyhow::Result<Vec<ImportRow>> {
    let rows: Vec<(i64, String, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "select id, source, users, in_scope, with_passkey, coalesce(with_allowed_passkey, with_passkey), created_at \
         from entra_imports where tenant_id = $1 order by created_at desc, id desc limit $2",
    )
    .bind(tenant_id)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .context("could not read the imports")?;
    Ok(rows
        .into_iter()
        .map(|(id, source, users, in_scope, with_passkey, with_allowed_passkey, created_at)| ImportRow {
            id,
            source,
            users,
            in_scope,
            with_passkey,
            with_allowed_passkey,
            created_at,
        })
        .collect())
}

/// Deletes one of the tenant's imports with its users and passkeys, in one transaction, and
/// returns when it was made. `None` (and nothing changed) when the tenant has no such import.
pub async fn delete(db: &Db, tenant_id: i64, import_id: i64) -> anyhow::Result<Option<i64>> {
    let mut tx = db.pool.begin().await.context("could not delete the import")?;
    let found: Option<(i64,)> = sqlx::query_as("select created_at from entra_imports where id = $1 and tenant_id = $2")
        .bind(import_id)
        .bind(tenant_id)
        .fetch_optional(&mut *tx)
        .await
        .context("could not delete the import")?;
    let Some((created_at,)) = found else { return Ok(None) };
    for table in ["entra_passkeys", "entra_users"] {
        sqlx::query(&format!("delete from {table} where import_id = $1"))
            .bind(import_id)
            .execute(&mut *tx)
            .await
            .context("could not delete the import")?;
    }
    sqlx::query("delete from entra_imports where id = $1")
        .bind(import_id)
        .execute(&mut *tx)
        .await
        .context("could not delete the import")?;
    tx.commit().await.context("could not delete the import")?;
    Ok(Some(created_at))
}

/// One person of an import, as stored (`methods`: the registered methods, comma-separated).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ImportedUser {
    pub user_principal_name: String,
    pub display_name: Option<String>,
    pub user_type: Option<String>,
    pub methods: String,
    pub has_passkey: i64,
    pub has_allowed_passkey: Option<i64>,
    pub is_admin: Option<i64>,
    pub excluded: i64,
}

/// The people of the tenant's latest import, by principal name; none without an import.
pub async fn latest_users(db: &Db, tenant_id: i64) -> anyhow::Result<Vec<ImportedUser>> {
    sqlx::query_as(
        "select user_principal_name, display_name, user_type, methods, has_passkey, has_allowed_passkey, is_admin, \
         excluded from entra_users where import_id = (select id from entra_imports where tenant_id = $1 \
         order by created_at desc, id desc limit 1) order by user_principal_name, id",
    )
    .bind(tenant_id)
    .fetch_all(&db.pool)
    .await
    .context("could not read the latest import's users")
}
