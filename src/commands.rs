//! What each subcommand does. `main.rs` only dispatches here.

use std::io::{BufRead, Read, Write};
use std::sync::Arc;

use anyhow::{Context, bail};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use crate::audit::{Action, Actor, Change, NewEntry};
use crate::cli::{
    AdminCommand, EntraCommand, EntraFetchArgs, PolicyFlags, ProfileCommand, ServeArgs, TenantCommand, TenantSetArgs,
    TokenCommand,
};
use crate::clock::{Clock, SharedClock, SystemClock};
use crate::db::{Db, admins, tenants, tokens};
use crate::detect::{self, ClientHints, Signals};
use crate::domain::tenant_slug::TenantSlug;
use crate::entra::graph::GraphSettings;
use crate::guide::policy::PasskeyPolicy;
use crate::settings::Settings;
use crate::startup::Application;
use crate::web::api::DetectResponse;

pub async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let settings = Settings::from_args(&args)?;
    let clock: SharedClock = Arc::new(SystemClock);
    let app = Application::build(settings, clock).await?;
    app.run_until_stopped().await
}

#[derive(Deserialize)]
struct DetectLine {
    #[serde(default)]
    ua: String,
    #[serde(default)]
    hints: std::collections::BTreeMap<String, String>,
}

/// JSON lines in, JSON lines out, in order; a bad line gets `{"error": …}` and the run goes on.
pub fn detect_lines(input: impl BufRead, mut output: impl Write) -> anyhow::Result<()> {
    for (number, line) in input.split(b'\n').enumerate() {
        let line = line.context("could not read standard input")?;
        let text = String::from_utf8_lossy(&line);
        if text.trim().is_empty() {
            continue;
        }
        let answer = match serde_json::from_str::<DetectLine>(&text) {
            Ok(parsed) => {
                let pairs: Vec<(String, &str)> =
                    parsed.hints.iter().map(|(k, v)| (k.to_ascii_lowercase(), v.as_str())).collect();
                let hints = ClientHints::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_bytes())));
                let signals = Signals { user_agent: parsed.ua, hints };
                serde_json::to_string(&DetectResponse::of(detect::detect(&signals)))?
            }
            Err(e) => serde_json::json!({ "error": format!("line {}: {e}", number + 1) }).to_string(),
        };
        writeln!(output, "{answer}").context("could not write standard output")?;
    }
    output.flush().context("could not write standard output")?;
    Ok(())
}

pub fn detect_stdin() -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    detect_lines(stdin.lock(), std::io::BufWriter::new(stdout.lock()))
}

fn now_ms() -> i64 {
    SystemClock.now_ms()
}

async fn open(database: &str) -> anyhow::Result<Db> {
    Db::connect(database).await
}

/// Records what a command did in the audit log, as done from the command line.
async fn audit(
    db: &Db,
    action: Action,
    tenant: Option<&crate::brand::Tenant>,
    build: impl FnOnce(NewEntry) -> NewEntry,
) -> anyhow::Result<()> {
    let mut entry = NewEntry::new(Actor::command_line(), action);
    if let Some(tenant) = tenant {
        entry = entry.tenant(tenant);
    }
    crate::db::audit::record(db, build(entry), now_ms()).await
}

/// The tenant again after a change, and the audit entry of what changed (none if nothing did).
async fn audit_tenant_change(db: &Db, before: &crate::brand::Tenant, action: Action) -> anyhow::Result<()> {
    let after = tenants::find_by_id(db, before.id).await?.context("the tenant is gone")?;
    let changes = crate::audit::tenant_fields::changes(before, &after);
    if changes.is_empty() {
        return Ok(());
    }
    let action = if action == Action::SettingsChanged { crate::audit::settings_action(&changes) } else { action };
    audit(db, action, Some(before), |e| e.changes(changes)).await
}

async fn tenant_by_slug(db: &Db, slug: &str) -> anyhow::Result<crate::brand::Tenant> {
    tenants::find_by_slug(db, slug).await?.with_context(|| format!("no tenant {slug:?}"))
}

