//! Campaign-ready emails: IT edits subject and text per language with placeholders, sets the
//! deadline, sees the rendered email, and resets to the default; links go to the tenant's own
//! domain (https) or the public URL, and to each person's own link where personal links are on.

use base64::Engine;
use passkey_guide::db::admins::Role;
use passkey_guide::db::audit::{AuditFilter, list};

use crate::admin::{add_admin, save, sign_in};
use crate::helpers::{TestApp, csrf, spawn_app, spawn_app_with};

const PAGE: &str = "/admin/tenants/demo/emails?lang=de";

async fn post(app: &TestApp, client: &reqwest::Client, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let token = csrf(client, &app.url(PAGE)).await;
    let mut form = vec![("_csrf", token.as_str())];
    form.extend_from_slice(fields);
    client.post(app.url(path)).form(&form).send().await.unwrap()
}

async fn text(app: &TestApp, client: &reqwest::Client, path: &str) -> String {
    client.get(app.url(path)).send().await.unwrap().text().await.unwrap()
}

/// The subject of an `.eml`, decoded from its folded encoded words.
fn eml_subject(eml: &str) -> String {
    let start = eml.find("Subject: ").unwrap() + 9;
    let end = eml[start..].find("\r\nContent-Type").unwrap() + start;
    let mut bytes = Vec::new();
    for word in eml[start..end].split("\r\n ") {
        let inner = word.strip_prefix("=?UTF-8?B?").unwrap().strip_suffix("?=").unwrap();
        bytes.extend(base64::engine::general_purpose::STANDARD.decode(inner).unwrap());
    }
    String::from_utf8(bytes).unwrap()
}

#[tokio::test]
async fn an_editor_edits_an_email_per_language_sets_the_deadline_and_resets_it() {
    let app = spawn_app().await;
    add_admin(&app, "editor@contoso.example", Role::Editor, None).await;
    add_admin(&app, "viewer@contoso.example", Role::Viewer, None).await;
    let editor = sign_in(&app, "editor@contoso.example").await;
    let viewer = sign_in(&app, "viewer@contoso.example").await;
    assert_eq!(
        save(&app, &editor, "demo", &[("support_phone", "+49 30 1234"), ("support_email", "help@contoso.example")])
            .await
            .status(),
        303
    );

    let page = text(&app, &editor, PAGE).await;
    assert!(page.contains("Hallo {name},"), "the default text shows its placeholders");
    let preview = text(&app, &editor, "/admin/tenants/demo/emails/reminder.html?lang=de").await;
    assert!(
        preview.contains("Hallo {{display_name}},") && preview.contains("help@contoso.example, +49 30 1234"),
        "{preview}"
    );
    assert!(!preview.contains("bis zum"), "no deadline yet: its paragraph is left out");

    assert_eq!(
        post(&app, &editor, "/admin/tenants/demo/emails/deadline?lang=de", &[("deadline", "18.12.2026")])
            .await
            .status(),
        422
    );
    let saved = post(&app, &editor, "/admin/tenants/demo/emails/deadline?lang=de", &[("deadline", "2026-12-18")]).await;
    assert_eq!(saved.status(), 303);
    let preview = text(&app, &editor, "/admin/tenants/demo/emails/reminder.html?lang=de").await;
    assert!(preview.contains("bis zum 2026-12-18 ein."), "{preview}");

    let subject = "Letzte Erinnerung für {company}: Ihr Passkey bis {deadline} – jetzt in fünf Minuten einrichten";
    let body = "Guten Tag {name},\r\n\r\nbitte bis {deadline}.\r\n\r\n{link}\r\n\r\nFragen: {helpdesk}";
    let path = "/admin/tenants/demo/emails/final?lang=de";
    let unknown = post(&app, &editor, path, &[("subject", subject), ("body", "{link} {vorname}")]).await;
    assert_eq!(unknown.status(), 422);
    let unknown = unknown.text().await.unwrap();
    assert!(unknown.contains("{vorname}") && unknown.contains("{link} {vorname}</textarea>"), "what was typed is kept");
    assert_eq!(post(&app, &editor, path, &[("subject", subject), ("body", "Kein Link")]).await.status(), 422);
    assert_eq!(post(&app, &viewer, path, &[("subject", subject), ("body", body)]).await.status(), 403);
    let ok = post(&app, &editor, path, &[("subject", subject), ("body", body)]).await;
    assert_eq!(ok.status(), 303);
    assert_eq!(ok.headers()["location"], "/admin/tenants/demo/emails?lang=de&saved=final#final-heading");

    let eml = text(&app, &editor, "/admin/tenants/demo/emails/final.eml?lang=de").await;
    let name = passkey_guide::db::tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap().name;
    assert_eq!(
        eml_subject(&eml),
        format!("Letzte Erinnerung für {name}: Ihr Passkey bis 2026-12-18 – jetzt in fünf Minuten einrichten")
    );
    assert!(eml.lines().all(|l| l.len() <= 78), "every header line is folded");
    let english = text(&app, &editor, "/admin/tenants/demo/emails/final.html?lang=en").await;
    assert!(english.contains("Hello {{display_name}},"), "another language keeps its own text");
    let page = text(&app, &editor, PAGE).await;
    assert!(page.contains("Edited: this text differs from the default."));

    let reset = post(&app, &editor, path, &[("subject", ""), ("body", ""), ("reset", "1")]).await;
    assert_eq!(reset.status(), 303);
    let preview = text(&app, &editor, "/admin/tenants/demo/emails/final.html?lang=de").await;
    assert!(preview.contains("Hallo {{display_name}},") && !preview.contains("Guten Tag"), "{preview}");

    let actions: Vec<String> =
        list(&app.db, &AuditFilter::default()).await.unwrap().into_iter().map(|e| e.action_name).collect();
    assert_eq!(actions.iter().filter(|a| *a == "emails-changed").count(), 3, "deadline, edit, reset: {actions:?}");
}

