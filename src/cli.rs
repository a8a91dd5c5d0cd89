//! The command line: every flag declared once, with its `PASSKEY_GUIDE_*` variable.

use std::net::SocketAddr;

use clap::{Args, Parser, Subcommand};

pub const DEFAULT_DATABASE: &str = "sqlite://data/passkey-guide.db";

#[derive(Debug, Parser)]
#[command(name = "passkey-guide", version, about = "A branded walkthrough that gets every employee onto a passkey.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the guide, the admin pages and the API (the default).
    Serve(ServeArgs),
    /// Read JSON lines of {"ua": …, "hints": {…}} on stdin and print what the guide detects.
    Detect,
    /// Entra ID data.
    Entra {
        #[command(subcommand)]
        command: EntraCommand,
    },
    /// Create, change and list tenants.
    Tenant {
        #[command(subcommand)]
        command: TenantCommand,
    },
    /// Administrator accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Read-only API tokens.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Print the audit log as CSV, oldest first: who changed what, when, in which tenant.
    Audit {
        /// Only this tenant's entries.
        #[arg(long)]
        tenant: Option<String>,
        /// Only entries from this day on (YYYY-MM-DD, UTC).
        #[arg(long)]
        since: Option<String>,
        #[command(flatten)]
        db: DatabaseArg,
    },
}

#[derive(Debug, Clone, Args)]
pub struct DatabaseArg {
    /// Database URL: sqlite://FILE or postgres://USER:PASSWORD@HOST/DB.
    #[arg(long, env = "PASSKEY_GUIDE_DATABASE", default_value = DEFAULT_DATABASE)]
    pub database: String,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "PASSKEY_GUIDE_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,
    #[command(flatten)]
    pub db: DatabaseArg,
    /// Do not create the demo tenant on an empty database.
    #[arg(long, env = "PASSKEY_GUIDE_NO_DEMO")]
    pub no_demo: bool,
    /// Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (comma-separated IPs or CIDRs).
    #[arg(long, env = "PASSKEY_GUIDE_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<String>,
    /// The public origin, e.g. https://passkeys.example.com; used in QR codes and emails, and
    /// turns on HSTS and secure cookies when it is https.
    #[arg(long, env = "PASSKEY_GUIDE_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Days to keep funnel events (0 keeps them forever).
    #[arg(long, env = "PASSKEY_GUIDE_RETENTION_DAYS", default_value_t = 400)]
    pub retention_days: u32,
    /// Events queued for writing before requests are turned away with 503.
    #[arg(long, env = "PASSKEY_GUIDE_EVENT_QUEUE", default_value_t = 50_000)]
    pub event_queue: usize,
    /// No longer used: funnel figures are counted as events arrive. Accepted so that existing
    /// configurations still start; a warning says it is ignored.
    #[arg(long, env = "PASSKEY_GUIDE_ROLLUP_MAX_AGE", hide = true)]
    pub rollup_max_age: Option<u32>,
    /// Seconds a new connection has to send a complete request head before it is closed.
    #[arg(long, env = "PASSKEY_GUIDE_HEADER_TIMEOUT", default_value_t = 10.0)]
    pub header_timeout: f64,
    /// Seconds an idle keep-alive connection is kept open between requests.
    #[arg(long, env = "PASSKEY_GUIDE_IDLE_TIMEOUT", default_value_t = 60.0)]
    pub idle_timeout: f64,
    /// 32 random bytes (base64 or hex) that seal the Graph client secrets entered in the web
    /// admin; without it, secrets can be given only to `entra fetch`.
    #[arg(long = "secret-key", env = "PASSKEY_GUIDE_SECRET_KEY", hide_env_values = true)]
    pub secret_key: Option<crate::entra::sealing::SealingKey>,
    /// Microsoft Graph's address, for fetches started from the web admin.
    #[arg(long, env = "PASSKEY_GUIDE_GRAPH_URL", default_value = crate::entra::graph::DEFAULT_GRAPH_URL)]
    pub graph_url: String,
    /// The Microsoft identity platform's sign-in address, for fetches started from the web admin.
    #[arg(long, env = "PASSKEY_GUIDE_LOGIN_URL", default_value = crate::entra::graph::DEFAULT_LOGIN_URL)]
    pub login_url: String,
    /// Turns on "Sign in with Microsoft" for existing administrators: the OpenID Connect issuer,
    /// for Microsoft Entra ID https://login.microsoftonline.com/{tenant-id}/v2.0.
    #[arg(long, env = "PASSKEY_GUIDE_OIDC_ISSUER", requires = "oidc_client_id")]
    pub oidc_issuer: Option<String>,
    /// The app registration's application (client) id, for "Sign in with Microsoft".
    #[arg(long, env = "PASSKEY_GUIDE_OIDC_CLIENT_ID", requires = "oidc_issuer")]
    pub oidc_client_id: Option<String>,
    /// The app registration's client secret; give it in the environment rather than on the
    /// command line, where other users of the machine can read it.
    #[arg(long, env = "PASSKEY_GUIDE_OIDC_CLIENT_SECRET", hide_env_values = true, value_parser = secret)]
    pub oidc_client_secret: Option<secrecy::SecretString>,
    /// A claim of the ID token (such as Entra's app roles, `roles`) that must name the
    /// administrator's role or a higher one (owner, editor, analyst, viewer) for the sign-in to
    /// succeed. It never grants more than the account has.
    #[arg(long, env = "PASSKEY_GUIDE_OIDC_ROLE_CLAIM", requires = "oidc_issuer")]
    pub oidc_role_claim: Option<String>,
}

