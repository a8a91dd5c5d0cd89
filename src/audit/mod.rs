//! The audit log: who changed what, when, and in which tenant. Entries are only ever added:
//! no page or command edits or removes one, and the database refuses to change them.

pub mod tenant_fields;

use serde::{Deserialize, Serialize};

use crate::brand::Tenant;
use crate::db::sessions::Session;

/// What was done. The kebab-case name is what the log stores and the CSV shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumString, strum::IntoStaticStr, strum::EnumIter)]
#[strum(serialize_all = "kebab-case")]
pub enum Action {
    SignIn,
    SignInFailed,
    TenantCreated,
    TenantRenamed,
    TenantDeleted,
    TenantExported,
    SettingsChanged,
    LogoChanged,
    LogoRemoved,
    ProfilesChanged,
    EmailsChanged,
    TokenCreated,
    TokenRevoked,
    ShareLinkCreated,
    ShareLinkRevoked,
    GraphConnectionSaved,
    GraphConnectionRemoved,
    EntraFetchStarted,
    EntraBrandingUsed,
    ReportImported,
    ImportDeleted,
    ScopeChanged,
    RecipientsImported,
    PersonalLinksChanged,
    AdminCreated,
    AdminInvited,
    AdminInviteWithdrawn,
    AdminChanged,
    AdminDisabled,
    AdminEnabled,
    AdminDeleted,
    PasswordChanged,
    SessionEnded,
    PasskeyAdded,
    PasskeyRenamed,
    PasskeyRemoved,
    PasskeysRequired,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The message that names the action on the audit page.
    pub fn message_id(self) -> String {
        format!("audit-action-{}", self.as_str())
    }
}

/// Who did it: a signed-in administrator, the command line, or (for a failed sign-in) the
/// address that was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub admin_id: Option<i64>,
    pub name: String,
}

/// The longest actor name kept: a failed sign-in's email is whatever was typed.
const MAX_ACTOR: usize = 254;

impl Actor {
    pub fn admin(session: &Session) -> Actor {
        Actor::account(session.admin_id, &session.email)
    }

    /// The administrator with this id and email (before a session exists, as at sign-in).
    pub fn account(admin_id: i64, email: &str) -> Actor {
        Actor { admin_id: Some(admin_id), name: email.to_owned() }
    }

    /// The command line, with the system account that ran it where the environment names one.
    pub fn command_line() -> Actor {
        let user = std::env::var("USER").or_else(|_| std::env::var("LOGNAME")).unwrap_or_default();
        let user: String = user.chars().filter(|c| !c.is_control()).take(64).collect();
        let name = if user.is_empty() { "command line".to_owned() } else { format!("command line ({user})") };
        Actor { admin_id: None, name }
    }

    /// Someone who typed `email` on the sign-in page and did not get in.
    pub fn attempted(email: &str) -> Actor {
        Actor { admin_id: None, name: email.chars().filter(|c| !c.is_control()).take(MAX_ACTOR).collect() }
    }
}

/// One field that changed, with its value before and after (`None`: not set).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl Change {
    pub fn new(field: &str, old: Option<String>, new: Option<String>) -> Change {
        Change { field: field.to_owned(), old, new }
    }
}

/// An entry about to be written.
#[derive(Clone, Debug)]
pub struct NewEntry {
    pub actor: Actor,
    /// The tenant it concerns, by id and slug (the slug stays readable after a tenant is deleted).
    pub tenant: Option<(i64, String)>,
    pub action: Action,
    /// What it concerned, in a few words: a token's label, an account's email, a file's name.
    pub subject: String,
    pub changes: Vec<Change>,
}

impl NewEntry {
    pub fn new(actor: Actor, action: Action) -> NewEntry {
        NewEntry { actor, tenant: None, action, subject: String::new(), changes: Vec::new() }
    }

    pub fn tenant(mut self, tenant: &Tenant) -> NewEntry {
        self.tenant = Some((tenant.id, tenant.slug.to_string()));
        self
    }

    pub fn subject(mut self, subject: impl Into<String>) -> NewEntry {
        self.subject = subject.into().chars().filter(|c| !c.is_control()).take(300).collect();
        self
    }

    pub fn changes(mut self, changes: Vec<Change>) -> NewEntry {
        self.changes = changes;
        self
    }
}

/// The entry of a deleted tenant: its slug and id (which outlive it), its name, and the
/// administrators limited to it, who went with it.
pub fn tenant_deleted(entry: NewEntry, tenant: &Tenant, admins: &[String]) -> NewEntry {
    let mut changes = vec![Change::new("name", Some(tenant.name.clone()), None)];
    if !admins.is_empty() {
        changes.push(Change::new("administrators", Some(admins.join(", ")), None));
    }
    entry.tenant(tenant).subject(tenant.name.clone()).changes(changes)
}

/// The action of a change to a tenant's settings: a rename when the name is all that changed.
pub fn settings_action(changes: &[Change]) -> Action {
    if !changes.is_empty() && changes.iter().all(|c| c.field == "name") {
        Action::TenantRenamed
    } else {
        Action::SettingsChanged
    }
}

/// A stored entry.
#[derive(Clone, Debug)]
pub struct Entry {
    pub id: i64,
    pub at_ms: i64,
    pub actor: String,
    pub tenant_slug: Option<String>,
    /// `None` for a name this version does not know (written by a newer one).
    pub action: Option<Action>,
    pub action_name: String,
    pub subject: String,
    pub changes: Vec<Change>,
}

/// "field: old → new", one per change, for the page and the CSV.
pub fn describe(change: &Change) -> String {
    let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".to_owned());
    format!("{}: {} → {}", change.field, shown(&change.old), shown(&change.new))
}

/// The log as a table for CSV: one row per entry, oldest first as given, times in UTC.
pub fn table(entries: &[Entry]) -> (Vec<String>, Vec<Vec<String>>) {
    let header = ["time_utc", "actor", "tenant", "action", "subject", "changes"].map(str::to_owned).to_vec();
    let rows = entries
        .iter()
        .map(|e| {
            vec![
                crate::web::api::rfc3339(e.at_ms),
                e.actor.clone(),
                e.tenant_slug.clone().unwrap_or_default(),
                e.action_name.clone(),
                e.subject.clone(),
                e.changes.iter().map(describe).collect::<Vec<_>>().join("; "),
            ]
        })
        .collect();
    (header, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn every_action_reads_back_from_its_name() {
        for action in Action::iter() {
            assert_eq!(action.as_str().parse::<Action>().unwrap(), action);
        }
        assert_eq!(Action::SignInFailed.as_str(), "sign-in-failed");
    }

    #[test]
    fn a_typed_email_is_kept_short_and_printable() {
        let actor = Actor::attempted(&format!("a\u{7}b{}", "x".repeat(400)));
        assert!(actor.name.starts_with("ab"));
        assert_eq!(actor.name.chars().count(), MAX_ACTOR);
    }

    #[test]
    fn a_change_of_the_name_alone_is_a_rename() {
        let name = Change::new("name", Some("Contoso".into()), Some("Contoso Ltd".into()));
        let email = Change::new("support_email", None, Some("it@contoso.example".into()));
        assert_eq!(settings_action(std::slice::from_ref(&name)), Action::TenantRenamed);
        assert_eq!(settings_action(&[name, email]), Action::SettingsChanged);
        assert_eq!(settings_action(&[]), Action::SettingsChanged);
    }

    #[test]
    fn changes_read_as_old_to_new() {
        let change = Change::new("name", Some("Contoso".into()), None);
        assert_eq!(describe(&change), "name: Contoso → —");
    }
}