pub async fn tenant(command: TenantCommand) -> anyhow::Result<()> {
    match command {
        TenantCommand::Create { slug, name, db } => {
            let slug = TenantSlug::parse(&slug)?;
            let name = check_name(&name)?;
            let db = open(&db.database).await?;
            tenants::create(
                &db,
                tenants::NewTenant { slug: &slug, name: &name, policy: PasskeyPolicy::default() },
                now_ms(),
            )
            .await?;
            let tenant = tenant_by_slug(&db, slug.as_str()).await?;
            audit(&db, Action::TenantCreated, Some(&tenant), |e| e.subject(name)).await?;
            println!("created tenant {slug}");
        }
        TenantCommand::Set(args) => {
            let db = open(&args.db.database).await?;
            let tenant = tenant_by_slug(&db, &args.slug).await?;
            let changes = changes_from(&args, &tenant)?;
            tenants::update(&db, tenant.id, changes, now_ms()).await?;
            audit_tenant_change(&db, &tenant, Action::SettingsChanged).await?;
            println!("updated tenant {}", tenant.slug);
        }
        TenantCommand::Profile { command } => profile(command).await?,
        TenantCommand::Delete { slug, confirm, db } => {
            let slug = TenantSlug::parse(&slug)?;
            if !slug.is_confirmed_by(&confirm) {
                bail!("--confirm must repeat the slug {slug} exactly: nothing was deleted");
            }
            let db = open(&db.database).await?;
            let tenant = tenant_by_slug(&db, slug.as_str()).await?;
            let entry = |deleted: &tenants::Deleted| {
                let entry = NewEntry::new(Actor::command_line(), Action::TenantDeleted);
                crate::audit::tenant_deleted(entry, &tenant, &deleted.admins)
            };
            let deleted = tenants::delete(&db, tenant.id, entry, now_ms())
                .await?
                .with_context(|| format!("no tenant {slug:?}"))?;
            println!("deleted tenant {slug} and {} administrator(s) limited to it", deleted.admins.len());
        }
        TenantCommand::List { db } => {
            let db = open(&db.database).await?;
            for t in tenants::list(&db).await? {
                let p = &t.policy;
                let keys = match p.key_restrictions.enforcement {
                    Some(kind) => format!(",{}:{}", kind.as_str(), p.key_restrictions.aaguids.len()),
                    None => String::new(),
                };
                println!(
                    "{}\t{}\t{}\t{}{}{keys}{}",
                    t.slug,
                    t.name,
                    t.domain.as_deref().unwrap_or("-"),
                    crate::brand::validate::passkey_types_name(p.allow_synced, p.allow_device_bound),
                    if p.enforce_attestation { ",attestation" } else { "" },
                    if p.windows_hello { ",windows-hello" } else { "" }
                );
            }
        }
    }
    Ok(())
}

/// Display names: 1 to 80 characters, no control characters. Markup is harmless (it is
/// escaped on output) but kept as typed.
pub fn check_name(name: &str) -> anyhow::Result<String> {
    crate::brand::validate::name(name).map_err(|e| anyhow::anyhow!("{e}"))
}

fn changes_from(args: &TenantSetArgs, tenant: &crate::brand::Tenant) -> anyhow::Result<tenants::TenantChanges> {
    use crate::brand::validate;
    let mut changes = tenants::TenantChanges::default();
    let refuse = |flag: &str, e: validate::FieldError| anyhow::anyhow!("{flag}: {e}");
    if let Some(v) = &args.name {
        changes.name = Some(validate::name(v).map_err(|e| refuse("--name", e))?);
    }
    if let Some(v) = &args.primary_color {
        changes.primary_color = Some(validate::color(v).map_err(|e| refuse("--primary-color", e))?);
    }
    if let Some(v) = &args.handoff_url {
        changes.handoff_url = Some(validate::handoff(v).map_err(|e| refuse("--handoff-url", e))?);
    }
    if let Some(v) = &args.support_email {
        changes.support_email = Some(validate::support_email(v).map_err(|e| refuse("--support-email", e))?);
    }
    if let Some(v) = &args.support_phone {
        changes.support_phone = Some(validate::support_phone(v).map_err(|e| refuse("--support-phone", e))?);
    }
    if let Some(v) = &args.support_url {
        changes.support_url = Some(validate::support_url(v).map_err(|e| refuse("--support-url", e))?);
    }
    if let Some(v) = &args.domain {
        let public_host =
            args.public_url.as_deref().and_then(|u| url::Url::parse(u).ok()?.host_str().map(str::to_owned));
        let shared: Vec<&str> = public_host.as_deref().into_iter().collect();
        changes.domain = Some(validate::domain(v, &shared).map_err(|e| refuse("--domain", e))?);
    }
    if let Some(v) = &args.time_zone {
        changes.time_zone = Some(validate::time_zone(v).map_err(|e| refuse("--time-zone", e))?);
    }
    if let Some(list) = &args.languages {
        let tags: Vec<String> = list.split(',').map(|t| t.trim().to_owned()).collect();
        let default = tags.first().cloned().unwrap_or_default();
        changes.locales = Some(validate::languages(&tags, &default).map_err(|e| refuse("--languages", e))?);
    }
    if args.policy.any() {
        let mut policy = tenant.policy.clone();
        apply_policy_flags(&mut policy, &args.policy)?;
        changes.policy = Some(policy);
    }
    Ok(changes)
}

