//! Integration tests: the real server on port 0, a fresh database, a fixed clock.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod admin;
mod admin_passkeys;
mod api;
mod audit;
mod emails;
mod entra;
mod events;
mod graph;
mod guide;
mod hardening;
mod helpers;
mod instances;
mod live_funnel;
mod oidc;
mod outage;
mod preview;
mod security;
mod taps;
mod tenant_lifecycle;
