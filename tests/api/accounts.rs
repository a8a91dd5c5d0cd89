//! Administrators in the web: owners of every tenant invite, change, disable and delete
//! accounts; every administrator changes their password and ends their sessions.

use passkey_guide::db::admins::{self, Role};

use crate::admin::{PASSWORD, add_admin, add_tenant, sign_in};
use crate::helpers::{TestApp, browser, csrf, post_sign_in, spawn_app};

async fn post(
    app: &TestApp,
    client: &reqwest::Client,
    page: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let token = csrf(client, &app.url(page)).await;
    let mut form = vec![("_csrf", token.as_str())];
    form.extend_from_slice(fields);
    client.post(app.url(path)).form(&form).send().await.unwrap()
}

async fn id_of(app: &TestApp, email: &str) -> i64 {
    admins::find_by_email(&app.db, email).await.unwrap().unwrap().id
}

#[tokio::test]
async fn a_disabled_admins_open_session_stops_working_at_once() {
    let app = spawn_app().await;
    add_admin(&app, "owner@contoso.example", Role::Owner, None).await;
    add_admin(&app, "editor@contoso.example", Role::Editor, None).await;
    let owner = sign_in(&app, "owner@contoso.example").await;
    let editor = sign_in(&app, "editor@contoso.example").await;
    assert_eq!(editor.get(app.url("/admin/tenants/demo")).send().await.unwrap().status(), 200);

    let id = id_of(&app, "editor@contoso.example").await;
    let disabled = post(&app, &owner, "/admin/accounts", &format!("/admin/accounts/{id}/disable"), &[]).await;
    assert_eq!(disabled.status(), 200);
    assert!(disabled.text().await.unwrap().contains("editor@contoso.example is disabled"));
    let after = editor.get(app.url("/admin/tenants/demo")).send().await.unwrap();
    assert_eq!(after.status(), 303, "the open session no longer works");
    assert_eq!(after.headers()["location"], "/admin/login");
    assert_eq!(post_sign_in(&app, &browser(), "editor@contoso.example", PASSWORD).await.status(), 401);

    post(&app, &owner, "/admin/accounts", &format!("/admin/accounts/{id}/enable"), &[]).await;
    assert_eq!(post_sign_in(&app, &browser(), "editor@contoso.example", PASSWORD).await.status(), 303);
}

#[tokio::test]
async fn a_role_or_scope_change_applies_to_open_sessions_and_owners_leave_their_own_account_alone() {
    let app = spawn_app().await;
    let fabrikam = add_tenant(&app, "fabrikam", "Fabrikam").await;
    add_admin(&app, "owner@contoso.example", Role::Owner, None).await;
    add_admin(&app, "viewer@contoso.example", Role::Viewer, None).await;
    let owner = sign_in(&app, "owner@contoso.example").await;
    let viewer = sign_in(&app, "viewer@contoso.example").await;
    let names = "/admin/tenants/demo/recipients/mail-merge.csv";
    assert_eq!(viewer.get(app.url(names)).send().await.unwrap().status(), 403);

    let id = id_of(&app, "viewer@contoso.example").await;
    let path = format!("/admin/accounts/{id}");
    let saved = post(&app, &owner, "/admin/accounts", &path, &[("role", "analyst"), ("tenant", "")]).await;
    assert_eq!(saved.status(), 200);
    assert_eq!(viewer.get(app.url(names)).send().await.unwrap().status(), 200, "analysts read names at once");

    let scoped = [("role", "analyst"), ("tenant", &fabrikam.to_string()[..])];
    assert_eq!(post(&app, &owner, "/admin/accounts", &path, &scoped).await.status(), 200);
    assert_eq!(viewer.get(app.url("/admin/tenants/demo")).send().await.unwrap().status(), 404, "demo is out of scope");
    assert_eq!(viewer.get(app.url("/admin/tenants/fabrikam")).send().await.unwrap().status(), 200);

    let unknown = post(&app, &owner, "/admin/accounts", &path, &[("role", "admin"), ("tenant", "")]).await;
    assert_eq!(unknown.status(), 400);
    let own = id_of(&app, "owner@contoso.example").await;
    for action in ["", "/disable", "/delete"] {
        let fields: &[(&str, &str)] = &[("role", "viewer"), ("tenant", ""), ("confirm", "yes")];
        let r = post(&app, &owner, "/admin/accounts", &format!("/admin/accounts/{own}{action}"), fields).await;
        assert_eq!(r.status(), 403, "own account: {action}");
    }
    let unconfirmed = post(&app, &owner, "/admin/accounts", &format!("{path}/delete"), &[]).await;
    assert_eq!(unconfirmed.status(), 422, "deleting needs the tick");
    assert!(admins::find_by_email(&app.db, "viewer@contoso.example").await.unwrap().is_some());

    // Only owners of every tenant manage administrators.
    add_admin(&app, "tenant-owner@contoso.example", Role::Owner, Some(fabrikam)).await;
    let tenant_owner = sign_in(&app, "tenant-owner@contoso.example").await;
    assert_eq!(tenant_owner.get(app.url("/admin/accounts")).send().await.unwrap().status(), 403);
    assert_eq!(viewer.get(app.url("/admin/accounts")).send().await.unwrap().status(), 403);
    let home = owner.get(app.url("/admin")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("href=\"/admin/accounts\"") && home.contains("href=\"/admin/audit\""));
}

