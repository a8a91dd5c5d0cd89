//! A tenant's lifecycle: renamed on its settings page, downloaded as a ZIP of CSV files by its
//! owners, and deleted with everything it owns (after its slug is typed) by owners of the
//! installation, from the web or the command line. The audit log keeps the entries.

use std::collections::BTreeMap;
use std::io::Read;

use passkey_guide::audit::Entry;
use passkey_guide::db::admins::Role;
use passkey_guide::db::audit::{AuditFilter, list};
use passkey_guide::db::{Backend, admins, graph_connections, recipients, tenants, tokens};
use passkey_guide::entra::signins::DayOfSignIns;
use secrecy::ExposeSecret;

use crate::admin::{PASSWORD, add_admin, add_tenant, save, sign_in};
use crate::helpers::{IPHONE, TestApp, csrf, spawn_app};

const SECRET: &[u8] = b"sealed-graph-client-secret";

/// Every table with a `tenant_id` column. The audit log is one of them: it keeps its entries.
async fn tenant_tables(app: &TestApp) -> Vec<String> {
    let sql = match app.db.backend {
        Backend::Sqlite => {
            "select m.name from sqlite_master m join pragma_table_info(m.name) p \
             where m.type = 'table' and p.name = 'tenant_id' order by m.name"
        }
        Backend::Postgres => {
            "select cast(table_name as text) from information_schema.columns \
             where table_schema = current_schema() and column_name = 'tenant_id' order by 1"
        }
    };
    let tables: Vec<(String,)> = sqlx::query_as(sql).fetch_all(&app.db.pool).await.unwrap();
    let tables: Vec<String> = tables.into_iter().map(|(t,)| t).collect();
    assert!(tables.len() > 15 && tables.contains(&"events".to_owned()), "{tables:?}");
    tables
}

/// Rows per table of one tenant, the audit log aside.
async fn rows_of(app: &TestApp, tenant_id: i64) -> BTreeMap<String, i64> {
    let mut rows = BTreeMap::new();
    for table in tenant_tables(app).await.into_iter().filter(|t| t != "audit_log") {
        let (n,): (i64,) = sqlx::query_as(&format!("select count(*) from {table} where tenant_id = $1"))
            .bind(tenant_id)
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        rows.insert(table, n);
    }
    rows
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_as::<_, (i64,)>(sql).fetch_one(&app.db.pool).await.unwrap().0
}

/// Gives a tenant something of every kind: a visit, a token, recipients, an import, sign-ins,
/// a Graph connection, an invitation and an owner limited to it. Returns the token.
async fn fill(app: &TestApp, slug: &str, inviter: &str) -> String {
    let tenant = tenants::find_by_slug(&app.db, slug).await.unwrap().unwrap();
    assert_eq!(app.get_as(&format!("/{slug}"), IPHONE).await.status(), 200);
    let token = app.token_for(slug).await;
    let people = recipients::parse_list(
        format!("email,name,wave\nadele@{slug}.example,\"=HYPERLINK(\"\"http://evil.example\"\")\",1\nalex@{slug}.example,Alex,2\n")
            .as_bytes(),
    )
    .unwrap();
    recipients::import(&app.db, tenant.id, &people, 0).await.unwrap();
    let report = format!(
        "userPrincipalName,userDisplayName,userType,methodsRegistered\n\
         adele@{slug}.example,Adele,member,passKeyDeviceBoundAuthenticator\nalex@{slug}.example,Alex,member,email\n"
    );
    let users = passkey_guide::entra::report::parse(report.as_bytes()).unwrap();
    passkey_guide::entra::coverage::store(&app.db, tenant.id, &users, &tenant.policy, "report.csv", 0).await.unwrap();
    let mut days = BTreeMap::new();
    days.insert(
        (format!("alex@{slug}.example"), "2026-11-19".to_owned()),
        DayOfSignIns { passkey: false, password: true, legacy_client: false },
    );
    passkey_guide::db::signins::store(&app.db, tenant.id, &days).await.unwrap();
    let connection = graph_connections::ConnectionChange {
        directory: "contoso.onmicrosoft.com",
        client_id: "11111111-2222-3333-4444-555555555555",
        sealed_secret: Some(SECRET.to_vec()),
        read_providers: false,
    };
    assert!(graph_connections::save(&app.db, tenant.id, connection, 0).await.unwrap());
    let inviter = admins::find_by_email(&app.db, inviter).await.unwrap().unwrap();
    passkey_guide::db::invites::create(
        &app.db,
        &format!("new@{slug}.example"),
        (Role::Editor, Some(tenant.id)),
        inviter.id,
        0,
    )
    .await
    .unwrap();
    add_admin(app, &format!("owner@{slug}.example"), Role::Owner, Some(tenant.id)).await;
    token
}