/// Applies the flags given to a policy; the others leave it as it is.
fn apply_policy_flags(policy: &mut PasskeyPolicy, flags: &PolicyFlags) -> anyhow::Result<()> {
    use crate::brand::validate;
    use crate::guide::policy::KeyRestrictions;
    let refuse = |flag: &str, e: validate::FieldError| anyhow::anyhow!("{flag}: {e}");
    if let Some(kind) = &flags.passkeys {
        (policy.allow_synced, policy.allow_device_bound) =
            validate::passkey_types(kind).map_err(|e| refuse("--passkeys", e))?;
    }
    if let Some(v) = flags.enforce_attestation {
        policy.enforce_attestation = v;
    }
    if flags.key_restrictions.is_some() || flags.aaguids.is_some() {
        let current = &policy.key_restrictions;
        let kind = flags.key_restrictions.clone().unwrap_or_else(|| current.kind().to_owned());
        let aaguids = flags.aaguids.clone().unwrap_or_else(|| current.aaguids_joined(","));
        policy.key_restrictions =
            validate::key_restrictions(&kind, &aaguids).map_err(|e| refuse("--key-restrictions/--aaguids", e))?;
    }
    if let Some(v) = flags.require_authenticator {
        policy.key_restrictions = if v { KeyRestrictions::authenticator_only() } else { KeyRestrictions::NONE };
    }
    if let Some(v) = flags.windows_hello {
        policy.windows_hello = v;
    }
    Ok(())
}

/// `tenant profile …`: passkey profiles set by hand.
async fn profile(command: ProfileCommand) -> anyhow::Result<()> {
    use crate::guide::policy::PasskeyProfile;
    let (slug, database) = match &command {
        ProfileCommand::Add { slug, db, .. }
        | ProfileCommand::Set { slug, db, .. }
        | ProfileCommand::Remove { slug, db, .. }
        | ProfileCommand::List { slug, db } => (slug.clone(), db.database.clone()),
    };
    let db = open(&database).await?;
    let tenant = tenant_by_slug(&db, &slug).await?;
    let mut profiles = tenant.profiles.clone();
    match command {
        ProfileCommand::List { .. } => {
            for p in &profiles {
                let default = if p.policy == tenant.policy { " (default)" } else { "" };
                println!("{}\t{}{default}\t/{}?p={}", p.id, p.name, tenant.slug, p.id);
            }
            return Ok(());
        }
        ProfileCommand::Add { id, name, policy, .. } => {
            if !PasskeyProfile::is_id(&id) {
                bail!("a profile id is 1 to 64 letters, digits and hyphens, got {id:?}");
            }
            if tenant.profile(&id).is_some() {
                bail!("{slug} already has a profile {id}");
            }
            let mut profile =
                PasskeyProfile { id: id.to_ascii_lowercase(), name: check_name(&name)?, policy: tenant.policy.clone() };
            apply_policy_flags(&mut profile.policy, &policy)?;
            println!("added profile {} to {slug}: /{slug}?p={}", profile.id, profile.id);
            profiles.push(profile);
        }
        ProfileCommand::Set { id, name, policy, .. } => {
            let Some(profile) = profiles.iter_mut().find(|p| p.id.eq_ignore_ascii_case(&id)) else {
                bail!("{slug} has no profile {id}");
            };
            if let Some(name) = name {
                profile.name = check_name(&name)?;
            }
            apply_policy_flags(&mut profile.policy, &policy)?;
            println!("updated profile {id} of {slug}");
        }
        ProfileCommand::Remove { id, .. } => {
            let before = profiles.len();
            profiles.retain(|p| !p.id.eq_ignore_ascii_case(&id));
            if profiles.len() == before {
                bail!("{slug} has no profile {id}");
            }
            println!("removed profile {id} from {slug}; its links now get the default policy");
        }
    }
    let changes = tenants::TenantChanges { profiles: Some(profiles), ..Default::default() };
    tenants::update(&db, tenant.id, changes, now_ms()).await?;
    audit_tenant_change(&db, &tenant, Action::ProfilesChanged).await
}