#[tokio::test]
async fn an_invitation_link_works_once_until_it_expires() {
    let app = spawn_app().await;
    add_admin(&app, "owner@contoso.example", Role::Owner, None).await;
    let owner = sign_in(&app, "owner@contoso.example").await;
    let invite = |email: &'static str| {
        let owner = owner.clone();
        let app = &app;
        async move {
            let r = post(
                app,
                &owner,
                "/admin/accounts",
                "/admin/accounts/invite",
                &[("email", email), ("role", "editor"), ("tenant", "")],
            )
            .await;
            let status = r.status();
            let page = r.text().await.unwrap();
            let token = page.find("/admin/invite/").map(|i| page[i + 14..i + 78].to_owned());
            (status, token, page)
        }
    };
    let (status, token, page) = invite("new@contoso.example").await;
    assert_eq!(status, 200);
    assert!(page.contains("It works once, until 2026-11-27 09:00 UTC"), "{page}");
    let token = token.expect("the link is shown once");
    let (again, _, _) = invite("NEW@contoso.example").await;
    assert_eq!(again, 409, "one pending invitation per email");
    let (taken, _, _) = invite("owner@contoso.example").await;
    assert_eq!(taken, 409, "an existing administrator is not invited");
    let (bad, _, _) = invite("not an email").await;
    assert_eq!(bad, 422);

    let link = app.url(&format!("/admin/invite/{token}"));
    let page = app.client.get(&link).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("new@contoso.example") && page.contains("Editor"), "{page}");
    let weak = app.client.post(&link).form(&[("password", "short"), ("repeat", "short")]).send().await.unwrap();
    assert_eq!(weak.status(), 422, "a weak password leaves the link working");
    let differ =
        app.client.post(&link).form(&[("password", PASSWORD), ("repeat", "something else")]).send().await.unwrap();
    assert_eq!(differ.status(), 422);
    let ok = app.client.post(&link).form(&[("password", PASSWORD), ("repeat", PASSWORD)]).send().await.unwrap();
    assert_eq!(ok.status(), 303);
    assert_eq!(ok.headers()["location"], "/admin/login?ready=1");
    let ready = app.client.get(app.url("/admin/login?ready=1")).send().await.unwrap().text().await.unwrap();
    assert!(ready.contains("Your account is ready"));
    assert_eq!(post_sign_in(&app, &browser(), "new@contoso.example", PASSWORD).await.status(), 303);
    let reused = app.client.post(&link).form(&[("password", PASSWORD), ("repeat", PASSWORD)]).send().await.unwrap();
    assert_eq!(reused.status(), 404, "the link works once");

    let (_, later, _) = invite("late@contoso.example").await;
    app.clock.advance(time::Duration::days(8));
    let expired = app.client.get(app.url(&format!("/admin/invite/{}", later.unwrap()))).send().await.unwrap();
    assert_eq!(expired.status(), 404);
    assert!(expired.text().await.unwrap().contains("expired or was already used"));
}

