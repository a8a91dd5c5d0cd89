//! Security headers on every response, and the Client Hints the detector asks for.

use axum::http::{HeaderMap, HeaderName, HeaderValue, header};

/// No inline script or style anywhere; forms post only to this site; no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; \
     frame-ancestors 'none'";

/// The User-Agent Client Hints the detector reads.
pub const ACCEPT_CH: &str = "Sec-CH-UA-Model, Sec-CH-UA-Platform, Sec-CH-UA-Platform-Version, Sec-CH-UA-Mobile";

/// Request headers a guide page depends on, so caches keep devices and languages apart.
pub const VARY: &str = "User-Agent, Accept-Language, Sec-CH-UA-Model, Sec-CH-UA-Platform, \
     Sec-CH-UA-Platform-Version, Sec-CH-UA-Mobile";

const CROSS_ORIGIN_OPENER_POLICY: HeaderName = HeaderName::from_static("cross-origin-opener-policy");
const CROSS_ORIGIN_RESOURCE_POLICY: HeaderName = HeaderName::from_static("cross-origin-resource-policy");
const PERMISSIONS_POLICY: HeaderName = HeaderName::from_static("permissions-policy");
const ACCEPT_CH_HEADER: HeaderName = HeaderName::from_static("accept-ch");

/// Adds the security headers to a response's headers; HTML pages also ask for Client Hints.
pub fn add_headers(headers: &mut HeaderMap, behind_tls: bool) {
    // Room for all of them at once rather than growing the map as they come.
    headers.reserve(10);
    let is_html =
        headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    // A handler may narrow or widen framing for itself (the admin preview); all others get this.
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    }
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    if !headers.contains_key(header::X_FRAME_OPTIONS) {
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    headers.insert(CROSS_ORIGIN_OPENER_POLICY, HeaderValue::from_static("same-origin"));
    headers.insert(CROSS_ORIGIN_RESOURCE_POLICY, HeaderValue::from_static("same-origin"));
    headers.insert(
        PERMISSIONS_POLICY,
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    );
    if is_html {
        headers.insert(ACCEPT_CH_HEADER, HeaderValue::from_static(ACCEPT_CH));
        headers.insert(header::VARY, HeaderValue::from_static(VARY));
    }
    if behind_tls {
        headers
            .insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=63072000; includeSubDomains"));
    }
}