pub async fn admin(command: AdminCommand) -> anyhow::Result<()> {
    match command {
        AdminCommand::Create { email, role, tenant, db } => {
            let role = admins::Role::parse(&role)
                .with_context(|| format!("--role must be owner, editor or viewer, got {role:?}"))?;
            let password = read_password()?;
            let db = open(&db.database).await?;
            let tenant_id = match &tenant {
                Some(slug) => Some(tenant_by_slug(&db, slug).await?.id),
                None => None,
            };
            admins::create(&db, &email, &password, role, tenant_id, now_ms()).await?;
            let email = email.trim().to_lowercase();
            let role = Change::new("role", None, Some(role.as_str().to_owned()));
            let scope = Change::new("scope", None, Some(tenant.unwrap_or_else(|| "*".to_owned())));
            audit(&db, Action::AdminCreated, None, |e| e.subject(email.clone()).changes(vec![role, scope])).await?;
            println!("created administrator {email}");
        }
        AdminCommand::List { db } => {
            let db = open(&db.database).await?;
            println!("email\trole\ttenant\tstatus");
            for row in admins::list(&db).await? {
                let status = if row.admin.is_disabled() { "disabled" } else { "active" };
                let tenant = row.tenant_slug.as_deref().unwrap_or("*");
                println!("{}\t{}\t{tenant}\t{status}", row.admin.email, row.admin.role);
            }
        }
        AdminCommand::Disable { email, db } => {
            let db = open(&db.database).await?;
            admins::disable(&db, &email, now_ms()).await?;
            audit(&db, Action::AdminDisabled, None, |e| e.subject(email.trim().to_lowercase())).await?;
            println!("disabled administrator {} and ended their sessions", email.trim().to_lowercase());
        }
        AdminCommand::Enable { email, db } => {
            let db = open(&db.database).await?;
            admins::enable(&db, &email).await?;
            audit(&db, Action::AdminEnabled, None, |e| e.subject(email.trim().to_lowercase())).await?;
            println!("enabled administrator {}", email.trim().to_lowercase());
        }
        AdminCommand::Delete { email, db } => {
            let db = open(&db.database).await?;
            admins::delete(&db, &email).await?;
            audit(&db, Action::AdminDeleted, None, |e| e.subject(email.trim().to_lowercase())).await?;
            println!("deleted administrator {}", email.trim().to_lowercase());
        }
        AdminCommand::SetPassword { email, db } => {
            let password = read_password()?;
            let db = open(&db.database).await?;
            admins::set_password(&db, &email, &password).await?;
            audit(&db, Action::PasswordChanged, None, |e| e.subject(email.trim().to_lowercase())).await?;
            println!("set a new password for {} and ended their sessions", email.trim().to_lowercase());
        }
    }
    Ok(())
}

fn read_password() -> anyhow::Result<SecretString> {
    if let Ok(p) = std::env::var("PASSKEY_GUIDE_ADMIN_PASSWORD") {
        return Ok(SecretString::from(p));
    }
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).context("could not read the password from standard input")?;
    let password = input.lines().next().unwrap_or("").to_owned();
    if password.is_empty() {
        bail!("give the password in PASSKEY_GUIDE_ADMIN_PASSWORD or on standard input");
    }
    Ok(SecretString::from(password))
}