#[tokio::test]
async fn links_go_to_the_tenants_own_domain_or_the_public_url_and_personal_links_are_merge_fields() {
    let app = spawn_app_with(|args| args.public_url = Some("https://guide.example.com".into())).await;
    add_admin(&app, "owner@contoso.example", Role::Owner, None).await;
    let owner = sign_in(&app, "owner@contoso.example").await;
    let preview = |kind: &str| {
        let path = format!("/admin/tenants/demo/emails/{kind}.html");
        let (app, owner) = (&app, &owner);
        async move { text(app, owner, &path).await }
    };
    assert!(preview("announcement").await.contains("href=\"https://guide.example.com/demo?c=announcement\""));

    let png = include_bytes!("../../end2end/fixtures/logo.png").to_vec();
    let token = csrf(&owner, &app.url("/admin/tenants/demo")).await;
    let part = reqwest::multipart::Part::bytes(png).file_name("logo.png");
    let form = reqwest::multipart::Form::new().text("_csrf", token).part("logo", part);
    assert_eq!(owner.post(app.url("/admin/tenants/demo/logo")).multipart(form).send().await.unwrap().status(), 303);
    assert_eq!(save(&app, &owner, "demo", &[("domain", "passkeys.contoso.example")]).await.status(), 303);
    let html = preview("reminder").await;
    assert!(html.contains("href=\"https://passkeys.contoso.example/?c=reminder\""), "{html}");
    assert!(html.contains("<img src=\"https://passkeys.contoso.example/logo?v="), "the logo is in the HTML version");
    let page = text(&app, &owner, "/admin/tenants/demo/emails").await;
    assert!(page.contains("The links in these emails open https://passkeys.contoso.example/."));

    let token = csrf(&owner, &app.url("/admin/tenants/demo/recipients")).await;
    let on = [("_csrf", token.as_str()), ("personal_links", "on"), ("confirm", "yes")];
    assert_eq!(
        owner.post(app.url("/admin/tenants/demo/recipients/setting")).form(&on).send().await.unwrap().status(),
        303
    );
    let html = preview("reminder").await;
    assert!(html.contains("href=\"{{link}}\""), "each person's own link, from the mail merge: {html}");
}
