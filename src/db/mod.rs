//! The database: SQLite by default, PostgreSQL for several instances. One pool type (`sqlx::Any`)
//! and one set of queries; placeholders are `$1`, `$2`, … which both backends read.

pub mod admin_passkeys;
pub mod admins;
pub mod audit;
pub mod configurations;
pub mod email_texts;
pub mod entra_branding;
pub mod entra_imports;
pub mod events;
pub mod exclusions;
pub mod funnel;
pub mod funnel_tally;
pub mod graph_connections;
pub mod invites;
pub mod recipients;
pub mod salts;
pub mod sessions;
pub mod signins;
pub mod tenants;
pub mod tokens;
pub mod trusted_devices;

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use sqlx::AnyPool;
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::sqlite::SqliteConnectOptions;

/// Which database server is behind the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// The database file, on SQLite.
    pub sqlite_file: Option<PathBuf>,
}

impl Db {
    /// Connects, creating a SQLite file (and its folder) on first start, and applies migrations.
    pub async fn connect(url: &str) -> anyhow::Result<Db> {
        install_default_drivers();
        let backend = Backend::from_url(url)
            .with_context(|| format!("unsupported database URL {url:?}: use sqlite://FILE or postgres://…"))?;
        let (url, sqlite_file, max_connections) = match backend {
            Backend::Sqlite => {
                let (url, file) = prepare_sqlite(url)?;
                (url, Some(file), 8)
            }
            Backend::Postgres => (url.to_owned(), None, 16),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(5))
            // No ping before every query: a connection that has gone away fails its query,
            // is dropped by the pool, and the caller's retry or 503 takes over.
            .test_before_acquire(false)
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        use sqlx::Executor;
                        conn.execute("pragma journal_mode = wal; pragma synchronous = normal; pragma busy_timeout = 5000; pragma foreign_keys = on; pragma cache_size = -16000;").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .context("could not connect to the database")?;
        let db = Db { pool, backend, sqlite_file };
        db.migrate().await?;
        Ok(db)
    }

    async fn migrate(&self) -> anyhow::Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => sqlx::migrate!("migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("migrations/postgres"),
        };
        migrator.run(&self.pool).await.context("database migrations failed")?;
        Ok(())
    }

    /// Answers whether the database takes a query right now.
    pub async fn ping(&self) -> bool {
        sqlx::query("select 1").execute(&self.pool).await.is_ok()
    }
}

/// `($1, $2), ($3, $4)…`: the placeholders of a multi-row insert of `rows` rows of `columns`
/// values each, numbered in the order the values are bound.
pub fn values_placeholders(rows: usize, columns: usize) -> String {
    let mut sql = String::with_capacity(rows * columns * 5);
    for row in 0..rows {
        sql.push_str(if row == 0 { "(" } else { ", (" });
        for column in 0..columns {
            if column > 0 {
                sql.push_str(", ");
            }
            sql.push('$');
            sql.push_str(&(row * columns + column + 1).to_string());
        }
        sql.push(')');
    }
    sql
}

/// Makes sure the SQLite file's folder exists and the URL asks for the file to be created;
/// answers that URL and the file. Events are kept, so an in-memory database is refused.
fn prepare_sqlite(url: &str) -> anyhow::Result<(String, PathBuf)> {
    let options = SqliteConnectOptions::from_str(url).with_context(|| format!("bad SQLite URL {url:?}"))?;
    let file = options.get_filename();
    if url.contains(":memory:") || url.contains("mode=memory") {
        anyhow::bail!("{url:?} is an in-memory database, which would lose every event: give a file, sqlite://FILE");
    }
    if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("could not create {}", dir.display()))?;
    }
    let url = if url.contains("mode=") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    };
    Ok((url, file.to_path_buf()))
}

/// Whether an error is a unique-constraint violation, on either backend.
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Database(db) => db.is_unique_violation(),
        _ => false,
    }
}

/// Whether an error (anywhere in its chain) is SQLite's "database is locked" (code 5): a
/// transaction that read before writing finds that another connection wrote in between, and
/// fails at once rather than waiting. Trying the whole transaction again is the remedy.
pub fn is_sqlite_busy(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause.downcast_ref::<sqlx::Error>().is_some_and(|e| match e {
            sqlx::Error::Database(db) => db.code().is_some_and(|code| code == "5" || code == "517"),
            _ => false,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_row_placeholders_are_numbered_row_by_row() {
        assert_eq!(values_placeholders(2, 3), "($1, $2, $3), ($4, $5, $6)");
        assert_eq!(values_placeholders(1, 1), "($1)");
    }

    #[test]
    fn sqlite_urls_name_a_file_and_ask_for_it_to_be_created() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("new/guide.db");
        let (url, found) = prepare_sqlite(&format!("sqlite://{}", file.display())).unwrap();
        assert_eq!(url, format!("sqlite://{}?mode=rwc", file.display()));
        assert_eq!(found, file);
        assert!(dir.path().join("new").is_dir());
    }

    #[test]
    fn in_memory_sqlite_is_refused() {
        for url in ["sqlite::memory:", "sqlite://guide.db?mode=memory"] {
            let error = prepare_sqlite(url).unwrap_err().to_string();
            assert!(error.contains("in-memory"), "{url}: {error}");
        }
    }
}
