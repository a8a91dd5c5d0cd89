//! Admin passkeys: the account page, renaming and removing passkeys, the JSON endpoints of the
//! ceremonies, and the installation's requirement. The ceremonies themselves need a browser
//! (see `end2end/tests/admin-passkeys.spec.ts`).

use passkey_guide::db::admin_passkeys::{self, NewPasskey};
use passkey_guide::db::admins::{self, Role};

use crate::admin::{PASSWORD, add_admin, add_tenant, sign_in};
use crate::helpers::{TestApp, browser, csrf, post_sign_in, set_cookie, spawn_app};

const ACCOUNT: &str = "/admin/account";

/// Stores a passkey row for `email` as a registration would, and answers its id.
async fn add_passkey(app: &TestApp, email: &str, name: &str) -> i64 {
    let admin = admins::find_by_email(&app.db, email).await.unwrap().expect("the administrator exists");
    let credential_id = format!("credential-of-{email}-{name}");
    let passkey = NewPasskey {
        admin_id: admin.id,
        credential_id: &credential_id,
        user_handle: "0b0f7a34-5b1e-4c3c-9d8e-2f4a6b8c0d1e",
        passkey: "{}",
        name,
    };
    admin_passkeys::insert(&app.db, passkey, 0).await.unwrap()
}

async fn names_of(app: &TestApp, email: &str) -> Vec<String> {
    let admin = admins::find_by_email(&app.db, email).await.unwrap().unwrap();
    admin_passkeys::list_for_admin(&app.db, admin.id).await.unwrap().into_iter().map(|p| p.name).collect()
}

async fn post_form(app: &TestApp, client: &reqwest::Client, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
    client.post(app.url(path)).form(form).send().await.unwrap()
}

#[tokio::test]
async fn the_account_page_needs_sign_in_and_lists_the_admins_own_passkeys() {
    let app = spawn_app().await;
    let anonymous = browser().get(app.url(ACCOUNT)).send().await.unwrap();
    assert_eq!(anonymous.status(), 303);
    assert_eq!(anonymous.headers()["location"], "/admin/login");

    add_admin(&app, "it@contoso.example", Role::Owner, None).await;
    add_admin(&app, "other@contoso.example", Role::Owner, None).await;
    add_passkey(&app, "it@contoso.example", "Work laptop").await;
    add_passkey(&app, "other@contoso.example", "Someone else's phone").await;
    let client = sign_in(&app, "it@contoso.example").await;

    let home = client.get(app.url("/admin")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains(&format!("href=\"{ACCOUNT}\"")), "the admin frame links to the account page");

    let response = client.get(app.url(ACCOUNT)).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let html = response.text().await.unwrap();
    assert!(html.contains("<h2 id=\"passkeys-heading\">Passkeys</h2>"), "{html}");
    assert!(html.contains("Work laptop"));
    assert!(!html.contains("Someone else"), "another admin's passkey is not listed");
    assert!(html.contains(">Add a passkey</button>"), "the add button");
    assert!(html.contains("data-passkey-group=\"\" hidden") || html.contains("hidden data-passkey-group"));
    assert!(html.contains("Passkeys need JavaScript"), "the note shown without JavaScript");
    assert!(!html.contains("<script>") && html.contains("/assets/passkeys."), "one self-hosted script");

    let login = browser().get(app.url("/admin/login")).send().await.unwrap().text().await.unwrap();
    assert!(login.contains(">Sign in with a passkey</button>"), "the sign-in page offers passkeys");
}

