//! The client's address, for visitor hashing and rate limits only; never stored. Forwarding
//! headers are believed only when the direct peer is a configured proxy.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRef, FromRequestParts};
use axum::http::request::Parts;
use ipnet::IpNet;

use super::state::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientIp(pub Option<IpAddr>);

impl<S> FromRequestParts<S> for ClientIp
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let state = AppState::from_ref(state);
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let forwarded = parts.headers.get("x-forwarded-for").and_then(|v| v.to_str().ok());
        Ok(ClientIp(resolve(peer, forwarded, &state.settings.trusted_proxies)))
    }
}

/// Walks `X-Forwarded-For` from the right, skipping trusted proxies, when the peer is one.
pub fn resolve(peer: Option<IpAddr>, forwarded: Option<&str>, trusted: &[IpNet]) -> Option<IpAddr> {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    let peer = peer?;
    if !is_trusted(&peer) {
        return Some(peer);
    }
    let Some(forwarded) = forwarded else { return Some(peer) };
    let mut last = peer;
    for hop in forwarded.rsplit(',').take(16) {
        let Ok(ip) = hop.trim().parse::<IpAddr>() else { return Some(last) };
        if !is_trusted(&ip) {
            return Some(ip);
        }
        last = ip;
    }
    Some(last)
}

/// Whether the request reached the outermost proxy over HTTPS, as far as can be believed.
pub fn forwarded_https(peer: Option<IpAddr>, proto: Option<&str>, trusted: &[IpNet]) -> bool {
    peer.is_some_and(|p| trusted.iter().any(|net| net.contains(&p)))
        && proto.is_some_and(|p| p.split(',').next().is_some_and(|first| first.trim().eq_ignore_ascii_case("https")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn forwarded_for_is_ignored_from_an_untrusted_peer() {
        let peer = "198.51.100.9".parse().ok();
        assert_eq!(resolve(peer, Some("1.2.3.4"), &nets(&["10.0.0.0/8"])), peer);
    }

    #[test]
    fn the_rightmost_untrusted_hop_is_the_client() {
        let peer = "10.0.0.2".parse().ok();
        let got = resolve(peer, Some("6.6.6.6, 203.0.113.5, 10.0.0.1"), &nets(&["10.0.0.0/8"]));
        assert_eq!(got, "203.0.113.5".parse().ok());
    }

    #[test]
    fn garbage_in_the_header_stops_the_walk() {
        let peer = "10.0.0.2".parse().ok();
        assert_eq!(resolve(peer, Some("<script>"), &nets(&["10.0.0.0/8"])), peer);
    }

    #[test]
    fn https_is_believed_only_from_a_proxy() {
        let proxy = "10.0.0.2".parse().ok();
        let stranger = "198.51.100.9".parse().ok();
        let trusted = nets(&["10.0.0.0/8"]);
        assert!(forwarded_https(proxy, Some("https"), &trusted));
        assert!(!forwarded_https(stranger, Some("https"), &trusted));
    }
}