/// A secret from the command line or environment, kept out of `Debug` output.
fn secret(value: &str) -> Result<secrecy::SecretString, std::convert::Infallible> {
    Ok(secrecy::SecretString::from(value))
}

impl ServeArgs {
    /// `passkey-guide` with no subcommand serves, taking its settings from the environment.
    pub fn try_parse_from_env() -> anyhow::Result<ServeArgs> {
        #[derive(Parser)]
        struct ServeOnly {
            #[command(flatten)]
            args: ServeArgs,
        }
        Ok(ServeOnly::try_parse_from(["passkey-guide"])?.args)
    }
}

impl Default for ServeArgs {
    fn default() -> Self {
        ServeArgs {
            addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
            db: DatabaseArg { database: DEFAULT_DATABASE.to_owned() },
            no_demo: false,
            trusted_proxies: Vec::new(),
            public_url: None,
            retention_days: 400,
            event_queue: 50_000,
            rollup_max_age: None,
            header_timeout: 10.0,
            idle_timeout: 60.0,
            secret_key: None,
            graph_url: crate::entra::graph::DEFAULT_GRAPH_URL.to_owned(),
            login_url: crate::entra::graph::DEFAULT_LOGIN_URL.to_owned(),
            oidc_issuer: None,
            oidc_client_id: None,
            oidc_client_secret: None,
            oidc_role_claim: None,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum EntraCommand {
    /// Import Entra's user registration details: the admin center's CSV download or Microsoft
    /// Graph `userRegistrationDetails` JSON (one response body or several pages). All or nothing.
    Import {
        #[arg(long)]
        tenant: String,
        file: std::path::PathBuf,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Fetch the same report from Microsoft Graph with an app registration's client credentials,
    /// and the provider of each passkey where the app may read authentication methods. The
    /// client secret is read from PASSKEY_GUIDE_GRAPH_CLIENT_SECRET or standard input.
    Fetch(EntraFetchArgs),
    /// Import Entra's sign-in log (Microsoft Graph `auditLogs/signIns` JSON pages, beta for
    /// `authenticationDetails`): per person and day, whether a passkey, a password or a legacy
    /// client was used. All or nothing.
    Signins {
        #[arg(long)]
        tenant: String,
        file: std::path::PathBuf,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Leave accounts out of coverage (meeting rooms, service and break-glass accounts): a file
    /// with one principal name or pattern per line (`*` for anything; `room-*` matches the part
    /// before the @), or --clear. The latest import is recounted at once.
    Exclude {
        #[arg(long)]
        tenant: String,
        #[arg(required_unless_present = "clear", conflicts_with = "clear")]
        file: Option<std::path::PathBuf>,
        /// Count everyone in scope again.
        #[arg(long)]
        clear: bool,
        #[command(flatten)]
        db: DatabaseArg,
    },
}

#[derive(Debug, Args)]
pub struct EntraFetchArgs {
    /// The tenant (slug) in this guide to import into.
    #[arg(long)]
    pub tenant: String,
    /// The Entra directory (tenant) id or one of its domains, e.g. contoso.onmicrosoft.com.
    #[arg(long, env = "PASSKEY_GUIDE_GRAPH_DIRECTORY")]
    pub directory: String,
    /// The app registration's application (client) id.
    #[arg(long, env = "PASSKEY_GUIDE_GRAPH_CLIENT_ID")]
    pub client_id: String,
    /// Microsoft Graph's address.
    #[arg(long, env = "PASSKEY_GUIDE_GRAPH_URL", default_value = crate::entra::graph::DEFAULT_GRAPH_URL)]
    pub graph_url: String,
    /// The Microsoft identity platform's sign-in address.
    #[arg(long, env = "PASSKEY_GUIDE_LOGIN_URL", default_value = crate::entra::graph::DEFAULT_LOGIN_URL)]
    pub login_url: String,
    /// Do not read passkeys' providers, even where the app may.
    #[arg(long, env = "PASSKEY_GUIDE_GRAPH_NO_PROVIDERS")]
    pub no_providers: bool,
    /// Read only the authentication-methods configuration (passkey profiles, Authenticator,
    /// Temporary Access Pass, registration campaign), not the registration report.
    #[arg(long)]
    pub config_only: bool,
    #[command(flatten)]
    pub db: DatabaseArg,
}

#[derive(Debug, Subcommand)]
pub enum TenantCommand {
    /// Create a tenant.
    Create {
        slug: String,
        #[arg(long)]
        name: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Change a tenant's settings.
    Set(Box<TenantSetArgs>),
    /// List tenants.
    List {
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Delete a tenant with everything it owns: events, funnel figures, imports, sign-ins,
    /// recipients, tokens, invitations and the administrators limited to it. Its audit log
    /// entries stay. Cannot be undone.
    Delete {
        slug: String,
        /// The slug again, exactly, to confirm.
        #[arg(long)]
        confirm: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Passkey profiles: Entra assigns one per group; a link names it with `?p=ID`.
    Profile {
        #[command(subcommand)]
        command: ProfileCommand,
    },
}

#[derive(Debug, Args)]
pub struct TenantSetArgs {
    pub slug: String,
    #[arg(long)]
    pub name: Option<String>,
    /// #RRGGBB
    #[arg(long)]
    pub primary_color: Option<String>,
    /// One of Microsoft's security-info addresses.
    #[arg(long)]
    pub handoff_url: Option<String>,
    #[arg(long)]
    pub support_email: Option<String>,
    #[arg(long)]
    pub support_phone: Option<String>,
    #[arg(long)]
    pub support_url: Option<String>,
    /// Host name that serves this tenant at `/`. Never the public URL's host, a local name or
    /// an IP address: those serve every tenant.
    #[arg(long)]
    pub domain: Option<String>,
    /// Where the funnel's days start: an IANA time zone such as Europe/Berlin (default UTC).
    #[arg(long)]
    pub time_zone: Option<String>,
    /// The server's public origin, whose host `--domain` refuses (the same variable as `serve`).
    #[arg(long, env = "PASSKEY_GUIDE_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Comma-separated languages, the first being the default (e.g. en,de,fr).
    #[arg(long)]
    pub languages: Option<String>,
    #[command(flatten)]
    pub policy: PolicyFlags,
    #[command(flatten)]
    pub db: DatabaseArg,
}

/// The settings of a passkey profile, as in Entra's Passkey (FIDO2) method.
#[derive(Debug, Args, Default)]
pub struct PolicyFlags {
    /// The passkey profile's types: device-bound | synced (device-bound ones too) | synced-only
    #[arg(long)]
    pub passkeys: Option<String>,
    #[arg(long)]
    pub enforce_attestation: Option<bool>,
    /// The passkey profile's key restrictions: off | allow | block (the AAGUIDs in --aaguids)
    #[arg(long)]
    pub key_restrictions: Option<String>,
    /// Comma-separated AAGUIDs for --key-restrictions
    #[arg(long)]
    pub aaguids: Option<String>,
    /// Shorthand: true allows only Microsoft Authenticator's two AAGUIDs; false turns key
    /// restrictions off.
    #[arg(long, conflicts_with_all = ["key_restrictions", "aaguids"])]
    pub require_authenticator: Option<bool>,
    /// IT has enabled Microsoft Entra passkeys in Windows Hello (a passkey profile that allows
    /// the Windows Hello AAGUIDs, attestation off). Default false.
    #[arg(long)]
    pub windows_hello: Option<bool>,
}

impl PolicyFlags {
    pub fn any(&self) -> bool {
        self.passkeys.is_some()
            || self.enforce_attestation.is_some()
            || self.key_restrictions.is_some()
            || self.aaguids.is_some()
            || self.require_authenticator.is_some()
            || self.windows_hello.is_some()
    }
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Add a passkey profile (for tenants without a Graph connection; a fetch replaces them).
    Add {
        slug: String,
        /// The profile's id in links (`?p=ID`): Entra's id, or 1 to 64 letters, digits, hyphens.
        id: String,
        #[arg(long)]
        name: String,
        #[command(flatten)]
        policy: PolicyFlags,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Change a passkey profile.
    Set {
        slug: String,
        id: String,
        #[arg(long)]
        name: Option<String>,
        #[command(flatten)]
        policy: PolicyFlags,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Remove a passkey profile; its links fall back to the default policy.
    Remove {
        slug: String,
        id: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// List a tenant's passkey profiles and their links.
    List {
        slug: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an administrator; the password is read from PASSKEY_GUIDE_ADMIN_PASSWORD or stdin.
    Create {
        #[arg(long)]
        email: String,
        /// owner | editor | analyst | viewer
        #[arg(long, default_value = "owner")]
        role: String,
        /// Limit the account to one tenant (default: every tenant).
        #[arg(long)]
        tenant: Option<String>,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// List administrators: email, role, tenant, and whether the account is disabled.
    List {
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Disable an account: it cannot sign in, and its open sessions end at once.
    Disable {
        email: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Enable a disabled account again.
    Enable {
        email: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Delete an account and end its sessions.
    Delete {
        email: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Set a new password (from PASSKEY_GUIDE_ADMIN_PASSWORD or stdin); open sessions end.
    SetPassword {
        email: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Create a read-only API token for a tenant; the token is printed alone on the last line.
    Create {
        #[arg(long)]
        tenant: String,
        #[arg(long, default_value = "cli")]
        label: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Revoke a token, by id or by value.
    Revoke {
        token: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
}