#[tokio::test]
async fn renaming_and_removing_check_the_csrf_token_and_the_owner_of_the_passkey() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", Role::Owner, None).await;
    add_admin(&app, "mallory@contoso.example", Role::Owner, None).await;
    let id = add_passkey(&app, "it@contoso.example", "Work laptop").await.to_string();
    let owner = sign_in(&app, "it@contoso.example").await;
    let other = sign_in(&app, "mallory@contoso.example").await;
    let owner_csrf = csrf(&owner, &app.url(ACCOUNT)).await;
    let other_csrf = csrf(&other, &app.url(ACCOUNT)).await;

    let forged = [("_csrf", "0".repeat(64)), ("id", id.clone()), ("name", "Renamed".to_owned())];
    let forged: Vec<(&str, &str)> = forged.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(post_form(&app, &owner, "/admin/passkeys/rename", &forged).await.status(), 403);
    let forged = [("_csrf", "0".repeat(64)), ("id", id.clone())];
    let forged: Vec<(&str, &str)> = forged.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(post_form(&app, &owner, "/admin/passkeys/remove", &forged).await.status(), 403);

    // Another administrator, with their own valid token, cannot touch it.
    let theirs = [("_csrf", other_csrf.as_str()), ("id", id.as_str()), ("name", "Mine now")];
    assert_eq!(post_form(&app, &other, "/admin/passkeys/rename", &theirs).await.status(), 404);
    let theirs = [("_csrf", other_csrf.as_str()), ("id", id.as_str())];
    assert_eq!(post_form(&app, &other, "/admin/passkeys/remove", &theirs).await.status(), 404);
    assert_eq!(names_of(&app, "it@contoso.example").await, ["Work laptop"]);

    let rename = [("_csrf", owner_csrf.as_str()), ("id", id.as_str()), ("name", "  Desk key  ")];
    let response = post_form(&app, &owner, "/admin/passkeys/rename", &rename).await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/admin/account?done=renamed");
    assert_eq!(names_of(&app, "it@contoso.example").await, ["Desk key"]);

    let remove = [("_csrf", owner_csrf.as_str()), ("id", id.as_str())];
    let response = post_form(&app, &owner, "/admin/passkeys/remove", &remove).await;
    assert_eq!(response.status(), 303);
    assert!(names_of(&app, "it@contoso.example").await.is_empty());
}

