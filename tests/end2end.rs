//! Runs the Playwright suite in `end2end/` against this build's server binary, so that the one
//! test command (`cargo test`) covers the browser too. Needs Debian's Chromium at
//! /usr/bin/chromium; installs the npm packages on first use. The server uses a fresh SQLite
//! file, or a fresh database on the PostgreSQL server `TEST_DATABASE_URL` names.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::Command;

#[test]
fn end_to_end_suite_passes_in_chromium() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("end2end");
    assert!(
        Path::new("/usr/bin/chromium").exists(),
        "Chromium is missing: install it with `apt-get install chromium` (see README)"
    );
    if !dir.join("node_modules/@playwright/test").exists() {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
            .current_dir(&dir)
            .status()
            .expect("npm runs");
        assert!(status.success(), "npm ci failed in end2end/");
    }
    let scratch = tempfile::tempdir().expect("temporary folder");
    let database = match std::env::var("TEST_DATABASE_URL") {
        Ok(server) if server.starts_with("postgres") => fresh_postgres_database(&server),
        _ => format!("sqlite://{}", scratch.path().join("e2e.db").display()),
    };
    let status = Command::new("npx")
        .args(["playwright", "test"])
        .env("PASSKEY_GUIDE_BIN", env!("CARGO_BIN_EXE_passkey-guide"))
        .env("E2E_DATABASE", &database)
        .env("E2E_PORT", free_port().to_string())
        .env("E2E_OIDC_PORT", free_port().to_string())
        .current_dir(&dir)
        .status()
        .expect("npx runs");
    assert!(status.success(), "the Playwright suite failed (its report is above)");
}

/// A new, empty database on the server `server` names; its URL.
fn fresh_postgres_database(server: &str) -> String {
    use sqlx::Connection;
    let name = format!("e2e_{}", uuid::Uuid::new_v4().simple());
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let mut admin = sqlx::PgConnection::connect(server).await.expect("TEST_DATABASE_URL answers");
        sqlx::query(&format!("create database {name}")).execute(&mut admin).await.expect("create database");
    });
    let mut url = url::Url::parse(server).expect("TEST_DATABASE_URL is a URL");
    url.set_path(&name);
    url.to_string()
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or(3917)
}
