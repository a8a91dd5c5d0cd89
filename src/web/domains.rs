//! Custom domains: a request whose Host is a tenant's own domain gets that tenant's guide at
//! `/` (and every guide path below it). The host → tenant map is cached for a few seconds.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::extract::Request;
use axum::http::{Uri, header};

use super::state::AppState;
use crate::db::tenants;

const TTL_MS: i64 = 10_000;

#[derive(Debug, Default)]
pub struct DomainCache {
    map: Mutex<Option<(i64, HashMap<String, String>)>>,
}

impl DomainCache {
    pub fn invalidate(&self) {
        if let Ok(mut map) = self.map.lock() {
            *map = None;
        }
    }

    async fn slug_for(&self, state: &AppState, host: &str) -> Option<String> {
        let now = state.clock.now_ms();
        let cached = self
            .map
            .lock()
            .ok()
            .and_then(|m| m.as_ref().filter(|(at, _)| now - at < TTL_MS).map(|(_, map)| map.get(host).cloned()));
        if let Some(found) = cached {
            return found;
        }
        let fresh: HashMap<String, String> = tenants::list(&state.db)
            .await
            .ok()?
            .into_iter()
            .filter_map(|t| Some((t.domain.clone()?, t.slug.to_string())))
            .collect();
        let found = fresh.get(host).cloned();
        if let Ok(mut map) = self.map.lock() {
            *map = Some((now, fresh));
        }
        found
    }
}

/// Paths that are the application's own on every host.
fn is_shared_path(path: &str) -> bool {
    ["/assets/", "/healthz", "/api/", "/admin", "/share/", "/favicon.ico", "/robots.txt"]
        .iter()
        .any(|p| path.starts_with(p))
}

/// Maps a request on a tenant's own domain to that tenant's guide paths; others pass unchanged.
pub async fn rewrite_custom_domain(state: &AppState, request: &mut Request) {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(|h| {
            h.rsplit_once(':').map_or(h, |(name, port)| if port.bytes().all(|b| b.is_ascii_digit()) { name } else { h })
        })
        .map(str::to_ascii_lowercase);
    let path = request.uri().path().to_owned();
    // The public host serves every tenant at `/{tenant}`, whatever a tenant's domain says.
    let public_host = state.settings.public_host();
    if let Some(host) = host.filter(|h| h.contains('.') && h.parse::<std::net::IpAddr>().is_err())
        && public_host.is_none_or(|p| !p.eq_ignore_ascii_case(&host))
        && !is_shared_path(&path)
        && let Some(slug) = state.domains.slug_for(state, &host).await
        && path != format!("/{slug}")
        && !path.starts_with(&format!("/{slug}/"))
    {
        let rest = if path == "/" { String::new() } else { path };
        let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
        if let Ok(uri) = format!("/{slug}{rest}{query}").parse::<Uri>() {
            *request.uri_mut() = uri;
        }
    }
}
