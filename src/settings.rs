//! Checked configuration for the server, built once at start.

use std::net::IpAddr;

use anyhow::{Context, bail};
use ipnet::IpNet;
use url::Url;

use crate::cli::ServeArgs;
use crate::db::Backend;
use crate::web::listener::ConnectionLimits;

#[derive(Clone, Debug)]
pub struct Settings {
    pub addr: std::net::SocketAddr,
    pub database_url: String,
    pub seed_demo: bool,
    pub trusted_proxies: Vec<IpNet>,
    pub public_url: Option<Url>,
    pub retention_days: u32,
    pub event_queue: usize,
    /// `--rollup-max-age` was given: it only earns a warning now.
    pub rollup_max_age_ignored: bool,
    pub connections: ConnectionLimits,
    /// Seals Graph client secrets entered in the web admin.
    pub secret_key: Option<crate::entra::sealing::SealingKey>,
    /// Where fetches started from the web admin sign in and read.
    pub graph: GraphAddresses,
    /// "Sign in with Microsoft" for existing administrators, when configured.
    pub oidc: Option<crate::oidc::OidcSettings>,
}

/// Microsoft's sign-in and Graph addresses (other clouds, or a local stand-in in tests).
#[derive(Clone, Debug)]
pub struct GraphAddresses {
    pub login_url: String,
    pub graph_url: String,
}

impl Settings {
    pub fn from_args(args: &ServeArgs) -> anyhow::Result<Settings> {
        if Backend::from_url(&args.db.database).is_none() {
            bail!("--database must start with sqlite:// or postgres://, got {:?}", args.db.database);
        }
        let trusted_proxies = args
            .trusted_proxies
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .map(|p| {
                p.parse::<IpNet>()
                    .or_else(|_| p.parse::<IpAddr>().map(IpNet::from))
                    .with_context(|| format!("--trusted-proxies: {p:?} is not an IP address or CIDR"))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        let public_url = args
            .public_url
            .as_deref()
            .map(|u| {
                let url = Url::parse(u).with_context(|| format!("--public-url: {u:?} is not a URL"))?;
                if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
                    bail!("--public-url must be an http or https origin, got {u:?}");
                }
                Ok(url)
            })
            .transpose()?;
        let seconds = |flag: &str, value: f64| {
            if value.is_finite() && (0.05..=86_400.0).contains(&value) {
                Ok(std::time::Duration::from_secs_f64(value))
            } else {
                bail!("{flag} must be a number of seconds between 0.05 and 86400, got {value}")
            }
        };
        let connections = ConnectionLimits {
            header_timeout: seconds("--header-timeout", args.header_timeout)?,
            idle_timeout: seconds("--idle-timeout", args.idle_timeout)?,
        };
        if args.event_queue == 0 {
            bail!("--event-queue must be at least 1");
        }
        Ok(Settings {
            addr: args.addr,
            database_url: args.db.database.clone(),
            seed_demo: !args.no_demo,
            trusted_proxies,
            public_url,
            retention_days: args.retention_days,
            event_queue: args.event_queue,
            rollup_max_age_ignored: args.rollup_max_age.is_some(),
            connections,
            secret_key: args.secret_key.clone(),
            graph: GraphAddresses { login_url: args.login_url.clone(), graph_url: args.graph_url.clone() },
            oidc: crate::oidc::OidcSettings::from_args(args)?,
        })
    }

    /// The public URL's host: it serves every tenant at `/{tenant}`.
    pub fn public_host(&self) -> Option<&str> {
        self.public_url.as_ref().and_then(|u| u.host_str())
    }

    /// The public URL is https: every request counts as HTTPS (HSTS and `Secure` cookies).
    /// Without it, a trusted proxy's `X-Forwarded-Proto` decides per request (`web::transport`).
    pub fn behind_tls(&self) -> bool {
        self.public_url.as_ref().is_some_and(|u| u.scheme() == "https")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_values_stop_the_start_with_a_precise_message() {
        let mut args = ServeArgs::default();
        args.db.database = "mysql://x".into();
        assert!(Settings::from_args(&args).unwrap_err().to_string().contains("--database"));
        let args = ServeArgs { trusted_proxies: vec!["10.0.0.0/8".into(), "nope".into()], ..Default::default() };
        assert!(Settings::from_args(&args).unwrap_err().to_string().contains("\"nope\""));
        let args = ServeArgs { idle_timeout: f64::NAN, ..Default::default() };
        assert!(Settings::from_args(&args).unwrap_err().to_string().contains("--idle-timeout"));
    }

    #[test]
    fn proxies_take_addresses_and_ranges() {
        let args = ServeArgs { trusted_proxies: vec!["127.0.0.1".into(), "10.0.0.0/8".into()], ..Default::default() };
        assert_eq!(Settings::from_args(&args).unwrap().trusted_proxies.len(), 2);
    }
}
