use crate::helpers::{IPHONE, spawn_app, spawn_app_with};

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in ["/demo", "/nobody", "/healthz", "/api/v1/tenants/demo/funnel", "/demo/go"] {
        let response = app.get_as(path, IPHONE).await;
        let h = response.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert!(csp.contains("script-src 'self'"), "{path}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
        assert!(h.contains_key("x-request-id"), "{path}");
        assert!(!h.contains_key("strict-transport-security"), "{path}");
    }
}

#[tokio::test]
async fn guide_pages_ask_for_client_hints_and_vary_on_them() {
    let app = spawn_app().await;
    let response = app.get_as("/demo", IPHONE).await;
    let h = response.headers();
    assert!(h["accept-ch"].to_str().unwrap().contains("Sec-CH-UA-Model"));
    assert!(h["vary"].to_str().unwrap().contains("Sec-CH-UA-Platform-Version"));
    let chromium = app
        .get_with(
            "/demo",
            &[
                ("user-agent", crate::helpers::WINDOWS_CHROME),
                ("accept-language", "en"),
                ("sec-ch-ua", "\"Chromium\";v=\"131\""),
            ],
        )
        .await;
    assert!(chromium.headers()["critical-ch"].to_str().unwrap().contains("Sec-CH-UA-Platform-Version"));
}

#[tokio::test]
async fn hsts_is_sent_when_served_over_tls() {
    let app = spawn_app_with(|args| args.public_url = Some("https://passkeys.contoso.example".into())).await;
    let response = app.get_as("/demo", IPHONE).await;
    assert!(response.headers()["strict-transport-security"].to_str().unwrap().contains("max-age="));
}

#[tokio::test]
async fn hostile_headers_never_break_the_page() {
    let app = spawn_app().await;
    let long = "A".repeat(7000);
    let cases: Vec<Vec<(&str, &str)>> = vec![
        vec![("user-agent", long.as_str())],
        vec![("user-agent", ""), ("accept-language", "*;q=abc,,,;;")],
        vec![("user-agent", IPHONE), ("sec-ch-ua-platform", "\"Android"), ("sec-ch-ua-model", long.as_str())],
        vec![("user-agent", IPHONE), ("accept-language", long.as_str())],
    ];
    for headers in cases {
        let response = app.get_with("/demo", &headers).await;
        assert_eq!(response.status(), 200);
    }
    let raw = app
        .client
        .get(app.url("/demo"))
        .header("user-agent", reqwest::header::HeaderValue::from_bytes(b"Mozilla \xff\xfe").unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), 200);
}

#[tokio::test]
async fn assets_are_served_with_long_lived_caching() {
    let app = spawn_app().await;
    let html = app.get_as("/demo", IPHONE).await.text().await.unwrap();
    let start = html.find("/assets/main.").unwrap();
    let end = html[start..].find('"').unwrap() + start;
    let css = app.client.get(app.url(&html[start..end])).send().await.unwrap();
    assert_eq!(css.status(), 200);
    assert!(css.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    assert!(css.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
}
