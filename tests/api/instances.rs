use crate::helpers::{IPHONE, WINDOWS_CHROME, spawn_app, spawn_second_instance, stages};

#[tokio::test]
async fn two_instances_on_one_database_add_up_and_share_tokens_and_sessions() {
    let a = spawn_app().await;
    let b = spawn_second_instance(&a).await;

    let mut requests = Vec::new();
    for i in 0..40 {
        let (app, ua) = if i % 2 == 0 { (&a, IPHONE) } else { (&b, WINDOWS_CHROME) };
        requests.push(app.get_as("/demo", ua));
    }
    for response in futures_util::future::join_all(requests).await {
        assert_eq!(response.status(), 200);
    }
    // A token made through one instance works on the other, and both count everything.
    let token = a.token_for("demo").await;
    for app in [&a, &b] {
        let funnel = app.funnel("demo", &token).await;
        assert_eq!(stages(&funnel)[0], ("visit".into(), 40, 2), "{}", app.address);
    }

    // A session started on one instance is good on the other.
    passkey_guide::db::admins::create(
        &a.db,
        "it@contoso.example",
        &secrecy::SecretString::from("correct horse battery"),
        passkey_guide::db::admins::Role::Owner,
        None,
        0,
    )
    .await
    .unwrap();
    let client = crate::helpers::browser();
    let signed_in = crate::helpers::post_sign_in(&a, &client, "it@contoso.example", "correct horse battery").await;
    assert_eq!(signed_in.status(), 303);
    let cookie = crate::helpers::set_cookie(&signed_in, "pg_admin").unwrap().split(';').next().unwrap().to_owned();
    let on_b = a.client.get(b.url("/admin/tenants/demo/dashboard")).header("cookie", cookie).send().await.unwrap();
    assert_eq!(on_b.status(), 200);

    // Visitors are the same people on both: the daily key is shared through the database.
    let same_person = b.get_as("/demo", IPHONE).await;
    assert_eq!(same_person.status(), 200);
    assert_eq!(stages(&a.funnel("demo", &token).await)[0], ("visit".into(), 41, 2));
}