/// The entries about a tenant, newest first.
async fn entries_of(app: &TestApp, tenant_id: i64) -> Vec<Entry> {
    list(&app.db, &AuditFilter { tenant_id: Some(tenant_id), ..Default::default() }).await.unwrap()
}

async fn post_delete(app: &TestApp, client: &reqwest::Client, slug: &str, confirm: &str) -> reqwest::Response {
    let token = csrf(client, &app.url(&format!("/admin/tenants/{slug}"))).await;
    let form = [("_csrf", token.as_str()), ("confirm", confirm)];
    client.post(app.url(&format!("/admin/tenants/{slug}/delete"))).form(&form).send().await.unwrap()
}

#[tokio::test]
async fn a_tenant_is_deleted_with_everything_it_owns_only_by_an_owner_of_the_installation_who_types_its_slug() {
    let app = spawn_app().await;
    add_admin(&app, "root@contoso.example", Role::Owner, None).await;
    add_admin(&app, "editor@contoso.example", Role::Editor, None).await;
    let acme = add_tenant(&app, "acme", "Acme").await;
    let demo = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap().id;
    fill(&app, "acme", "root@contoso.example").await;
    fill(&app, "demo", "root@contoso.example").await;
    let root = sign_in(&app, "root@contoso.example").await;
    let acme_owner = sign_in(&app, "owner@acme.example").await;
    let editor = sign_in(&app, "editor@contoso.example").await;

    let before = rows_of(&app, acme).await;
    for table in ["events", "funnel_stages", "recipients", "entra_imports", "entra_signins", "api_tokens", "admins"] {
        assert!(before[table] > 0, "acme has rows in {table} before: {before:?}");
    }
    let demo_before = rows_of(&app, demo).await;

    // The page and the settings' link are for owners of the installation only.
    let page = root.get(app.url("/admin/tenants/acme/delete")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let page = page.text().await.unwrap();
    assert!(page.contains("Delete this organisation") && page.contains("/acme"), "{page}");
    let settings = root.get(app.url("/admin/tenants/acme")).send().await.unwrap().text().await.unwrap();
    assert!(settings.contains("href=\"/admin/tenants/acme/delete\""));
    let settings = acme_owner.get(app.url("/admin/tenants/acme")).send().await.unwrap().text().await.unwrap();
    assert!(!settings.contains("/admin/tenants/acme/delete") && settings.contains("Download all data (ZIP)"));
    assert_eq!(acme_owner.get(app.url("/admin/tenants/acme/delete")).send().await.unwrap().status(), 403);

    // Without the exact slug, nothing goes.
    for typed in ["", "Acme", "acme ", "ACME", "demo"] {
        let refused = post_delete(&app, &root, "acme", typed).await;
        assert_eq!(refused.status(), 422, "{typed:?}");
        let body = refused.text().await.unwrap();
        assert!(body.contains("Type acme exactly; nothing was deleted."), "{body}");
    }
    assert_eq!(post_delete(&app, &acme_owner, "acme", "acme").await.status(), 403, "an owner of the tenant only");
    assert_eq!(post_delete(&app, &editor, "acme", "acme").await.status(), 403);
    assert_eq!(rows_of(&app, acme).await, before, "nothing was deleted");
    assert!(entries_of(&app, acme).await.iter().all(|e| e.action_name != "tenant-deleted"));

    let deleted = post_delete(&app, &root, "acme", "acme").await;
    assert_eq!(deleted.status(), 303);
    assert_eq!(deleted.headers()["location"], "/admin");

    assert!(tenants::find_by_slug(&app.db, "acme").await.unwrap().is_none());
    let after = rows_of(&app, acme).await;
    assert!(after.values().all(|n| *n == 0), "rows of acme left: {after:?}");
    assert_eq!(
        count(&app, "select count(*) from entra_users where import_id not in (select id from entra_imports)").await,
        0
    );
    assert_eq!(count(&app, "select count(*) from sessions where admin_id not in (select id from admins)").await, 0);
    assert!(admins::find_by_email(&app.db, "owner@acme.example").await.unwrap().is_none());
    assert_eq!(acme_owner.get(app.url("/admin")).send().await.unwrap().status(), 303, "its owner is signed out");
    assert_eq!(rows_of(&app, demo).await, demo_before, "another tenant's data is untouched");
    assert_eq!(app.get_as("/demo", IPHONE).await.status(), 200);
    assert_eq!(app.get_as("/acme", IPHONE).await.status(), 404);
    assert_eq!(root.get(app.url("/admin/tenants/acme")).send().await.unwrap().status(), 404);

    let entries = entries_of(&app, acme).await;
    let entry = &entries[0];
    assert_eq!(entry.action_name, "tenant-deleted");
    assert_eq!(entry.tenant_slug.as_deref(), Some("acme"));
    assert_eq!(entry.actor, "root@contoso.example");
    assert_eq!(entry.subject, "Acme");
    let admins = entry.changes.iter().find(|c| c.field == "administrators").expect("the administrators that went");
    assert_eq!(admins.old.as_deref(), Some("owner@acme.example"));
    let log = root.get(app.url("/admin/audit")).send().await.unwrap().text().await.unwrap();
    assert!(log.contains("Organisation deleted"), "the installation's log shows it");

    // The slug is free again, for a new tenant that starts empty (once the guide's tenant cache,
    // which remembers unknown slugs for two seconds, has let go).
    let again = add_tenant(&app, "acme", "Acme again").await;
    app.clock.advance(time::Duration::seconds(3));
    assert_ne!(again, acme);
    let guide = app.get_as("/acme", IPHONE).await;
    assert_eq!(guide.status(), 200);
    assert!(guide.text().await.unwrap().contains("Acme again"));
    assert!(entries_of(&app, again).await.is_empty(), "the old entries stay with the old tenant");
}

fn read(archive: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str) -> String {
    let mut text = String::new();
    archive.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

#[tokio::test]
async fn owners_download_a_tenants_data_as_a_zip_of_csv_files_without_secrets() {
    let app = spawn_app().await;
    add_admin(&app, "root@contoso.example", Role::Owner, None).await;
    add_admin(&app, "viewer@acme.example", Role::Viewer, None).await;
    add_admin(&app, "analyst@acme.example", Role::Analyst, None).await;
    add_admin(
        &app,
        "it@demo.example",
        Role::Owner,
        Some(tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap().id),
    )
    .await;
    let acme = add_tenant(&app, "acme", "Acme").await;
    let token = fill(&app, "acme", "root@contoso.example").await;
    let (_, share) = tokens::create_kind(&app.db, acme, "Board", tokens::TokenKind::Share, 0).await.unwrap();
    let owner = sign_in(&app, "owner@acme.example").await;

    let download = owner.get(app.url("/admin/tenants/acme/export.zip")).send().await.unwrap();
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "application/zip");
    assert_eq!(download.headers()["content-disposition"], "attachment; filename=\"acme-data.zip\"");
    assert_eq!(download.headers()["cache-control"], "no-store");
    let bytes = download.bytes().await.unwrap().to_vec();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let names: Vec<String> = archive.file_names().map(|n| n.unwrap().into_owned()).collect();
    let expected = [
        "README.txt",
        "tenant.csv",
        "funnel-by-day.csv",
        "entra-imports.csv",
        "coverage-users.csv",
        "recipients.csv",
        "signins.csv",
        "tokens.csv",
        "audit-log.csv",
    ];
    assert_eq!(names, expected);
    let readme = read(&mut archive, "README.txt");
    assert!(readme.starts_with("Data of Acme (/acme), downloaded 2026-11-20 09:00 UTC."), "{readme}");
    for name in &expected[1..] {
        assert!(readme.contains(&format!("{name}: ")), "the README names {name}");
    }

    let tenant = read(&mut archive, "tenant.csv");
    assert!(tenant.starts_with("\u{feff}field,value\n"), "{tenant}");
    assert!(tenant.contains("\nslug,acme\n") && tenant.contains("\nname,Acme\n"), "{tenant}");
    let people = read(&mut archive, "recipients.csv");
    assert!(people.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), "a formula is defused: {people}");
    assert!(people.contains("alex@acme.example,Alex,2,"));
    assert!(read(&mut archive, "funnel-by-day.csv").contains("\n2026-11-20,visit,1,1\n"));
    assert!(read(&mut archive, "coverage-users.csv").contains("adele@acme.example,Adele,member,"));
    assert_eq!(read(&mut archive, "entra-imports.csv").lines().count(), 2);
    assert!(read(&mut archive, "signins.csv").contains("\n2026-11-19,alex@acme.example,no,yes,no\n"));
    let token_rows = read(&mut archive, "tokens.csv");
    assert!(token_rows.contains(",test,api,") && token_rows.contains(",Board,share,"), "{token_rows}");

    let everything: String = expected.iter().map(|name| read(&mut archive, name)).collect();
    for secret in [
        token.clone(),
        tokens::hash(&token),
        share.expose_secret().to_owned(),
        tokens::hash(share.expose_secret()),
        String::from_utf8(SECRET.to_vec()).unwrap(),
        "11111111-2222-3333-4444-555555555555".to_owned(),
    ] {
        assert!(!everything.contains(&secret), "{secret} is not in the archive");
    }
    let lines: Vec<String> = everything.lines().map(|l| l.trim_start_matches('\u{feff}').to_owned()).collect();
    assert!(lines.iter().all(|l| !l.starts_with(['=', '+', '@'])), "no line starts with a formula");

    // The download is in the log, and the next archive's log has it.
    let entry = &entries_of(&app, acme).await[0];
    assert_eq!((entry.action_name.as_str(), entry.actor.as_str()), ("tenant-exported", "owner@acme.example"));
    let root = sign_in(&app, "root@contoso.example").await;
    let again = root.get(app.url("/admin/tenants/acme/export.zip")).send().await.unwrap().bytes().await.unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(again.to_vec())).unwrap();
    assert!(read(&mut archive, "audit-log.csv").contains(",owner@acme.example,acme,tenant-exported,acme-data.zip,"));

    for (email, status) in [("viewer@acme.example", 403), ("analyst@acme.example", 403), ("it@demo.example", 404)] {
        let client = sign_in(&app, email).await;
        let response = client.get(app.url("/admin/tenants/acme/export.zip")).send().await.unwrap();
        assert_eq!(response.status(), status, "{email}");
    }
}

