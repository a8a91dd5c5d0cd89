//! The admin's preview of the guide: any page, on any device, language and profile, with links
//! that stay inside the preview and nothing recorded; the live colour is the one the guide uses.

use passkey_guide::db::admins::Role;

use crate::admin::{add_admin, sign_in};
use crate::helpers::spawn_app;

#[tokio::test]
async fn the_preview_walks_the_guide_inside_itself_and_records_nothing() {
    let app = spawn_app().await;
    add_admin(&app, "viewer@contoso.example", Role::Viewer, None).await;
    let viewer = sign_in(&app, "viewer@contoso.example").await;
    let settings = viewer.get(app.url("/admin/tenants/demo")).send().await.unwrap().text().await.unwrap();
    assert!(settings.contains(r#"target="preview-frame""#) && settings.contains(r#"name="preview-frame""#));
    assert!(settings.contains(r#"<option value="samsung">"#), "a device picker");

    // The same browser and the same choices as the visitor below: only the preview mark tells the
    // two pages apart in the page cache.
    let landing = viewer
        .get(app.url("/admin/tenants/demo/preview?device=samsung&lang=de"))
        .header("user-agent", crate::helpers::IPHONE)
        .header("accept-language", "de")
        .send()
        .await
        .unwrap();
    assert_eq!(landing.status(), 200);
    let csp = landing.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("frame-ancestors 'self'"), "{csp}");
    let landing = landing.text().await.unwrap();
    assert!(landing.contains(r#"lang="de""#), "the language picked");
    assert!(landing.contains(r#"href="/admin/tenants/demo/preview/samsung/1?"#), "{landing}");
    assert!(!landing.contains(r#"href="/demo/samsung"#), "no link leaves the preview");

    let step =
        viewer.get(app.url("/admin/tenants/demo/preview/samsung/1?device=samsung&lang=de")).send().await.unwrap();
    assert_eq!(step.status(), 200);
    let step = step.text().await.unwrap();
    assert!(
        step.contains("/admin/tenants/demo/preview/samsung/2?")
            && step.contains("/admin/tenants/demo/preview/samsung/1/stuck?")
    );
    let go = viewer.get(app.url("/admin/tenants/demo/preview/go?flow=samsung&step=3")).send().await.unwrap();
    assert_eq!(go.status(), 204, "the hand-off is not followed inside the frame");

    // The guide itself still links to itself, not to the preview (no cached page mixes them).
    let guide = app
        .get_with("/demo?device=samsung&lang=de", &[("user-agent", crate::helpers::IPHONE), ("accept-language", "de")])
        .await;
    let guide = guide.text().await.unwrap();
    assert!(guide.contains(r#"href="/demo/samsung/1?"#) && !guide.contains("/preview"), "{guide}");

    let stop = app.stop().await;
    let (events,): (i64,) = sqlx::query_as("select count(*) from events").fetch_one(&stop.pool).await.unwrap();
    assert_eq!(events, 1, "only the real visit is recorded, none of the preview's");
}

#[tokio::test]
async fn the_live_preview_colour_is_the_one_the_guide_will_use() {
    let app = spawn_app().await;
    add_admin(&app, "editor@contoso.example", Role::Editor, None).await;
    let editor = sign_in(&app, "editor@contoso.example").await;
    let used: serde_json::Value = editor
        .get(app.url("/admin/tenants/demo/preview-color?c=%23ffee58"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_ne!(used["used"], "#ffee58", "too light for text: darkened");
    assert!(used["used"].as_str().unwrap().starts_with('#') && used["text"].as_str().unwrap().starts_with('#'));
    let kept: serde_json::Value = editor
        .get(app.url("/admin/tenants/demo/preview-color?c=%230f6cbd"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(kept["used"], "#0f6cbd");
    assert_eq!(editor.get(app.url("/admin/tenants/demo/preview-color?c=red")).send().await.unwrap().status(), 400);
    assert_eq!(
        app.client.get(app.url("/admin/tenants/demo/preview-color?c=%23ffee58")).send().await.unwrap().status(),
        303
    );
}
