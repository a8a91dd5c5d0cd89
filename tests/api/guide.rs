use crate::helpers::{IPHONE, REDUCED_ANDROID, WINDOWS_CHROME, spawn_app, stages};

fn attr<'a>(html: &'a str, name: &str) -> &'a str {
    let start = html.find(&format!("{name}=\"")).expect("attribute present") + name.len() + 2;
    let end = html[start..].find('"').unwrap() + start;
    &html[start..end]
}

#[tokio::test]
async fn an_iphone_gets_the_iphone_guide_and_the_handoff_goes_to_microsoft() {
    let app = spawn_app().await;
    let page = app.get_as("/demo", IPHONE).await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert_eq!(attr(&html, "data-device"), "iphone");
    assert_eq!(attr(&html, "data-flow"), "iphone-authenticator");
    assert_eq!(attr(&html, "data-tenant"), "demo");
    assert!(html.contains("Contoso"));
    assert!(!html.contains("<script>"), "no inline script");
    assert!(!html.contains("style=\""), "no inline style");

    let go = app.get_as("/demo/go?flow=iphone-authenticator&step=4", IPHONE).await;
    assert_eq!(go.status(), 303);
    assert_eq!(go.headers()["location"], "https://aka.ms/mysecurityinfo");

    let token = app.token_for("demo").await;
    let funnel = app.funnel("demo", &token).await;
    assert_eq!(
        stages(&funnel),
        vec![("visit".into(), 1, 1), ("step".into(), 0, 0), ("handoff".into(), 1, 1), ("done".into(), 0, 0)]
    );
    assert_eq!(funnel["bots"], 0);
    assert_eq!(funnel["tenant"], "demo");
}

#[tokio::test]
async fn client_hints_turn_a_reduced_android_into_a_samsung() {
    let app = spawn_app().await;
    let html = app
        .get_with(
            "/demo",
            &[
                ("user-agent", REDUCED_ANDROID),
                ("accept-language", "en"),
                ("sec-ch-ua-platform", "\"Android\""),
                ("sec-ch-ua-model", "\"SM-S918B\""),
                ("sec-ch-ua-platform-version", "\"14.0.0\""),
            ],
        )
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(attr(&html, "data-device"), "samsung");
    assert_eq!(attr(&html, "data-flow"), "samsung");
}

#[tokio::test]
async fn the_device_and_flow_can_be_overridden() {
    let app = spawn_app().await;
    let html = app.get_as("/demo?device=windows&flow=security-key", IPHONE).await.text().await.unwrap();
    assert_eq!(attr(&html, "data-device"), "windows");
    assert_eq!(attr(&html, "data-flow"), "security-key");
    assert!(html.contains("/demo/security-key/1?device=windows"));
}

#[tokio::test]
async fn every_step_of_every_flow_renders_with_stuck_and_fix_pages() {
    let app = spawn_app().await;
    for flow in passkey_guide::guide::catalog::FLOWS.iter() {
        for (i, step) in flow.steps.iter().enumerate() {
            let path = format!("/demo/{}/{}", flow.id, i + 1);
            let page = app.get_as(&path, WINDOWS_CHROME).await;
            assert_eq!(page.status(), 200, "{path}");
            let html = page.text().await.unwrap();
            assert!(html.contains(&format!("Step {} of {}", i + 1, flow.steps.len())), "{path}");
            assert!(!html.contains(&format!("flow-{}-", flow.id)), "{path} shows a message id");
            let stuck = app.get_as(&format!("{path}/stuck"), WINDOWS_CHROME).await;
            assert_eq!(stuck.status(), 200);
            for problem in step.problems {
                let fix = app.get_as(&format!("{path}/stuck/{problem}"), WINDOWS_CHROME).await;
                assert_eq!(fix.status(), 200, "{path}/stuck/{problem}");
                assert!(!fix.text().await.unwrap().contains("stuck-"), "{path}/stuck/{problem} shows a message id");
            }
        }
    }
}

#[tokio::test]
async fn unknown_tenants_steps_and_flows_get_a_friendly_404() {
    let app = spawn_app().await;
    for path in ["/nobody", "/demo/no-such-flow/1", "/demo/samsung/99", "/demo/samsung/1/stuck/nope", "/nobody/go"] {
        let page = app.get_as(path, IPHONE).await;
        assert_eq!(page.status(), 404, "{path}");
        let html = page.text().await.unwrap();
        assert!(html.contains("couldn't find that page"), "{path}");
        assert!(html.contains("Request number"), "{path}");
    }
}

#[tokio::test]
async fn confirming_done_is_a_form_post_that_redirects_to_the_thanks_page() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/demo/done"))
        .header("user-agent", IPHONE)
        .header("accept-language", "en")
        .form(&[("flow", "iphone-authenticator"), ("c", "reminder")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], "/demo/thanks?c=reminder&flow=iphone-authenticator");
    let token = app.token_for("demo").await;
    let funnel = app.funnel("demo", &token).await;
    assert_eq!(stages(&funnel)[3], ("done".into(), 1, 1));
}

#[tokio::test]
async fn the_guide_speaks_the_browsers_language() {
    let app = spawn_app().await;
    let html = app
        .get_with("/demo", &[("user-agent", IPHONE), ("accept-language", "de-AT,de;q=0.9,en;q=0.5")])
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("lang=\"de\""));
}