#[tokio::test]
async fn an_admin_changes_their_password_and_ends_their_other_sessions() {
    let app = spawn_app().await;
    add_admin(&app, "editor@contoso.example", Role::Editor, None).await;
    let laptop = sign_in(&app, "editor@contoso.example").await;
    let phone = sign_in(&app, "editor@contoso.example").await;
    let page = laptop.get(app.url("/admin/account")).send().await.unwrap().text().await.unwrap();
    assert_eq!(page.matches("name=\"session\"").count(), 1, "the other browser can be signed out, not this one");
    assert!(page.contains("This browser"));

    let ended = post(&app, &laptop, "/admin/account", "/admin/account/sessions/end-others", &[]).await;
    assert_eq!(ended.status(), 303);
    assert_eq!(phone.get(app.url("/admin")).send().await.unwrap().status(), 303, "the phone is signed out");
    assert_eq!(laptop.get(app.url("/admin")).send().await.unwrap().status(), 200, "this browser is not");

    let wrong =
        [("current", "not my password"), ("password", "a new long passphrase"), ("repeat", "a new long passphrase")];
    let refused = post(&app, &laptop, "/admin/account", "/admin/account/password", &wrong).await;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("not your current password"));
    let weak = [("current", PASSWORD), ("password", "short"), ("repeat", "short")];
    assert_eq!(post(&app, &laptop, "/admin/account", "/admin/account/password", &weak).await.status(), 422);
    let good = [("current", PASSWORD), ("password", "a new long passphrase"), ("repeat", "a new long passphrase")];
    let changed = post(&app, &laptop, "/admin/account", "/admin/account/password", &good).await;
    assert_eq!(changed.status(), 303);
    assert_eq!(changed.headers()["location"], "/admin/login?changed=1");
    assert_eq!(laptop.get(app.url("/admin")).send().await.unwrap().status(), 303, "every session ends");
    assert_eq!(post_sign_in(&app, &browser(), "editor@contoso.example", PASSWORD).await.status(), 401);
    assert_eq!(post_sign_in(&app, &browser(), "editor@contoso.example", "a new long passphrase").await.status(), 303);
}

#[tokio::test]
async fn every_admin_form_refuses_a_post_without_the_sessions_csrf_token() {
    let app = spawn_app().await;
    add_admin(&app, "owner@contoso.example", Role::Owner, None).await;
    let owner = sign_in(&app, "owner@contoso.example").await;
    let id = id_of(&app, "owner@contoso.example").await + 1000;
    let forms = [
        "/admin/logout".to_owned(),
        "/admin/tenants".to_owned(),
        "/admin/tenants/demo".to_owned(),
        "/admin/tenants/demo/tokens".to_owned(),
        "/admin/tenants/demo/tokens/revoke".to_owned(),
        "/admin/tenants/demo/recipients/setting".to_owned(),
        "/admin/tenants/demo/entra/connection".to_owned(),
        "/admin/tenants/demo/entra/fetch".to_owned(),
        "/admin/tenants/demo/entra/branding".to_owned(),
        "/admin/tenants/demo/entra/scope".to_owned(),
        "/admin/tenants/demo/entra/imports/delete".to_owned(),
        "/admin/accounts/invite".to_owned(),
        "/admin/accounts/invites/withdraw".to_owned(),
        format!("/admin/accounts/{id}"),
        format!("/admin/accounts/{id}/disable"),
        format!("/admin/accounts/{id}/enable"),
        format!("/admin/accounts/{id}/delete"),
        "/admin/account/password".to_owned(),
        "/admin/account/sessions/end".to_owned(),
        "/admin/account/sessions/end-others".to_owned(),
        "/admin/passkeys/rename".to_owned(),
        "/admin/passkeys/remove".to_owned(),
        "/admin/passkeys/requirement".to_owned(),
        "/admin/tenants/demo/emails/deadline".to_owned(),
        "/admin/tenants/demo/emails/reminder".to_owned(),
    ];
    for path in forms {
        let fields = [("_csrf", "0".repeat(64)), ("name", "Hacked".to_owned()), ("id", "1".to_owned())];
        let forged = owner.post(app.url(&path)).form(&fields).send().await.unwrap();
        assert_eq!(forged.status(), 403, "{path}");
        let missing = owner.post(app.url(&path)).form(&[("name", "Hacked")]).send().await.unwrap();
        assert_eq!(missing.status(), 403, "{path} without a token");
    }
    assert_eq!(owner.get(app.url("/admin")).send().await.unwrap().status(), 200, "still signed in");
}