pub async fn entra(command: EntraCommand) -> anyhow::Result<()> {
    match command {
        EntraCommand::Import { tenant, file, db } => {
            let bytes = std::fs::read(&file).with_context(|| format!("could not read {}", file.display()))?;
            let users =
                crate::entra::report::parse(&bytes).with_context(|| format!("{} was not imported", file.display()))?;
            let db = open(&db.database).await?;
            let tenant = tenant_by_slug(&db, &tenant).await?;
            let source = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            crate::entra::coverage::store(&db, tenant.id, &users, &tenant.policy, &source, now_ms()).await?;
            let subject = format!("{source} ({} users)", users.len());
            audit(&db, Action::ReportImported, Some(&tenant), |e| e.subject(subject)).await?;
            let c = crate::entra::coverage::summary(&db, tenant.id).await?.context("the import was not stored")?;
            println!(
                "imported {} users into {}: {} of {} in scope have a passkey ({:.1}%), {} one the passkey policy allows ({:.1}%)",
                users.len(),
                tenant.slug,
                c.with_passkey,
                c.in_scope,
                c.share * 100.0,
                c.with_allowed_passkey,
                c.allowed_share * 100.0
            );
            if let Some(line) = crate::entra::report::unknown_methods_line(&users) {
                println!("{line}");
            }
        }
        EntraCommand::Signins { tenant, file, db } => {
            let bytes = std::fs::read(&file).with_context(|| format!("could not read {}", file.display()))?;
            let days =
                crate::entra::signins::parse(&bytes).with_context(|| format!("{} was not imported", file.display()))?;
            let db = open(&db.database).await?;
            let tenant = tenant_by_slug(&db, &tenant).await?;
            let stored = crate::db::signins::store(&db, tenant.id, &days).await?;
            let usage = usage_summary(&db, tenant.id, SystemClock.now()).await?;
            println!("imported {stored} person-days of sign-ins into {}: {usage}", tenant.slug);
        }
        EntraCommand::Exclude { tenant, file, clear, db } => {
            let list = match (file, clear) {
                (Some(file), false) => {
                    let text = std::fs::read_to_string(&file)
                        .with_context(|| format!("could not read {} as UTF-8 text", file.display()))?;
                    crate::entra::scope::Exclusions::parse(&text)
                        .with_context(|| format!("{} was not saved", file.display()))?
                }
                _ => crate::entra::scope::Exclusions::default(),
            };
            let db = open(&db.database).await?;
            let tenant = tenant_by_slug(&db, &tenant).await?;
            let before = crate::db::exclusions::load(&db, tenant.id).await?;
            crate::db::exclusions::replace(&db, tenant.id, &list).await?;
            if before.patterns() != list.patterns() {
                let joined =
                    |e: &crate::entra::scope::Exclusions| Some(e.patterns().join(", ")).filter(|v| !v.is_empty());
                let change = Change::new("exclusions", joined(&before), joined(&list));
                audit(&db, Action::ScopeChanged, Some(&tenant), |e| e.changes(vec![change])).await?;
            }
            let mut line = format!("{} exclusion patterns for {}", list.patterns().len(), tenant.slug);
            if let Some(c) = crate::entra::coverage::summary(&db, tenant.id).await? {
                line.push_str(&format!(
                    "; the latest import leaves out {} and counts {} of {} in scope with a passkey the policy allows ({:.1}%)",
                    c.excluded,
                    c.with_allowed_passkey,
                    c.in_scope,
                    c.allowed_share * 100.0
                ));
            }
            println!("{line}");
        }
        EntraCommand::Fetch(args) => {
            let settings = graph_settings(&args)?;
            let db = open(&args.db.database).await?;
            let read = if args.config_only { Fetch::ConfigurationOnly } else { Fetch::Everything };
            println!("{}", fetch_from_graph(&db, &args.tenant, &settings, read, now_ms()).await?);
        }
    }
    Ok(())
}

fn graph_settings(args: &EntraFetchArgs) -> anyhow::Result<GraphSettings> {
    let secret = match std::env::var("PASSKEY_GUIDE_GRAPH_CLIENT_SECRET") {
        Ok(secret) => SecretString::from(secret),
        Err(_) => {
            let mut input = String::new();
            std::io::stdin()
                .read_to_string(&mut input)
                .context("could not read the client secret from standard input")?;
            let secret = input.lines().next().unwrap_or("").trim().to_owned();
            if secret.is_empty() {
                bail!("give the client secret in PASSKEY_GUIDE_GRAPH_CLIENT_SECRET or on standard input");
            }
            SecretString::from(secret)
        }
    };
    let mut settings = GraphSettings::new(&args.directory, &args.client_id, secret, &args.login_url, &args.graph_url)?;
    settings.read_providers = !args.no_providers;
    Ok(settings)
}

