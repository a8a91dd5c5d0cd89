//! Whether a request reached us over HTTPS, decided once per request in the pipeline: when the
//! public URL is https, or when a trusted proxy says so with `X-Forwarded-Proto`. The header
//! from anyone else counts for nothing. HSTS and `Secure` cookies follow this answer.

use std::convert::Infallible;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts, Request};
use axum::http::request::Parts;

use super::client_ip::forwarded_https;
use crate::settings::Settings;

/// `true` when the request is known to have come over HTTPS.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Https(pub bool);

impl Https {
    /// Decides for a request and leaves the answer in its extensions, for handlers to extract.
    pub fn mark(settings: &Settings, request: &mut Request) -> Https {
        let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let proto = request.headers().get("x-forwarded-proto").and_then(|v| v.to_str().ok());
        let https = Https(settings.behind_tls() || forwarded_https(peer, proto, &settings.trusted_proxies));
        request.extensions_mut().insert(https);
        https
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Https {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<Https>().copied().unwrap_or_default())
    }
}
