//! The walkthrough a person gets follows the tenant's real setup: no dead ends, no forbidden
//! provider, the page kept when the language changes.

use passkey_guide::db::tenants;
use passkey_guide::guide::policy::PasskeyPolicy;

use crate::helpers::{IPHONE, TestApp, WINDOWS_CHROME, spawn_app};

const IOS_16: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.7 Mobile/15E148 Safari/604.1";
const LINUX_FIREFOX: &str = "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

async fn set_policy(app: &TestApp, policy: PasskeyPolicy) {
    let tenant = tenants::find_by_slug(&app.db, "demo").await.unwrap().unwrap();
    let changes = tenants::TenantChanges { policy: Some(policy), ..Default::default() };
    tenants::update(&app.db, tenant.id, changes, 0).await.unwrap();
}

async fn html(app: &TestApp, path: &str, ua: &str) -> String {
    let response = app.get_as(path, ua).await;
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

#[tokio::test]
async fn a_step_link_of_a_flow_the_policy_no_longer_allows_goes_to_the_start_page_which_says_why() {
    let app = spawn_app().await;
    set_policy(&app, PasskeyPolicy { allow_synced: false, ..PasskeyPolicy::default() }).await;
    for path in ["/demo/iphone-icloud/2?c=reminder", "/demo/iphone-icloud/2/stuck?c=reminder"] {
        let old_link = app.get_as(path, IPHONE).await;
        assert_eq!(old_link.status(), 303, "{path}");
        assert_eq!(old_link.headers()["location"], "/demo?c=reminder&flow=iphone-icloud");
    }
    let start = html(&app, "/demo?c=reminder&flow=iphone-icloud", IPHONE).await;
    assert!(start.contains("isn’t available at your organisation"), "{start}");
    assert!(start.contains("allows only passkeys that stay on one device"), "{start}");
    assert!(start.contains("data-flow=\"iphone-authenticator\""));
    // A flow that does not exist at all is still not found.
    assert_eq!(app.get_as("/demo/no-such-flow/1", IPHONE).await.status(), 404);
}

#[tokio::test]
async fn windows_hello_waits_for_it_to_enable_it() {
    let app = spawn_app().await;
    set_policy(&app, PasskeyPolicy::default()).await;
    let start = html(&app, "/demo", WINDOWS_CHROME).await;
    assert!(start.contains("data-flow=\"cross-device\""), "{start}");
    assert!(!start.contains("/demo?flow=windows-hello"), "Windows Hello is not offered");
    assert_eq!(app.get_as("/demo/windows-hello/1", WINDOWS_CHROME).await.status(), 303);
    set_policy(&app, PasskeyPolicy { windows_hello: true, ..PasskeyPolicy::default() }).await;
    app.clock.advance(time::Duration::seconds(3));
    assert!(html(&app, "/demo", WINDOWS_CHROME).await.contains("data-flow=\"windows-hello\""));
}

#[tokio::test]
async fn a_phone_too_old_for_every_allowed_way_is_told_to_update_and_has_no_start() {
    let app = spawn_app().await;
    set_policy(&app, PasskeyPolicy::authenticator_only()).await;
    let start = html(&app, "/demo", IOS_16).await;
    assert!(start.contains("Update your device first"), "{start}");
    assert!(start.contains("iOS 17 or later"), "{start}");
    assert!(!start.contains(">Start<"), "no Start button before the update: {start}");
    // Where the system is new enough, Start is there.
    assert!(html(&app, "/demo", IPHONE).await.contains(">Start<"));
}

#[tokio::test]
async fn firefox_on_linux_is_told_to_use_chrome_or_edge() {
    let app = spawn_app().await;
    let start = html(&app, "/demo", LINUX_FIREFOX).await;
    assert!(start.contains("Use Chrome or Edge for this"), "{start}");
    let chrome_linux =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
    assert!(!html(&app, "/demo", chrome_linux).await.contains("Use Chrome or Edge for this"));
}

#[tokio::test]
async fn the_language_switch_keeps_the_page() {
    let app = spawn_app().await;
    let step = html(&app, "/demo/samsung/3?c=reminder", IPHONE).await;
    assert!(step.contains("href=\"/demo/samsung/3?c=reminder&amp;lang=de\""), "{step}");
    let landing = html(&app, "/demo?flow=iphone-icloud", IPHONE).await;
    assert!(landing.contains("href=\"/demo?flow=iphone-icloud&amp;lang=de\""), "{landing}");
}

const IOS_17_5: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const IOS_18: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1";

#[tokio::test]
async fn a_system_known_to_be_new_enough_skips_the_update_step_and_gets_its_own_settings_path() {
    let app = spawn_app().await;
    let start = html(&app, "/demo", IOS_17_5).await;
    assert!(start.contains("href=\"/demo/iphone-authenticator/2\""), "Start skips the update step: {start}");
    assert!(start.contains("5 steps"), "{start}");
    let step = html(&app, "/demo/iphone-authenticator/2", IOS_17_5).await;
    assert!(step.contains("Step 1 of 5"), "{step}");
    assert!(step.contains("href=\"/demo?flow=iphone-authenticator\" rel=\"prev\""), "Back goes to the start: {step}");
    // The provider step: iOS 17 is told its own path, iOS 18 the new one.
    let ios17 = html(&app, "/demo/iphone-authenticator/4", IOS_17_5).await;
    assert!(ios17.contains("“Passwords” → “Password Options”"), "{ios17}");
    assert!(!ios17.contains("“AutoFill &amp; Passwords”"), "{ios17}");
    let ios18 = html(&app, "/demo/iphone-authenticator/4", IOS_18).await;
    assert!(ios18.contains("“General” → “AutoFill &amp; Passwords”"), "{ios18}");
    // A computer reading the iPhone walkthrough keeps every step: its own version says nothing.
    let from_windows = html(&app, "/demo?flow=iphone-authenticator", WINDOWS_CHROME).await;
    assert!(from_windows.contains("href=\"/demo/iphone-authenticator/1\""), "{from_windows}");
}

#[tokio::test]
async fn on_a_phone_security_info_is_the_last_check_and_elsewhere_the_hand_off_shows_what_comes_there() {
    let app = spawn_app().await;
    let last = html(&app, "/demo/iphone-authenticator/6", IOS_18).await;
    assert!(last.contains("Open Security info"), "{last}");
    assert!(last.contains(">I&#x27;m done<") || last.contains(">I'm done<"), "the hand-off is the last step: {last}");
    assert!(!last.contains("What you&#x27;ll see there") && !last.contains("What you'll see there"));
    let mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
    let handoff = html(&app, "/demo/mac/3", mac).await;
    assert!(handoff.contains("Open Security info"), "{handoff}");
    assert!(handoff.contains("What you&#x27;ll see there") || handoff.contains("What you'll see there"), "{handoff}");
    assert!(handoff.contains("Save the passkey on your Mac") && handoff.contains("Name your passkey"), "{handoff}");
}

#[tokio::test]
async fn a_phone_walkthrough_on_a_computer_goes_across_by_qr_code_and_link() {
    let app = spawn_app().await;
    let page = html(&app, "/demo?flow=samsung&c=reminder&lang=de", WINDOWS_CHROME).await;
    let card = page.find("class=\"card qr-card phone-card\"").expect("the phone card");
    let recommended = page.find("id=\"flow-heading\"").expect("the walkthrough");
    assert!(card < recommended, "the way across comes first, above the fold");
    assert!(page[card..].contains("<svg"), "a QR code");
    assert!(page[card..].contains("/demo?c=reminder&amp;lang=de&amp;flow=samsung</code>"), "{page}");
    // On the phone itself, no such card.
    assert!(!html(&app, "/demo?flow=iphone-authenticator", IPHONE).await.contains("phone-card"));
}

/// Pages an employee reads never suggest a way the policy forbids: a security key where only
/// Authenticator is accepted, Windows Hello where IT has not enabled it. (Synced providers are
/// named on Authenticator walkthroughs only to steer away from them: "don't save it in Samsung
/// Pass". The helpdesk's runbook names every walkthrough in its support-code legend.)
#[tokio::test]
async fn no_page_suggests_a_way_the_policy_forbids() {
    use passkey_guide::domain::flow_id::FlowId;
    use passkey_guide::guide::{catalog, chooser};
    let app = spawn_app().await;
    let policies = [
        PasskeyPolicy::authenticator_only(),
        PasskeyPolicy::default(),
        PasskeyPolicy { enforce_attestation: true, windows_hello: true, ..PasskeyPolicy::default() },
    ];
    let mut findings = Vec::new();
    for policy in policies {
        set_policy(&app, policy.clone()).await;
        app.clock.advance(time::Duration::seconds(3));
        let mut forbidden = Vec::new();
        if !policy.allows(catalog::flow(FlowId::SecurityKey)) {
            forbidden.push("security key");
        }
        if !policy.allows(catalog::flow(FlowId::WindowsHello)) {
            forbidden.push("Windows Hello");
        }
        for flow in chooser::allowed_flows(&policy) {
            let data = catalog::flow(flow);
            let mut paths = vec![format!("/demo?flow={flow}")];
            for n in 1..=data.steps.len() {
                paths.push(format!("/demo/{flow}/{n}"));
                paths.push(format!("/demo/{flow}/{n}/stuck"));
                for problem in data.steps[n - 1].problems {
                    paths.push(format!("/demo/{flow}/{n}/stuck/{problem}"));
                }
            }
            for path in paths {
                // Windows' own sign-in label names security keys; quoting it suggests nothing.
                let page =
                    html(&app, &path, WINDOWS_CHROME).await.replace("Face, fingerprint, PIN or security key", "");
                for name in &forbidden {
                    if page.contains(name) {
                        findings.push(format!("{path} names {name:?} under {policy:?}"));
                    }
                }
            }
        }
    }
    assert!(findings.is_empty(), "{} pages suggest a forbidden way:\n{}", findings.len(), findings.join("\n"));
}

#[tokio::test]
async fn every_walkthrough_prints_on_one_page_with_its_qr_code() {
    let app = spawn_app().await;
    let start = html(&app, "/demo?c=kiosk", IPHONE).await;
    assert!(start.contains("href=\"/demo/iphone-authenticator/print?c=kiosk\""), "{start}");
    for flow in passkey_guide::domain::flow_id::FlowId::ALL {
        let page = html(&app, &format!("/demo/{flow}/print?c=kiosk"), WINDOWS_CHROME).await;
        let steps = passkey_guide::guide::catalog::flow(flow).steps.len();
        assert_eq!(page.matches("<li><strong>").count(), steps, "{flow}: every step");
        assert!(page.contains("<svg") && page.contains(&format!("/demo?c=kiosk&amp;flow={flow}</code>")), "{page}");
    }
    // A walkthrough the policy rules out is not printed either.
    set_policy(&app, PasskeyPolicy::default()).await;
    app.clock.advance(time::Duration::seconds(3));
    assert_eq!(app.get_as("/demo/windows-hello/print", WINDOWS_CHROME).await.status(), 303);
}

#[tokio::test]
async fn an_ipad_reads_ipad_not_iphone() {
    let app = spawn_app().await;
    let ipad = "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    let start = html(&app, "/demo", ipad).await;
    assert!(start.contains("data-device=\"ipad\""), "{start}");
    assert!(start.contains("iPad with Microsoft Authenticator"), "{start}");
    assert!(!start.contains("iPhone with Microsoft Authenticator"), "{start}");
    let sync = html(&app, "/demo/iphone-icloud/2", ipad).await;
    assert!(sync.contains("Sync this iPad") && !sync.contains("Sync this iPhone"), "{sync}");
    let handoff = html(&app, "/demo/iphone-icloud/3", ipad).await;
    assert!(handoff.contains("Save the passkey on your iPad") && !handoff.contains("iPhone"), "{handoff}");
    // Its problems and their fixes too.
    let stuck = html(&app, "/demo/iphone-icloud/2/stuck", ipad).await;
    assert!(stuck.contains("My iPad has no passcode") && !stuck.contains("iPhone"), "{stuck}");
    let fix = html(&app, "/demo/iphone-icloud/2/stuck/two-factor-needed", ipad).await;
    assert!(fix.contains("“Sync this iPad”") && !fix.contains("iPhone"), "{fix}");
    // The iPhone keeps its own words.
    assert!(html(&app, "/demo", IPHONE).await.contains("iPhone with Microsoft Authenticator"));
    assert!(html(&app, "/demo/iphone-icloud/2/stuck", IPHONE).await.contains("My iPhone has no passcode"));
}

/// Samsung Pass's save sheet shows up only when something other than Authenticator takes the
/// passkey: its drawing belongs to that problem's fix, not to the step.
#[tokio::test]
async fn a_fix_about_a_screen_shows_that_screen() {
    let app = spawn_app().await;
    let galaxy = "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    let fix = html(&app, "/demo/samsung/3/stuck/samsung-pass-appears", galaxy).await;
    assert!(fix.contains("/assets/samsung-save-another-way.") && fix.contains("“Save another way”"), "{fix}");
    let step = html(&app, "/demo/samsung/3", galaxy).await;
    assert!(step.contains("/assets/authenticator-account.") && !step.contains("samsung-save-another-way"), "{step}");
    // The drawings carry their own light and dark colours, and may do nothing else.
    let drawing = app.get_as("/assets/samsung-save-another-way.svg", galaxy).await;
    assert_eq!(drawing.headers()["content-security-policy"], "default-src 'none'; style-src 'unsafe-inline'");
    assert!(drawing.text().await.unwrap().contains("prefers-color-scheme:dark"));
}

/// A policy that leaves a device nothing (a Windows PC where only synced passkeys are allowed)
/// says so, and the device list offers what the policy does allow elsewhere.
#[tokio::test]
async fn a_device_the_policy_leaves_no_way_is_told_so_plainly() {
    let app = spawn_app().await;
    set_policy(&app, PasskeyPolicy { allow_device_bound: false, ..PasskeyPolicy::default() }).await;
    let start = html(&app, "/demo", WINDOWS_CHROME).await;
    assert!(start.contains("passkey settings allow no passkey on this device"), "{start}");
    assert!(!start.contains("guide-start") && !start.contains(">Start<"), "{start}");
    let devices = html(&app, "/demo/devices", WINDOWS_CHROME).await;
    assert!(devices.contains("flow=iphone-icloud\"") && !devices.contains("flow=windows-hello\""), "{devices}");
}

/// Without a Graph connection IT makes the profiles by hand; a link names one with `?p=`.
#[tokio::test]
async fn profiles_made_by_hand_decide_the_walkthroughs_of_their_links() {
    use passkey_guide::cli::{DatabaseArg, PolicyFlags, ProfileCommand, TenantCommand};
    let app = spawn_app().await;
    let db = || DatabaseArg { database: app.database_url.clone() };
    let add = |id: &str, flags: PolicyFlags| TenantCommand::Profile {
        command: ProfileCommand::Add {
            slug: "demo".into(),
            id: id.into(),
            name: "Frontline".into(),
            policy: flags,
            db: db(),
        },
    };
    let device_bound = || PolicyFlags { passkeys: Some("device-bound".into()), ..PolicyFlags::default() };
    passkey_guide::commands::tenant(add("frontline", device_bound())).await.unwrap();
    assert!(passkey_guide::commands::tenant(add("frontline", device_bound())).await.is_err(), "ids are unique");
    assert!(passkey_guide::commands::tenant(add("no spaces", device_bound())).await.is_err());
    let bad =
        PolicyFlags { key_restrictions: Some("allow".into()), aaguids: Some(String::new()), ..PolicyFlags::default() };
    assert!(passkey_guide::commands::tenant(add("empty-allow", bad)).await.is_err(), "an empty allow list");
    app.clock.advance(time::Duration::seconds(3));

    let mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
    assert!(html(&app, "/demo", mac).await.contains("data-flow=\"mac\""));
    let frontline = html(&app, "/demo?p=frontline", mac).await;
    assert!(frontline.contains("data-flow=\"cross-device\"") && frontline.contains("p=frontline"), "{frontline}");

    let remove = TenantCommand::Profile {
        command: ProfileCommand::Remove { slug: "demo".into(), id: "frontline".into(), db: db() },
    };
    passkey_guide::commands::tenant(remove).await.unwrap();
    app.clock.advance(time::Duration::seconds(3));
    let gone = html(&app, "/demo?p=frontline", mac).await;
    assert!(gone.contains("data-flow=\"mac\"") && !gone.contains("p=frontline"), "old links get the default: {gone}");
}
