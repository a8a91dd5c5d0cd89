use crate::helpers::spawn_app;

const REPORT: &str = "userPrincipalName,userDisplayName,userType,methodsRegistered\n\
    a@contoso.com,A,member,\"passKeyDeviceBoundAuthenticator,microsoftAuthenticatorPush\"\n\
    b@contoso.com,B,member,\"microsoftAuthenticatorPasswordless\"\n\
    c@contoso.com,C,member,fido2SecurityKey\n\
    d@contoso.com,D,member,email\n\
    g@fabrikam.com,G,guest,passKeySynced\n";

#[tokio::test]
async fn coverage_comes_from_the_latest_import_and_a_bad_file_changes_nothing() {
    let app = spawn_app().await;
    let tenant = passkey_guide::db::tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let users = passkey_guide::entra::report::parse(REPORT.as_bytes()).unwrap();
    passkey_guide::entra::coverage::store(&app.db, tenant.id, &users, "report.csv", 0).await.unwrap();

    let token = app.token_for("demo").await;
    let coverage: serde_json::Value = app
        .client
        .get(app.url("/api/v1/tenants/demo/coverage"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(coverage["in_scope"], 4);
    assert_eq!(coverage["with_passkey"], 2);
    assert_eq!(coverage["share"], 0.5);

    let broken = format!("{REPORT}e@contoso.com,E,member,\"email\",surplus\n");
    let error = passkey_guide::entra::report::parse(broken.as_bytes()).unwrap_err();
    assert!(error.to_string().starts_with("line 7"), "{error}");
    let (imports,): (i64,) =
        sqlx::query_as("select count(*) from entra_imports").fetch_one(&app.db.pool).await.unwrap();
    assert_eq!(imports, 1);
    let stragglers = passkey_guide::entra::coverage::stragglers(&app.db, tenant.id).await.unwrap();
    assert_eq!(stragglers.iter().map(|(u, _)| u.as_str()).collect::<Vec<_>>(), vec!["b@contoso.com", "d@contoso.com"]);
}
