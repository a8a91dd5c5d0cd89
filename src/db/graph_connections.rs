//! Each tenant's Graph connection entered in the web admin (directory, app, sealed client
//! secret) and the state of its last fetch.

use anyhow::Context;

use super::Db;

/// A fetch that started this long ago and never finished (the server stopped) no longer blocks
/// a new one.
pub const STALE_FETCH_MS: i64 = 30 * 60 * 1000;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GraphConnection {
    pub directory: String,
    pub client_id: String,
    pub sealed_secret: Vec<u8>,
    pub read_providers: bool,
    /// When the connection was last saved, in milliseconds since 1970.
    pub updated_at: i64,
    pub last_fetch: FetchState,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FetchState {
    pub started_at: Option<i64>,
    pub finished_at: Option<i64>,
    /// What the fetch read, one finding per line.
    pub summary: Option<String>,
    pub error: Option<String>,
}

impl FetchState {
    pub fn running(&self, now_ms: i64) -> bool {
        matches!((self.started_at, self.finished_at), (Some(s), None) if now_ms - s < STALE_FETCH_MS)
    }
}

type Row = (String, String, Vec<u8>, i64, i64, Option<i64>, Option<i64>, Option<String>, Option<String>);

pub async fn find(db: &Db, tenant_id: i64) -> anyhow::Result<Option<GraphConnection>> {
    let row: Option<Row> = sqlx::query_as(
        "select directory, client_id, sealed_secret, read_providers, updated_at, fetch_started_at, \
         fetch_finished_at, fetch_summary, fetch_error from graph_connections where tenant_id = $1",
    )
    .bind(tenant_id)
    .fetch_optional(&db.pool)
    .await
    .context("could not read the Graph connection")?;
    Ok(row.map(
        |(directory, client_id, sealed_secret, read_providers, updated_at, started, finished, summary, error)| {
            GraphConnection {
                directory,
                client_id,
                sealed_secret,
                read_providers: read_providers != 0,
                updated_at,
                last_fetch: FetchState { started_at: started, finished_at: finished, summary, error },
            }
        },
    ))
}

/// What an owner saves. `sealed_secret: None` keeps the stored secret (the form never shows it).
pub struct ConnectionChange<'a> {
    pub directory: &'a str,
    pub client_id: &'a str,
    pub sealed_secret: Option<Vec<u8>>,
    pub read_providers: bool,
}

/// Saves the connection. Without a stored secret to keep, a new one is required: returns false
/// and changes nothing.
pub async fn save(db: &Db, tenant_id: i64, change: ConnectionChange<'_>, now_ms: i64) -> anyhow::Result<bool> {
    let providers = i64::from(change.read_providers);
    let done = match change.sealed_secret {
        Some(sealed) => sqlx::query(
            "insert into graph_connections (tenant_id, directory, client_id, sealed_secret, read_providers, updated_at) \
             values ($1, $2, $3, $4, $5, $6) \
             on conflict (tenant_id) do update set directory = excluded.directory, client_id = excluded.client_id, \
             sealed_secret = excluded.sealed_secret, read_providers = excluded.read_providers, \
             updated_at = excluded.updated_at",
        )
        .bind(tenant_id)
        .bind(change.directory)
        .bind(change.client_id)
        .bind(sealed)
        .bind(providers)
        .bind(now_ms)
        .execute(&db.pool)
        .await
        .context("could not save the Graph connection")?,
        None => sqlx::query(
            "update graph_connections set directory = $2, client_id = $3, read_providers = $4, updated_at = $5 \
             where tenant_id = $1",
        )
        .bind(tenant_id)
        .bind(change.directory)
        .bind(change.client_id)
        .bind(providers)
        .bind(now_ms)
        .execute(&db.pool)
        .await
        .context("could not save the Graph connection")?,
    };
    Ok(done.rows_affected() == 1)
}

pub async fn remove(db: &Db, tenant_id: i64) -> anyhow::Result<()> {
    sqlx::query("delete from graph_connections where tenant_id = $1")
        .bind(tenant_id)
        .execute(&db.pool)
        .await
        .context("could not remove the Graph connection")?;
    Ok(())
}

/// Marks a fetch as started, unless one is running (one fetch per tenant at a time, across every
/// instance sharing the database). Returns whether this call started it.
pub async fn start_fetch(db: &Db, tenant_id: i64, now_ms: i64) -> anyhow::Result<bool> {
    let done = sqlx::query(
        "update graph_connections set fetch_started_at = $2, fetch_finished_at = null \
         where tenant_id = $1 and (fetch_started_at is null or fetch_finished_at is not null or fetch_started_at < $3)",
    )
    .bind(tenant_id)
    .bind(now_ms)
    .bind(now_ms - STALE_FETCH_MS)
    .execute(&db.pool)
    .await
    .context("could not start the fetch")?;
    Ok(done.rows_affected() == 1)
}

/// Records how the fetch ended: its summary, or its error (the last summary is kept beside it).
pub async fn finish_fetch(db: &Db, tenant_id: i64, result: Result<String, String>, now_ms: i64) -> anyhow::Result<()> {
    let query = match result {
        Ok(summary) => sqlx::query(
            "update graph_connections set fetch_finished_at = $2, fetch_summary = $3, fetch_error = null \
             where tenant_id = $1",
        )
        .bind(tenant_id)
        .bind(now_ms)
        .bind(summary),
        Err(error) => {
            sqlx::query("update graph_connections set fetch_finished_at = $2, fetch_error = $3 where tenant_id = $1")
                .bind(tenant_id)
                .bind(now_ms)
                .bind(error)
        }
    };
    query.execute(&db.pool).await.context("could not record the fetch")?;
    Ok(())
}