/// What `entra fetch` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fetch {
    /// The configuration, then the registration report (and passkeys' providers).
    Everything,
    ConfigurationOnly,
}

/// `entra fetch`: reads the authentication-methods configuration (each part Graph refuses is
/// named on a line of its own, the rest is kept) and makes the default passkey profile the
/// tenant's policy; then fetches the report and stores it as one import, or nothing if any part
/// of that fails. Returns the summary, one line per finding.
pub async fn fetch_from_graph(
    db: &Db,
    slug: &str,
    settings: &GraphSettings,
    read: Fetch,
    now_ms: i64,
) -> anyhow::Result<String> {
    use crate::entra::graph;
    let tenant = tenant_by_slug(db, slug).await?;
    let connection = graph::connect(settings).await.context("nothing was read")?;
    let config = graph::fetch_configuration(&connection, tenant.policy.windows_hello).await;
    crate::db::configurations::store(db, tenant.id, &config, now_ms).await?;
    let summary = configuration_summary(db, &tenant, &config, now_ms).await?;
    // Read again: the policy that judges the providers may just have changed.
    let tenant = tenant_by_slug(db, slug).await?;
    let mut lines = Vec::new();
    let mut unread_sign_ins = None;
    if read == Fetch::Everything {
        lines.push(fetch_report(db, &tenant, settings, &connection, now_ms).await?);
        match fetch_sign_ins(db, &tenant, &connection, now_ms).await? {
            Ok(line) => lines.push(line),
            Err(line) => unread_sign_ins = Some(line),
        }
    }
    lines.push(summary);
    let branding = graph::fetch_branding(&connection).await;
    if let Some(found) = &branding.branding {
        crate::db::entra_branding::store(db, tenant.id, found, now_ms).await?;
        lines.push(branding_summary(found));
    }
    lines.extend(
        config.unread.iter().chain(&branding.unread).chain(&unread_sign_ins).map(|line| format!("not read: {line}")),
    );
    Ok(lines.join("\n"))
}

/// Reads the sign-ins since the last day stored (a week back the first time) into the usage
/// figures. A refusal or failure is a `not read:` line (the `Err`), never a failed fetch.
async fn fetch_sign_ins(
    db: &Db,
    tenant: &crate::brand::Tenant,
    connection: &crate::entra::graph::Connection<'_>,
    now_ms: i64,
) -> anyhow::Result<Result<String, String>> {
    use crate::entra::graph::{self, GraphError};
    let now =
        time::OffsetDateTime::from_unix_timestamp(now_ms.div_euclid(1000)).unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let since = match crate::db::signins::latest_day(db, tenant.id).await? {
        Some(day) => day,
        None => crate::clock::day_of(now - time::Duration::days(7)),
    };
    let days = match graph::fetch_sign_ins(connection, &since).await {
        Ok(days) => days,
        Err(GraphError::Status { status: 403, reason, .. }) => {
            return Ok(Err(format!(
                "the sign-in log: Microsoft Graph refused (403); it needs AuditLog.Read.All and Microsoft Entra ID P1 \
                 or P2 ({reason})"
            )));
        }
        Err(e) => return Ok(Err(format!("the sign-in log: {e}"))),
    };
    let stored = crate::db::signins::store(db, tenant.id, &days).await?;
    let usage = usage_summary(db, tenant.id, now).await?;
    Ok(Ok(format!("read {stored} person-days of sign-ins since {since}: {usage}")))
}

/// The sign-in usage of the 30 days up to `now`, as the command line says it.
async fn usage_summary(db: &Db, tenant_id: i64, now: time::OffsetDateTime) -> anyhow::Result<String> {
    let window = crate::clock::day_of(now - time::Duration::days(29));
    let u = crate::db::signins::usage(db, tenant_id, &window, 30).await?;
    Ok(format!(
        "over 30 days {} of {} people signed in with a passkey ({:.1}%), {} registered people still use a password \
         only, {} use a legacy client",
        u.with_passkey_sign_in,
        u.people,
        u.share * 100.0,
        u.registered_password_only,
        u.legacy_clients
    ))
}

