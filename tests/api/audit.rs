//! The audit log: every change made in the admin, and every sign-in, leaves exactly one entry
//! with who, when, which tenant and what changed; owners read it as a page and as CSV, and
//! nobody can change it.

use passkey_guide::audit::Entry;
use passkey_guide::db::admins::Role;
use passkey_guide::db::audit::{AuditFilter, list};

use crate::admin::{PASSWORD, add_admin, save, sign_in};
use crate::helpers::{TestApp, browser, csrf, post_sign_in, spawn_app};

/// The log as the test last saw it: each step must add exactly one entry of the named action.
struct Log<'a> {
    app: &'a TestApp,
    seen: usize,
}

impl<'a> Log<'a> {
    async fn new(app: &'a TestApp) -> Log<'a> {
        let seen = list(&app.db, &AuditFilter::default()).await.unwrap().len();
        Log { app, seen }
    }

    async fn one(&mut self, action: &str) -> Entry {
        let entries = list(&self.app.db, &AuditFilter::default()).await.unwrap();
        let added: Vec<&str> = entries[..entries.len() - self.seen].iter().map(|e| e.action_name.as_str()).collect();
        assert_eq!(added, [action], "exactly one entry for {action}");
        self.seen = entries.len();
        entries[0].clone()
    }

    async fn none(&mut self, after: &str) {
        let entries = list(&self.app.db, &AuditFilter::default()).await.unwrap();
        assert_eq!(entries.len(), self.seen, "no entry after {after}");
    }
}

async fn post(app: &TestApp, client: &reqwest::Client, page: &str, path: &str, fields: &[(&str, &str)]) -> u16 {
    let token = csrf(client, &app.url(page)).await;
    let mut form = vec![("_csrf", token.as_str())];
    form.extend_from_slice(fields);
    client.post(app.url(path)).form(&form).send().await.unwrap().status().as_u16()
}

async fn upload(
    app: &TestApp,
    client: &reqwest::Client,
    page: &str,
    path: &str,
    field: &str,
    file: (&str, Vec<u8>),
) -> u16 {
    let token = csrf(client, &app.url(page)).await;
    let part = reqwest::multipart::Part::bytes(file.1).file_name(file.0.to_owned());
    let form = reqwest::multipart::Form::new().text("_csrf", token).part(field.to_owned(), part);
    client.post(app.url(path)).multipart(form).send().await.unwrap().status().as_u16()
}

/// The id in the newest invitation link on the accounts page.
fn invitation_token(page: &str) -> String {
    let start = page.find("/admin/invite/").expect("an invitation link") + "/admin/invite/".len();
    page[start..start + 64].to_owned()
}

#[tokio::test]
async fn every_audited_action_leaves_exactly_one_entry() {
    let app = spawn_app().await;
    add_admin(&app, "owner@contoso.example", Role::Owner, None).await;
    let mut log = Log::new(&app).await;

    let owner = sign_in(&app, "owner@contoso.example").await;
    let entry = log.one("sign-in").await;
    assert_eq!(entry.actor, "owner@contoso.example");
    assert_eq!(post_sign_in(&app, &browser(), "owner@contoso.example", "wrong password").await.status(), 401);
    assert_eq!(log.one("sign-in-failed").await.actor, "owner@contoso.example");

    assert_eq!(
        post(&app, &owner, "/admin", "/admin/tenants", &[("slug", "fabrikam"), ("name", "Fabrikam")]).await,
        303
    );
    assert_eq!(log.one("tenant-created").await.tenant_slug.as_deref(), Some("fabrikam"));

    // Settings: old → new for each field that changed, and nothing when nothing did.
    let before = passkey_guide::db::tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    assert_eq!(
        save(&app, &owner, "demo", &[("name", "Contoso Ltd"), ("support_email", "help@contoso.example")])
            .await
            .status(),
        303
    );
    let entry = log.one("settings-changed").await;
    assert_eq!(entry.tenant_slug.as_deref(), Some("demo"));
    let name = entry.changes.iter().find(|c| c.field == "name").expect("the name changed");
    assert_eq!((name.old.as_deref(), name.new.as_deref()), (Some(before.name.as_str()), Some("Contoso Ltd")));
    let email = entry.changes.iter().find(|c| c.field == "support_email").expect("the support email changed");
    assert_eq!(email.new.as_deref(), Some("help@contoso.example"));
    assert_eq!(
        save(&app, &owner, "demo", &[("name", "Contoso Ltd"), ("support_email", "help@contoso.example")])
            .await
            .status(),
        303
    );
    log.none("saving the same settings again").await;

    let png = include_bytes!("../../end2end/fixtures/logo.png").to_vec();
    let settings = "/admin/tenants/demo";
    assert_eq!(upload(&app, &owner, settings, "/admin/tenants/demo/logo", "logo", ("logo.png", png)).await, 303);
    log.one("logo-changed").await;

    let tokens = "/admin/tenants/demo/tokens";
    assert_eq!(post(&app, &owner, tokens, tokens, &[("label", "ci"), ("kind", "api")]).await, 200);
    assert_eq!(log.one("token-created").await.subject, "ci");
    assert_eq!(post(&app, &owner, tokens, tokens, &[("label", "board"), ("kind", "share")]).await, 200);
    log.one("share-link-created").await;
    let (id,): (i64,) = sqlx::query_as("select min(id) from api_tokens").fetch_one(&app.db.pool).await.unwrap();
    assert_eq!(post(&app, &owner, tokens, "/admin/tenants/demo/tokens/revoke", &[("id", &id.to_string())]).await, 303);
    log.one("token-revoked").await;

    let entra = "/admin/tenants/demo/entra";
    let report = include_bytes!("../fixtures/entra/admin-center-registration-details.csv").to_vec();
    assert_eq!(
        upload(&app, &owner, entra, "/admin/tenants/demo/entra/report", "report", ("report.csv", report)).await,
        200
    );
    assert!(log.one("report-imported").await.subject.starts_with("report.csv ("));
    let (import,): (i64,) = sqlx::query_as("select max(id) from entra_imports").fetch_one(&app.db.pool).await.unwrap();
    assert_eq!(
        post(&app, &owner, entra, "/admin/tenants/demo/entra/imports/delete", &[("id", &import.to_string())]).await,
        200
    );
    log.one("import-deleted").await;
    assert_eq!(post(&app, &owner, entra, "/admin/tenants/demo/entra/scope", &[("exclusions", "svc-*")]).await, 200);
    let scope = log.one("scope-changed").await;
    assert_eq!(scope.changes[0].new.as_deref(), Some("svc-*"));

    let recipients = "/admin/tenants/demo/recipients";
    let list_file = b"email,name\nadele@contoso.example,Adele Vance\n".to_vec();
    assert_eq!(upload(&app, &owner, recipients, recipients, "list", ("list.csv", list_file)).await, 200);
    log.one("recipients-imported").await;
    let setting = "/admin/tenants/demo/recipients/setting";
    assert_eq!(post(&app, &owner, recipients, setting, &[("personal_links", "on"), ("confirm", "yes")]).await, 303);
    let links = log.one("personal-links-changed").await;
    assert_eq!(links.changes[0].new.as_deref(), Some("yes"));

    // Administrators: an invitation, used once; a role change; disable, enable, delete.
    let accounts = "/admin/accounts";
    let token = csrf(&owner, &app.url(accounts)).await;
    let invited = owner
        .post(app.url("/admin/accounts/invite"))
        .form(&[("_csrf", token.as_str()), ("email", "new@contoso.example"), ("role", "viewer"), ("tenant", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(invited.status(), 200);
    let invitation = invitation_token(&invited.text().await.unwrap());
    assert_eq!(log.one("admin-invited").await.subject, "new@contoso.example");
    let newcomer = browser();
    let accepted = newcomer
        .post(app.url(&format!("/admin/invite/{invitation}")))
        .form(&[("password", PASSWORD), ("repeat", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(accepted.status(), 303);
    assert_eq!(log.one("admin-created").await.actor, "new@contoso.example");
    let new_id = passkey_guide::db::admins::find_by_email(&app.db, "new@contoso.example").await.unwrap().unwrap().id;
    let path = |action: &str| format!("/admin/accounts/{new_id}{action}");
    assert_eq!(post(&app, &owner, accounts, &path(""), &[("role", "analyst"), ("tenant", "")]).await, 200);
    let changed = log.one("admin-changed").await;
    assert_eq!(
        (changed.changes[0].old.as_deref(), changed.changes[0].new.as_deref()),
        (Some("viewer"), Some("analyst"))
    );
    assert_eq!(post(&app, &owner, accounts, &path("/disable"), &[]).await, 200);
    log.one("admin-disabled").await;
    assert_eq!(post(&app, &owner, accounts, &path("/enable"), &[]).await, 200);
    log.one("admin-enabled").await;
    assert_eq!(post(&app, &owner, accounts, &path("/delete"), &[("confirm", "yes")]).await, 200);
    log.one("admin-deleted").await;

    // The owner's own account: ending another session, then a new password.
    let other = sign_in(&app, "owner@contoso.example").await;
    log.one("sign-in").await;
    let page = owner.get(app.url("/admin/account")).send().await.unwrap().text().await.unwrap();
    let start = page.find("name=\"session\" value=\"").expect("the other session can be ended") + 22;
    let session = page[start..start + 64].to_owned();
    assert_eq!(
        post(&app, &owner, "/admin/account", "/admin/account/sessions/end", &[("session", &session)]).await,
        303
    );
    log.one("session-ended").await;
    assert_eq!(other.get(app.url("/admin")).send().await.unwrap().status(), 303, "the ended session is signed out");
    let new_password = "a much longer passphrase";
    let fields = [("current", PASSWORD), ("password", new_password), ("repeat", new_password)];
    assert_eq!(post(&app, &owner, "/admin/account", "/admin/account/password", &fields).await, 303);
    log.one("password-changed").await;
}

#[tokio::test]
async fn owners_read_the_log_as_a_page_and_as_csv_and_nobody_can_change_it() {
    let app = spawn_app().await;
    add_admin(&app, "owner@contoso.example", Role::Owner, None).await;
    add_admin(&app, "editor@contoso.example", Role::Editor, None).await;
    let owner = sign_in(&app, "owner@contoso.example").await;
    let editor = sign_in(&app, "editor@contoso.example").await;
    assert_eq!(save(&app, &owner, "demo", &[("name", "Contoso <b>Ltd</b>")]).await.status(), 303);

    let page = owner.get(app.url("/admin/tenants/demo/audit")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("Settings changed") && page.contains("Contoso &lt;b&gt;Ltd&lt;/b&gt;"), "{page}");
    assert!(!page.contains("editor@contoso.example"), "sign-ins concern no tenant");
    let everything = owner.get(app.url("/admin/audit")).send().await.unwrap().text().await.unwrap();
    assert!(everything.contains("editor@contoso.example") && everything.contains("Signed in"));
    assert!(everything.contains("<th scope=\"col\">Organisation</th>"), "the installation's log names tenants");

    let csv = owner.get(app.url("/admin/tenants/demo/audit.csv")).send().await.unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = csv.text().await.unwrap();
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    assert_eq!(lines.next(), Some("time_utc,actor,tenant,action,subject,changes"));
    let row = lines.find(|l| l.contains("settings-changed")).expect("the change is in the CSV");
    assert!(row.starts_with("2026-11-20T09:00:00Z,owner@contoso.example,demo,settings-changed,"), "{row}");
    assert!(row.contains("name: ") && row.contains(" → Contoso <b>Ltd</b>"), "{row}");
    let bad = owner.get(app.url("/admin/audit?since=yesterday")).send().await.unwrap();
    assert_eq!(bad.status(), 422);
    let later = owner.get(app.url("/admin/audit.csv?since=2026-11-21")).send().await.unwrap().text().await.unwrap();
    assert_eq!(later.trim_start_matches('\u{feff}').lines().count(), 1, "only the header: nothing since then");

    for path in ["/admin/audit", "/admin/audit.csv", "/admin/tenants/demo/audit", "/admin/tenants/demo/audit.csv"] {
        assert_eq!(editor.get(app.url(path)).send().await.unwrap().status(), 403, "editor: {path}");
    }
    let edit = sqlx::query("update audit_log set actor = 'someone else'").execute(&app.db.pool).await;
    assert!(edit.is_err(), "an entry cannot be changed");
    let remove = sqlx::query("delete from audit_log").execute(&app.db.pool).await;
    assert!(remove.is_err(), "an entry cannot be removed");
}

#[tokio::test]
async fn the_command_line_records_its_changes_and_prints_the_log() {
    let app = spawn_app().await;
    let run = |args: &[&str]| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_passkey-guide"))
            .args(args)
            .args(["--database", &app.database_url])
            .env("USER", "ops")
            .env("PASSKEY_GUIDE_ADMIN_PASSWORD", PASSWORD)
            .output()
            .unwrap();
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    let mut log = Log::new(&app).await;
    run(&["tenant", "set", "demo", "--handoff-url", "https://aka.ms/mfasetup"]);
    let entry = log.one("settings-changed").await;
    assert_eq!(entry.actor, "command line (ops)");
    assert_eq!(entry.changes[0].field, "handoff_url");
    run(&["tenant", "profile", "add", "demo", "admins", "--name", "Admins"]);
    log.one("profiles-changed").await;
    run(&["admin", "create", "--email", "ops@contoso.example", "--role", "editor"]);
    log.one("admin-created").await;
    run(&["admin", "disable", "ops@contoso.example"]);
    log.one("admin-disabled").await;
    run(&["token", "create", "--tenant", "demo"]);
    log.one("token-created").await;

    let csv = run(&["audit", "--tenant", "demo", "--since", "2020-01-01"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "time_utc,actor,tenant,action,subject,changes");
    let actions: Vec<&str> = lines[1..].iter().map(|l| l.split(',').nth(3).unwrap()).collect();
    assert_eq!(actions, ["settings-changed", "profiles-changed", "token-created"], "{csv}");
    assert!(run(&["audit"]).contains("admin-disabled"), "the installation's log has every entry");
}