#[tokio::test]
async fn a_change_of_the_name_alone_is_logged_as_a_rename() {
    let app = spawn_app().await;
    add_admin(&app, "root@contoso.example", Role::Owner, None).await;
    let root = sign_in(&app, "root@contoso.example").await;
    let demo = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap().id;
    assert_eq!(save(&app, &root, "demo", &[("name", "Contoso")]).await.status(), 303);
    assert_eq!(entries_of(&app, demo).await[0].action_name, "settings-changed");
    assert_eq!(save(&app, &root, "demo", &[("name", "Contoso Ltd")]).await.status(), 303);
    let entry = &entries_of(&app, demo).await[0];
    assert_eq!(entry.action_name, "tenant-renamed");
    assert_eq!(entry.changes.len(), 1);
    assert_eq!(
        (entry.changes[0].old.as_deref(), entry.changes[0].new.as_deref()),
        (Some("Contoso"), Some("Contoso Ltd"))
    );
}

#[tokio::test]
async fn the_command_line_deletes_a_tenant_only_when_its_slug_is_repeated() {
    let app = spawn_app().await;
    add_admin(&app, "root@contoso.example", Role::Owner, None).await;
    let acme = add_tenant(&app, "acme", "Acme").await;
    fill(&app, "acme", "root@contoso.example").await;
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_passkey-guide"))
            .args(args)
            .args(["--database", &app.database_url])
            .env("USER", "ops")
            .env("PASSKEY_GUIDE_ADMIN_PASSWORD", PASSWORD)
            .output()
            .unwrap()
    };

    for typed in ["acme-x", "Acme", "demo"] {
        let refused = run(&["tenant", "delete", "acme", "--confirm", typed]);
        assert!(!refused.status.success(), "{typed}");
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert!(stderr.contains("nothing was deleted"), "{stderr}");
    }
    assert!(tenants::find_by_slug(&app.db, "acme").await.unwrap().is_some());
    assert!(rows_of(&app, acme).await["events"] > 0);

    let done = run(&["tenant", "delete", "acme", "--confirm", "acme"]);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stderr));
    assert!(String::from_utf8_lossy(&done.stdout).contains("deleted tenant acme"));
    assert!(tenants::find_by_slug(&app.db, "acme").await.unwrap().is_none());
    let after = rows_of(&app, acme).await;
    assert!(after.values().all(|n| *n == 0), "rows of acme left: {after:?}");
    let entry = &entries_of(&app, acme).await[0];
    assert_eq!(
        (entry.action_name.as_str(), entry.actor.as_str(), entry.tenant_slug.as_deref()),
        ("tenant-deleted", "command line (ops)", Some("acme"))
    );
    assert!(!run(&["tenant", "delete", "acme", "--confirm", "acme"]).status.success(), "a second time: no tenant");
}