fn branding_summary(branding: &crate::entra::branding::SignInBranding) -> String {
    if branding.is_empty() {
        return "read the sign-in page's company branding: no banner logo or background colour is set".into();
    }
    let mut parts = Vec::new();
    if let Some((media_type, bytes)) = &branding.logo {
        parts.push(format!("banner logo ({media_type}, {} KB)", bytes.len().div_ceil(1024)));
    }
    if let Some(color) = branding.background_color {
        parts.push(format!("background colour {}", color.to_hex()));
    }
    format!(
        "read the sign-in page's company branding: {}; the admin's Entra ID page offers them as the guide's logo and colour",
        parts.join(", ")
    )
}

/// Follows the default passkey profile, and says what the configuration holds.
async fn configuration_summary(
    db: &Db,
    tenant: &crate::brand::Tenant,
    config: &crate::entra::configuration::EntraConfiguration,
    now_ms: i64,
) -> anyhow::Result<String> {
    let on_off = |v: Option<bool>| match v {
        Some(true) => "enabled",
        Some(false) => "disabled",
        None => "not read",
    };
    let mut line = format!(
        "read the Entra configuration of {}: Passkey (FIDO2) {}, Microsoft Authenticator {}, Temporary Access Pass {}, \
         registration campaign {}",
        tenant.slug,
        on_off(config.passkeys.as_ref().map(|p| p.enabled)),
        on_off(config.authenticator_enabled),
        on_off(config.temporary_access_pass_enabled),
        config.campaign.as_ref().map_or("not read", |c| c.state.as_str()),
    );
    if let Some(passkeys) = &config.passkeys {
        let names: Vec<String> = passkeys.profiles.iter().map(|p| format!("“{}”", p.name)).collect();
        line.push_str(&format!("; {} passkey profiles: {}", passkeys.profiles.len(), names.join(", ")));
        if let Some(default) = passkeys.default_profile() {
            // Entra's profiles replace the tenant's (ids and names kept); links without ?p= get
            // the default one.
            if default.policy != tenant.policy || passkeys.profiles != tenant.profiles {
                let changes = tenants::TenantChanges {
                    policy: Some(default.policy.clone()),
                    profiles: Some(passkeys.profiles.clone()),
                    ..Default::default()
                };
                tenants::update(db, tenant.id, changes, now_ms).await?;
            }
            line.push_str(&format!("; the guide follows the default profile “{}”", default.name));
        }
    }
    Ok(line)
}

/// Fetches the registration report (and providers where permitted) and stores it as one import.
async fn fetch_report(
    db: &Db,
    tenant: &crate::brand::Tenant,
    settings: &GraphSettings,
    connection: &crate::entra::graph::Connection<'_>,
    now_ms: i64,
) -> anyhow::Result<String> {
    use crate::entra::{coverage, graph, providers};
    let fetched = graph::fetch(connection).await.context("the report was not imported")?;
    let source = format!("graph:{}", settings.directory.as_str());
    providers::store(db, tenant.id, &fetched.users, fetched.passkeys.as_deref(), &tenant.policy, &source, now_ms)
        .await?;
    let c = coverage::summary(db, tenant.id).await?.context("the import was not stored")?;
    let mut line = format!(
        "fetched {} users ({} pages) from Microsoft Graph into {}: {} of {} in scope have a passkey ({:.1}%), {} one the \
         passkey policy allows ({:.1}%)",
        fetched.users.len(),
        fetched.pages,
        tenant.slug,
        c.with_passkey,
        c.in_scope,
        c.share * 100.0,
        c.with_allowed_passkey,
        c.allowed_share * 100.0
    );
    if let Some(unknown) = crate::entra::report::unknown_methods_line(&fetched.users) {
        line.push_str(&format!("; {unknown}"));
    }
    match (&fetched.passkeys, settings.read_providers) {
        (Some(passkeys), _) => {
            let counts = providers::latest(db, tenant.id, &tenant.policy).await?.unwrap_or_default();
            let named: Vec<String> = counts.iter().map(|p| format!("{} {}", p.provider, p.registrations)).collect();
            let refused: i64 = counts.iter().filter(|p| !p.allowed).map(|p| p.registrations).sum();
            line.push_str(&format!("; {} passkeys by provider: {}", passkeys.len(), named.join(", ")));
            if refused > 0 {
                line.push_str(&format!("; {refused} in a provider the tenant's policy does not allow"));
            }
        }
        (None, true) => line.push_str(
            "; providers not read: the app lacks UserAuthMethod-Passkey.Read.All (or UserAuthenticationMethod.Read.All)",
        ),
        (None, false) => {}
    }
    Ok(line)
}