#[tokio::test]
async fn with_passkeys_required_a_password_opens_only_accounts_without_one() {
    let app = spawn_app().await;
    add_admin(&app, "owner@contoso.example", Role::Owner, None).await;
    add_admin(&app, "keyed@contoso.example", Role::Editor, None).await;
    add_admin(&app, "plain@contoso.example", Role::Editor, None).await;
    add_passkey(&app, "keyed@contoso.example", "Phone").await;
    // Not required yet: the password still works for an account with a passkey.
    sign_in(&app, "keyed@contoso.example").await;

    let owner = sign_in(&app, "owner@contoso.example").await;
    let page = owner.get(app.url(ACCOUNT)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Require passkeys"), "owners of the installation see the switch");
    let token = csrf(&owner, &app.url(ACCOUNT)).await;
    let response =
        post_form(&app, &owner, "/admin/passkeys/requirement", &[("_csrf", &token), ("required", "1")]).await;
    assert_eq!(response.status(), 303);
    assert!(admin_passkeys::passkeys_required(&app.db).await.unwrap());

    let client = browser();
    let refused = post_sign_in(&app, &client, "keyed@contoso.example", PASSWORD).await;
    assert_eq!(refused.status(), 403);
    assert!(set_cookie(&refused, "pg_admin").is_none(), "no session");
    let html = refused.text().await.unwrap();
    assert!(html.contains("This account signs in with a passkey"), "{html}");
    // A wrong password still reads as a wrong password, so the refusal tells nothing to guessers.
    let wrong = post_sign_in(&app, &browser(), "keyed@contoso.example", "not the password at all").await;
    assert_eq!(wrong.status(), 401);

    sign_in(&app, "plain@contoso.example").await;

    // Off again: the password works again.
    let response = post_form(&app, &owner, "/admin/passkeys/requirement", &[("_csrf", &token)]).await;
    assert_eq!(response.status(), 303);
    sign_in(&app, "keyed@contoso.example").await;
}

#[tokio::test]
async fn only_owners_of_the_whole_installation_may_require_passkeys() {
    let app = spawn_app().await;
    let tenant = add_tenant(&app, "contoso", "Contoso").await;
    add_admin(&app, "tenant-owner@contoso.example", Role::Owner, Some(tenant)).await;
    add_admin(&app, "editor@contoso.example", Role::Editor, None).await;
    for email in ["tenant-owner@contoso.example", "editor@contoso.example"] {
        let client = sign_in(&app, email).await;
        let page = client.get(app.url(ACCOUNT)).send().await.unwrap().text().await.unwrap();
        assert!(!page.contains("Require passkeys"), "{email} sees no switch");
        let token = csrf(&client, &app.url(ACCOUNT)).await;
        let response =
            post_form(&app, &client, "/admin/passkeys/requirement", &[("_csrf", &token), ("required", "1")]).await;
        assert_eq!(response.status(), 403, "{email}");
    }
    assert!(!admin_passkeys::passkeys_required(&app.db).await.unwrap());
}

#[tokio::test]
async fn the_ceremonies_ask_for_discoverable_verified_credentials_and_keep_the_challenge() {
    let app = spawn_app().await;
    add_admin(&app, "it@contoso.example", Role::Owner, None).await;
    let client = sign_in(&app, "it@contoso.example").await;
    let token = csrf(&client, &app.url(ACCOUNT)).await;

    let start = app.url("/admin/passkeys/register/start");
    let without = client.post(&start).header("content-type", "application/json").body("{}").send().await.unwrap();
    assert_eq!(without.status(), 403, "registration checks the CSRF token");
    let response = client.post(&start).header("x-csrf-token", &token).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let cookie = set_cookie(&response, "pg_passkey").expect("the ceremony's cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/admin/passkeys")
    );
    let options: serde_json::Value = response.json().await.unwrap();
    let public_key = &options["publicKey"];
    assert_eq!(public_key["rp"]["id"], "localhost");
    assert_eq!(public_key["authenticatorSelection"]["residentKey"], "required");
    assert_eq!(public_key["authenticatorSelection"]["requireResidentKey"], true);
    assert_eq!(public_key["authenticatorSelection"]["userVerification"], "required");
    assert!(public_key["challenge"].as_str().is_some_and(|c| c.len() >= 43));

    let anonymous = browser();
    let sign_in_start = app.url("/admin/passkeys/sign-in/start");
    let cross = anonymous.post(&sign_in_start).header("sec-fetch-site", "cross-site").send().await.unwrap();
    assert_eq!(cross.status(), 403);
    let response = anonymous.post(&sign_in_start).header("sec-fetch-site", "same-origin").send().await.unwrap();
    assert_eq!(response.status(), 200);
    let options: serde_json::Value = response.json().await.unwrap();
    assert!(options.get("mediation").is_none(), "a button, not autofill: {options}");
    assert_eq!(options["publicKey"]["userVerification"], "required");
    assert!(options["publicKey"]["allowCredentials"].as_array().is_none_or(|a| a.is_empty()), "no email needed");

    // A credential nobody registered is refused, and the challenge served once.
    let credential = serde_json::json!({
        "id": "AAAA",
        "rawId": "AAAA",
        "type": "public-key",
        "response": {
            "authenticatorData": "AAAA",
            "clientDataJSON": "AAAA",
            "signature": "AAAA",
            "userHandle": "Cw96NFseTDydjiQqa4wNHg"
        }
    });
    let finish = app.url("/admin/passkeys/sign-in/finish");
    let refused = anonymous.post(&finish).json(&credential).send().await.unwrap();
    assert_eq!(refused.status(), 401);
    assert!(set_cookie(&refused, "pg_admin").is_none());
    let body: serde_json::Value = refused.json().await.unwrap();
    assert!(body["error"].as_str().is_some_and(|e| e.contains("passkey")), "{body}");
    let again = anonymous.post(&finish).json(&credential).send().await.unwrap();
    let body: serde_json::Value = again.json().await.unwrap();
    assert!(body["error"].as_str().is_some_and(|e| e.contains("took too long")), "{body}");
}