pub async fn token(command: TokenCommand) -> anyhow::Result<()> {
    match command {
        TokenCommand::Create { tenant, label, db } => {
            let db = open(&db.database).await?;
            let tenant = tenant_by_slug(&db, &tenant).await?;
            let (id, token) = tokens::create(&db, tenant.id, &label, now_ms()).await?;
            audit(&db, Action::TokenCreated, Some(&tenant), |e| e.subject(label.clone())).await?;
            println!("created read-only token {id} for tenant {}; it is shown only once:", tenant.slug);
            println!("{}", token.expose_secret());
        }
        TokenCommand::Revoke { token, db } => {
            let db = open(&db.database).await?;
            let tenant_id = match token.trim().parse::<i64>() {
                Ok(id) => tokens::tenant_of_id(&db, id).await?,
                Err(_) => tokens::tenant_of(&db, token.trim()).await?,
            };
            if !tokens::revoke(&db, &token, now_ms()).await? {
                bail!("no live token matches");
            }
            let tenant = match tenant_id {
                Some(id) => tenants::find_by_id(&db, id).await?,
                None => None,
            };
            let subject =
                if token.trim().parse::<i64>().is_ok() { format!("#{}", token.trim()) } else { "by value".to_owned() };
            audit(&db, Action::TokenRevoked, tenant.as_ref(), |e| e.subject(subject)).await?;
            println!("revoked");
        }
    }
    Ok(())
}

/// `audit`: the log as CSV on standard output, oldest first.
pub async fn audit_log(tenant: Option<String>, since: Option<String>, database: &str) -> anyhow::Result<()> {
    let since_ms = match since.as_deref() {
        Some(day) => Some(
            crate::domain::day::Day::parse(day.trim())
                .with_context(|| format!("--since must be a date, YYYY-MM-DD, got {day:?}"))?
                .start_utc_ms(),
        ),
        None => None,
    };
    let db = open(database).await?;
    let tenant_id = match tenant {
        Some(slug) => Some(tenant_by_slug(&db, &slug).await?.id),
        None => None,
    };
    let filter = crate::db::audit::AuditFilter { tenant_id, since_ms, limit: None };
    let mut entries = crate::db::audit::list(&db, &filter).await?;
    entries.reverse();
    let (header, rows) = crate::audit::table(&entries);
    print!("{}", crate::web::download::table_csv(&header, &rows)?);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detect_answers_every_line_in_order_and_reports_bad_ones() {
        let input = concat!(
            "{\"ua\": \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1\"}\n",
            "not json\n",
            "{\"ua\": \"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36\", \"hints\": {\"sec-ch-ua-model\": \"\\\"SM-S918B\\\"\", \"sec-ch-ua-platform\": \"\\\"Android\\\"\", \"sec-ch-ua-platform-version\": \"\\\"14.0.0\\\"\"}}\n",
        );
        let mut out = Vec::new();
        detect_lines(input.as_bytes(), &mut out).unwrap();
        let lines: Vec<serde_json::Value> =
            String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0]["device"], "iphone");
        assert_eq!(lines[0]["os_version"], "17.4");
        assert_eq!(lines[0]["flow"], "iphone-authenticator");
        assert!(lines[1]["error"].as_str().unwrap().contains("line 2"));
        assert_eq!(lines[2]["device"], "samsung");
        assert_eq!(lines[2]["os_version"], "14");
        assert_eq!(lines[2]["flow"], "samsung");
    }

    #[test]
    fn names_are_trimmed_and_limited() {
        assert_eq!(check_name("  Contoso <b>  ").unwrap(), "Contoso <b>");
        assert!(check_name("").is_err());
        assert!(check_name("a\u{0}b").is_err());
        assert!(check_name(&"x".repeat(81)).is_err());
    }
}
