//! The walkthroughs, as data: one [`Flow`] per [`FlowId`], in the order of [`FlowId::ALL`].
//!
//! Every word a person reads lives in `locales/<lang>/flows.ftl`, under the message ids that
//! `flow.rs` derives from the ids here. Each step names the vendor page it follows in `source`;
//! where the vendors' documentation disagrees, or where a label could not be confirmed, a comment
//! beside the data says so. Checked against the documentation as stored in 2026 (Microsoft Learn
//! pages dated 2026-07; Apple, Google and Samsung support pages).
//!
//! Two things hold for every Microsoft Authenticator flow here:
//! - In My Security Info the method is called "Passkey in Microsoft Authenticator"; the plain
//!   "Passkey" entry is the browser flow that saves to iCloud Keychain, Google Password Manager,
//!   Windows Hello or a security key.
//! - The passkey is created inside the Authenticator app (add the work account, or account →
//!   "Create a passkey"), the flow Microsoft recommends: "This flow is the recommended way to set
//!   up a passkey in Authenticator" (how-to-register-passkey-authenticator, "Use Authenticator"
//!   tabs, ms.date 2026-07-05). It is the only one that can register an attested passkey: "Users
//!   can only register attested passkeys directly in the Authenticator app. Cross-device
//!   registration flows don't support registration of attested passkeys."
//!   (how-to-enable-authenticator-passkey).
//! - On a phone the whole registration happens in Authenticator and Settings, so Security info is
//!   the last step: the person checks there that the passkey is listed. On a computer
//!   (`cross-device`) the route starts in Security info, as Microsoft's "Use Security info" tab
//!   describes from a laptop, and the passkey is still created in Authenticator on the phone.

use crate::domain::flow_id::FlowId;

use super::flow::{Credential, Flow, OsVariant, Requirement, Step};

// Vendor pages, most specific first within each vendor.
const MS_AUTHENTICATOR_IOS: &str =
    "https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-register-passkey-authenticator?tabs=iOS";
const MS_AUTHENTICATOR_ANDROID: &str = "https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-register-passkey-authenticator?tabs=Android";
const MS_AUTHENTICATOR_ADMIN: &str =
    "https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-enable-authenticator-passkey";
const MS_AUTHENTICATOR_SIGN_IN: &str =
    "https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-sign-in-passkey-authenticator";
const MS_SYNCED_REGISTER: &str =
    "https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-register-passkey";
const MS_SYNCED_ADMIN: &str = "https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-synced-passkeys";
const MS_WINDOWS_REGISTER: &str =
    "https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-register-entra-passkey-windows";
const MS_WINDOWS_ADMIN: &str =
    "https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-authentication-entra-passkeys-on-windows";
const MS_SECURITY_KEY_REGISTER: &str =
    "https://learn.microsoft.com/en-us/entra/identity/authentication/how-to-register-passkey-with-security-key";
const MS_COMPATIBILITY: &str =
    "https://learn.microsoft.com/en-us/entra/identity/authentication/concept-fido2-compatibility";
const WINDOWS_PASSKEYS: &str = "https://learn.microsoft.com/en-us/windows/security/identity-protection/passkeys/";
const WINDOWS_HELLO_SETUP: &str =
    "https://support.microsoft.com/en-us/windows/configure-windows-hello-dae28983-8242-bb2a-d3d1-87c9d265a5f0";
const MS_SECURITY_KEY_SUPPORT: &str = "https://support.microsoft.com/en-us/account-billing/set-up-a-security-key-as-your-verification-method-2911cacd-efa5-4593-ae22-e09ae14c6698";
const APPLE_PASSWORDS_APP: &str = "https://support.apple.com/en-us/120758";
const APPLE_ICLOUD_KEYCHAIN: &str = "https://support.apple.com/en-us/109016";
const APPLE_IPHONE_PASSKEYS: &str = "https://support.apple.com/guide/iphone/iphf538ea8d0/ios";
const APPLE_MAC_PASSKEYS: &str = "https://support.apple.com/guide/passwords/mchl4af65d1a/mac";
const GOOGLE_PASSKEYS_ANDROID: &str = "https://support.google.com/chrome/answer/13168025?co=GENIE.Platform%3DAndroid";
const SAMSUNG_PASS_PASSKEYS: &str =
    "https://www.samsung.com/ae/support/apps-services/how-to-create-and-use-a-passkey-in-samsung-pass";

/// Messages of the iPhone walkthroughs that an iPad reads in its own words (`{id}-ipad`): the
/// system is iPadOS, the settings say "Sync this iPad". The rest reads the same on both.
pub const IPAD_WORDINGS: [&str; 30] = [
    "flow-iphone-authenticator-title",
    "flow-iphone-authenticator-summary",
    "flow-iphone-authenticator-update-title",
    "flow-iphone-authenticator-update-body",
    "flow-iphone-icloud-title",
    "flow-iphone-icloud-summary",
    "flow-iphone-icloud-update-title",
    "flow-iphone-icloud-update-body",
    "flow-iphone-icloud-icloud-keychain-body",
    "flow-iphone-icloud-icloud-keychain-body-ios17",
    "flow-iphone-icloud-save-passkey-title",
    "flow-iphone-icloud-save-passkey-body",
    "flow-iphone-icloud-name-it-body",
    "stuck-iphone-authenticator-update-os-too-old",
    "stuck-iphone-authenticator-update-os-too-old-fix",
    "stuck-iphone-authenticator-update-which-version",
    "stuck-iphone-authenticator-update-which-version-fix",
    "stuck-iphone-authenticator-enable-provider-menu-missing-fix",
    "stuck-iphone-authenticator-enable-provider-authenticator-not-listed-fix",
    "stuck-iphone-authenticator-enable-provider-setting-locked-fix",
    "stuck-iphone-icloud-update-os-too-old",
    "stuck-iphone-icloud-update-os-too-old-fix",
    "stuck-iphone-icloud-update-which-version",
    "stuck-iphone-icloud-update-which-version-fix",
    "stuck-iphone-icloud-icloud-keychain-no-apple-account-fix",
    "stuck-iphone-icloud-icloud-keychain-two-factor-needed-fix",
    "stuck-iphone-icloud-icloud-keychain-no-passcode",
    "stuck-iphone-icloud-open-security-info-only-authenticator-fix",
    "stuck-iphone-icloud-save-passkey-not-allowed-fix",
    "stuck-iphone-icloud-save-passkey-saved-elsewhere-fix",
];

/// Drawings shown beside the fix of a problem that is about a screen of its own:
/// `(flow, step, problem, drawing)`. Samsung Pass's save sheet appears only when something
/// other than Authenticator takes the passkey, so it belongs to that problem, not to the step.
pub const FIX_ILLUSTRATIONS: &[(FlowId, &str, &str, &str)] =
    &[(FlowId::Samsung, "create-in-app", "samsung-pass-appears", "samsung-save-another-way")];

/// The drawing beside the fix of `problem` at `step` of `flow`, if it has one.
pub fn fix_illustration(flow: FlowId, step: &str, problem: &str) -> Option<&'static str> {
    FIX_ILLUSTRATIONS.iter().find(|(f, s, p, _)| *f == flow && *s == step && *p == problem).map(|(.., d)| *d)
}

/// When every flow's steps were last read against the vendor pages they cite.
const CHECKED: &str = "2026-12-02";

/// A step before or after the hand-off.
const fn step(
    id: &'static str,
    illustration: Option<&'static str>,
    problems: &'static [&'static str],
    source: &'static str,
) -> Step {
    Step { id, handoff: false, illustration, problems, source, only_below_os: None, variants: &[] }
}

/// "Update your device": only shown where the system is older than `min`, or unknown.
const fn update(min: u32, source: &'static str) -> Step {
    Step {
        id: "update",
        handoff: false,
        illustration: None,
        problems: &["os-too-old", "which-version"],
        source,
        only_below_os: Some(min),
        variants: &[],
    }
}

impl Step {
    /// The same step with wordings for older systems.
    const fn with_variants(mut self, variants: &'static [OsVariant]) -> Step {
        self.variants = variants;
        self
    }
}

/// The step that sends the person to My Security Info.
const fn handoff(
    id: &'static str,
    illustration: Option<&'static str>,
    problems: &'static [&'static str],
    source: &'static str,
) -> Step {
    Step { id, handoff: true, illustration, problems, source, only_below_os: None, variants: &[] }
}

/// Every flow, in the order of [`FlowId::ALL`].
pub static FLOWS: [Flow; 9] = [
    // Microsoft Authenticator on iPhone/iPad. "Your mobile device needs to run iOS version 17 or
    // later" (how-to-register-passkey-authenticator). Attestation uses Apple's App Attest service.
    Flow {
        id: FlowId::IphoneAuthenticator,
        credential: Credential::DeviceBoundAttested,
        requirements: &[Requirement::MinOsMajor(17), Requirement::AuthenticatorApp, Requirement::ScreenLock],
        steps: &[
            update(17, MS_AUTHENTICATOR_IOS),
            step(
                "install-authenticator",
                None,
                &["account-already-added", "cant-sign-in", "personal-account"],
                MS_AUTHENTICATOR_IOS,
            ),
            // "registration-failed": Microsoft notes attestation relies on Apple's service and
            // "heavy service usage can make passkey registration fail, and users might need to try
            // again" (how-to-enable-authenticator-passkey).
            step(
                "create-in-app",
                Some("authenticator-account"),
                &["no-create-option", "no-passcode", "passkey-already-exists", "registration-failed"],
                MS_AUTHENTICATOR_IOS,
            ),
            // iOS 18+: Settings > General > AutoFill & Passwords, "AutoFill Passwords and Passkeys"
            // on, "Authenticator" under "AutoFill From" (Microsoft; Apple 120758 confirms the path
            // and the toggle). iOS 17 (variant "ios17"): Settings > Passwords > Password Options.
            // The sources disagree on the iOS 17 list's heading: Microsoft's page of 2026-07-05
            // says "Autofill From" for both systems, its revisions of 2024 (written for iOS 17)
            // say "Use Passwords and Passkeys From"; the guide follows the latter for iOS 17.
            step(
                "enable-provider",
                Some("ios-autofill-settings"),
                &["menu-missing", "authenticator-not-listed", "setting-locked"],
                MS_AUTHENTICATOR_IOS,
            )
            .with_variants(&[OsVariant { below_major: 18, suffix: "ios17" }]),
            step("finish", Some("done"), &["passkey-not-found", "page-timed-out"], MS_AUTHENTICATOR_IOS),
            // "Sign-in loop": documented for Conditional Access policies that require a passkey for
            // all resources, Authenticator included (how-to-enable-authenticator-passkey).
            // "in-app-browser": not in Microsoft's pages; kept because it is a common ticket.
            handoff(
                "open-security-info",
                Some("security-info-phone"),
                &["in-app-browser", "no-passkey-option", "sign-in-loop"],
                MS_AUTHENTICATOR_IOS,
            ),
        ],
        sources: &[MS_AUTHENTICATOR_IOS, MS_AUTHENTICATOR_ADMIN, APPLE_PASSWORDS_APP],
        checked: CHECKED,
    },
    // iCloud Keychain (Apple Passwords) on iPhone/iPad, synced.
    Flow {
        id: FlowId::IphoneIcloud,
        credential: Credential::Synced,
        // iOS 16, not 17: Microsoft's minimum-requirements table lists "Apple Passwords (also
        // called iCloud Keychain) ... iOS 16+" (how-to-synced-passkeys), and Apple says passkeys
        // need iOS 16 or later with iCloud Keychain and two-factor authentication on.
        requirements: &[Requirement::MinOsMajor(16), Requirement::ScreenLock],
        steps: &[
            update(16, MS_SYNCED_ADMIN),
            // Apple 109016: Settings > [name] > iCloud > "Passwords" (iOS 17 or earlier: "Passwords
            // and Keychain") > "Sync this [Device]"; two-factor authentication is required.
            // Microsoft's prerequisite for synced passkeys on iOS instead says to set "Set Up Codes
            // In" to "Passwords" (how-to-register-passkey). That setting is about verification
            // codes, not passkeys; Apple does not ask for it, so this guide does not either.
            step(
                "icloud-keychain",
                None,
                &["no-apple-account", "two-factor-needed", "no-passcode"],
                APPLE_ICLOUD_KEYCHAIN,
            )
            .with_variants(&[OsVariant { below_major: 18, suffix: "ios17" }]),
            handoff(
                "open-security-info",
                Some("security-info-phone"),
                &["in-app-browser", "no-passkey-option", "only-authenticator"],
                MS_SYNCED_REGISTER,
            ),
            // Microsoft: "Passkey" > "Next" ("Sign in faster...") > on iOS "Next" ("Setting up your
            // passkey"), then the system sheet, where Apple says to tap "Continue". The name of the
            // save target in the picker ("Passwords" vs "iCloud Keychain") varies by iOS version
            // and could not be confirmed, hence both are named in the text.
            step(
                "save-passkey",
                Some("save-passkey"),
                &["not-allowed", "saved-elsewhere", "nothing-happens"],
                APPLE_IPHONE_PASSKEYS,
            ),
            step("name-it", Some("done"), &["closed-too-early"], MS_SYNCED_REGISTER),
        ],
        sources: &[MS_SYNCED_REGISTER, MS_SYNCED_ADMIN, APPLE_IPHONE_PASSKEYS, APPLE_ICLOUD_KEYCHAIN],
        checked: CHECKED,
    },
    // Microsoft Authenticator on a Samsung Galaxy (One UI), Android 14+.
    Flow {
        id: FlowId::Samsung,
        credential: Credential::DeviceBoundAttested,
        requirements: &[Requirement::MinOsMajor(14), Requirement::AuthenticatorApp, Requirement::ScreenLock],
        steps: &[
            update(14, MS_AUTHENTICATOR_ANDROID),
            // Work profiles: "Passkeys on Android are used only from the profile where they're
            // stored ... users with both ... should create their passkeys in Authenticator for each
            // profile" (how-to-enable-authenticator-passkey).
            step(
                "install-authenticator",
                None,
                &["work-profile", "account-already-added", "cant-sign-in"],
                MS_AUTHENTICATOR_ANDROID,
            ),
            // Samsung Pass keeps passkeys since One UI 6 and is the preferred service on Galaxy
            // phones (Samsung). The button that leads away from its save sheet is "Save another
            // way" on Android's and Chrome's sheets (also named in Microsoft's Android pages);
            // Samsung's own wording ("Other options"?) could not be confirmed, so both are named.
            step(
                "create-in-app",
                Some("authenticator-account"),
                &["samsung-pass-appears", "saved-in-samsung-pass", "no-screen-lock", "passkey-already-exists"],
                SAMSUNG_PASS_PASSKEYS,
            ),
            // The One UI path Settings > General management > Passwords, passkeys and autofill is
            // not on any samsung.com page found; it comes from the brief and third-party guides
            // (e.g. Swisscom's help centre). Microsoft only says the menu "might vary based on the
            // make and model ... Search for Passkey on your device settings" and "If your device
            // runs Android 14 and you can't enable Authenticator as a passkey provider, we
            // recommend that you upgrade to Android 15" (how-to-register-passkey-authenticator).
            // The text asks to turn Authenticator on rather than to make it the "Preferred
            // service": doing that would also replace Samsung Pass for password autofill, and
            // whether One UI accepts Authenticator there could not be confirmed.
            step(
                "enable-provider",
                Some("android-passkey-providers"),
                &["menu-missing", "authenticator-not-listed"],
                MS_AUTHENTICATOR_ANDROID,
            ),
            step("finish", Some("done"), &["passkey-not-found", "page-timed-out"], MS_AUTHENTICATOR_ANDROID),
            // Microsoft: "Support for same-device registration in Microsoft Edge on Android is
            // coming soon", hence Chrome or Samsung Internet.
            handoff(
                "open-security-info",
                Some("security-info-phone"),
                &["in-app-browser", "no-passkey-option", "sign-in-loop"],
                MS_AUTHENTICATOR_ANDROID,
            ),
        ],
        sources: &[MS_AUTHENTICATOR_ANDROID, MS_AUTHENTICATOR_ADMIN, SAMSUNG_PASS_PASSKEYS],
        checked: CHECKED,
    },
    // Google Password Manager on a Pixel or other Android phone, synced.
    Flow {
        id: FlowId::Android,
        credential: Credential::Synced,
        // "To store passkeys, your device must have Android 9.0 or up and have a screen-lock
        // turned on" (Google). Microsoft's table agrees: Google Password Manager "Natively built in
        // (excluding Samsung devices). Android 9+" (how-to-synced-passkeys).
        requirements: &[Requirement::MinOsMajor(9), Requirement::ScreenLock],
        steps: &[
            step("screen-lock", None, &["os-too-old", "which-version"], GOOGLE_PASSKEYS_ANDROID),
            // Menu names differ: Microsoft's synced-passkey page says Settings > Security and
            // privacy > More security settings > Passwords, passkeys, and autofill; its
            // Authenticator page says Settings > Passwords & accounts. Hence "search for passkeys".
            step(
                "check-google",
                None,
                &["no-google-account", "other-app-preferred", "work-profile"],
                GOOGLE_PASSKEYS_ANDROID,
            ),
            handoff(
                "open-security-info",
                Some("security-info-phone"),
                &["in-app-browser", "no-passkey-option", "only-authenticator"],
                MS_SYNCED_REGISTER,
            ),
            // Microsoft: "On Android, tap Continue" on the system's "Create a passkey" sheet.
            step(
                "save-passkey",
                Some("save-passkey"),
                &["not-allowed", "other-app-offered", "nothing-happens"],
                MS_SYNCED_REGISTER,
            ),
            step("name-it", Some("done"), &["closed-too-early"], MS_SYNCED_REGISTER),
        ],
        sources: &[MS_SYNCED_REGISTER, MS_SYNCED_ADMIN, GOOGLE_PASSKEYS_ANDROID],
        checked: CHECKED,
    },
    // Microsoft Authenticator on a Pixel or other Android phone, for device-bound-only tenants.
    Flow {
        id: FlowId::AndroidAuthenticator,
        credential: Credential::DeviceBoundAttested,
        // "Your mobile device needs to run Android version 14 or later."
        requirements: &[Requirement::MinOsMajor(14), Requirement::AuthenticatorApp, Requirement::ScreenLock],
        steps: &[
            update(14, MS_AUTHENTICATOR_ANDROID),
            step(
                "install-authenticator",
                None,
                &["work-profile", "account-already-added", "cant-sign-in"],
                MS_AUTHENTICATOR_ANDROID,
            ),
            step(
                "create-in-app",
                Some("authenticator-account"),
                &["other-app-offered", "no-screen-lock", "passkey-already-exists", "registration-failed"],
                MS_AUTHENTICATOR_ANDROID,
            ),
            // Microsoft: Settings > "Passwords & accounts" > "Additional providers" > Authenticator
            // (Android 14 on Pixel). "Passwords, passkeys & accounts" is the Pixel name on Android
            // 15 and later as far as could be told; not confirmed on a Google page. The search tip
            // in the "menu-missing" fix is Microsoft's own advice.
            step(
                "enable-provider",
                Some("android-passkey-providers"),
                &["menu-missing", "authenticator-not-listed"],
                MS_AUTHENTICATOR_ANDROID,
            ),
            step("finish", Some("done"), &["passkey-not-found", "page-timed-out"], MS_AUTHENTICATOR_ANDROID),
            handoff(
                "open-security-info",
                Some("security-info-phone"),
                &["in-app-browser", "no-passkey-option", "sign-in-loop"],
                MS_AUTHENTICATOR_ANDROID,
            ),
        ],
        sources: &[MS_AUTHENTICATOR_ANDROID, MS_AUTHENTICATOR_ADMIN],
        checked: CHECKED,
    },
    // A passkey in the local Windows Hello container ("Microsoft Entra passkey on Windows").
    // Entra does not support attestation for these: "Attestation isn't supported for Microsoft
    // Entra passkeys on Windows during public preview ... if Enforce attestation is enabled ...
    // registration attempts to Windows Hello will fail" (how-to-authentication-entra-passkeys-on-
    // windows). In preview the tenant must also allow the Windows Hello AAGUIDs explicitly, which
    // the chooser cannot see; the "not-allowed" problem covers that.
    Flow {
        id: FlowId::WindowsHello,
        credential: Credential::DeviceBound,
        // Windows 10, not 11: Microsoft's prerequisites are "Windows 10 or Windows 11" and "Device
        // must support Windows Hello". The "This Windows device" choice comes with the passkey
        // dialog of Windows 11 22H2 (KB5030310) and later; Windows 10 uses an older dialog.
        requirements: &[Requirement::MinOsMajor(10), Requirement::ScreenLock],
        steps: &[
            step("set-up-hello", None, &["greyed-out", "no-face-or-fingerprint", "old-windows"], WINDOWS_HELLO_SETUP),
            handoff(
                "open-security-info",
                Some("security-info-add"),
                &["no-passkey-option", "only-authenticator"],
                MS_WINDOWS_REGISTER,
            ),
            // Windows 11: "Save your passkey", "This will be saved to your Windows device", "OK", or
            // "Change" for "Choose where to save your passkey". No Microsoft Learn page shows this
            // dialog; the labels come from Microsoft's support wiki as published in a public copy
            // (checked 2026-12-02), and the older dialog ("This Windows device" > "Next", verify,
            // "OK") from the Windows passkeys page (ms.date 2023-11-07). Windows 10 (variant
            // "windows10"): Microsoft supports it ("Windows 10 or Windows 11",
            // how-to-register-entra-passkey-windows) but documents none of its labels, so its text
            // names none.
            // "already-registered": "If you're on an Entra joined or Entra registered device ... a
            // Windows Hello for Business credential ... registration will fail ... you'll see an
            // error indicating the passkey is already registered" (Microsoft).
            step(
                "save-passkey",
                Some("windows-save-passkey"),
                &["no-windows-option", "browser-offers-other-app", "already-registered", "not-allowed"],
                WINDOWS_PASSKEYS,
            )
            .with_variants(&[OsVariant { below_major: 11, suffix: "windows10" }]),
            // Naming is shown on Microsoft's security-key and synced-passkey pages; the Windows
            // page stops before it.
            step("name-it", Some("done"), &["closed-too-early"], MS_SYNCED_REGISTER),
        ],
        sources: &[MS_WINDOWS_REGISTER, MS_WINDOWS_ADMIN, WINDOWS_PASSKEYS, WINDOWS_HELLO_SETUP],
        checked: CHECKED,
    },
    // iCloud Keychain on a Mac (Safari, or Chrome 118+ on macOS 13.5+), synced.
    Flow {
        id: FlowId::Mac,
        credential: Credential::Synced,
        // "Apple Passwords (also called iCloud Keychain) ... macOS 13+" (how-to-synced-passkeys).
        // Chrome can save to iCloud Keychain only from macOS 13.5 (Chrome 118 release notes).
        requirements: &[Requirement::MinOsMajor(13), Requirement::ScreenLock],
        steps: &[
            update(13, MS_SYNCED_ADMIN),
            // Apple 109016: System Settings > [name] > iCloud > "Passwords" (Sonoma or earlier:
            // "Passwords & Keychain") > "Sync this Mac". "To create a passkey, iCloud Keychain must
            // be set up on your Mac" (Apple).
            step("icloud-keychain", None, &["no-apple-account", "two-factor-needed"], APPLE_ICLOUD_KEYCHAIN)
                .with_variants(&[OsVariant { below_major: 15, suffix: "macos14" }]),
            handoff(
                "open-security-info",
                Some("security-info-add"),
                &["no-passkey-option", "only-authenticator"],
                MS_SYNCED_REGISTER,
            ),
            // Chrome asks once for permission to use iCloud Keychain passkeys (System Settings >
            // Passkeys Access for Web Browsers); the exact button label was not confirmed.
            step(
                "save-passkey",
                Some("mac-save-passkey"),
                &["chrome-other-place", "only-qr-code", "not-allowed"],
                APPLE_MAC_PASSKEYS,
            ),
            step("name-it", Some("done"), &["closed-too-early"], MS_SYNCED_REGISTER),
        ],
        sources: &[MS_SYNCED_REGISTER, MS_SYNCED_ADMIN, APPLE_MAC_PASSKEYS, APPLE_ICLOUD_KEYCHAIN],
        checked: CHECKED,
    },
    // A FIDO2 security key (USB or NFC). Attested when the key's model is in the FIDO metadata
    // service; tenants with key restrictions accept only listed models ("key-not-allowed").
    Flow {
        id: FlowId::SecurityKey,
        credential: Credential::DeviceBoundAttested,
        requirements: &[Requirement::SecurityKey],
        steps: &[
            // Microsoft: "Security key registration isn't supported on ChromeOS", and "New
            // security key registration doesn't work on iOS browsers because they don't prompt to
            // set up biometrics or PIN" (the same is said of macOS browsers). Hence a Windows PC or
            // a Mac, with the PIN set beforehand.
            step("get-key", None, &["no-key", "doesnt-fit", "chromebook"], MS_COMPATIBILITY),
            // Windows: Settings > Accounts > Sign-in options > Security key > Manage (PIN, Reset).
            step("set-pin", None, &["on-a-mac", "forgot-pin"], MS_SECURITY_KEY_SUPPORT),
            handoff(
                "open-security-info",
                Some("security-info-add"),
                &["no-passkey-option", "only-authenticator"],
                MS_SECURITY_KEY_REGISTER,
            ),
            // Windows: "Security key" > "Next", then "OK" (Windows passkeys page). Mac/Safari:
            // "Other Options" (Apple). Chrome: "Save another way".
            step("choose-key", Some("choose-security-key"), &["no-key-option", "saved-wrong-place"], WINDOWS_PASSKEYS),
            // "login.microsoft.com is requesting extended information about your security key" >
            // "Allow": the browser's prompt for the key's make and model (attestation). Microsoft:
            // "allow login.microsoft.com to access your security key or device when prompted"
            // (how-to-register-passkey-authenticator, ms.date 2026-07-05); the prompt's wording is
            // Firefox's, Chrome words it differently, so the text quotes only "Allow".
            step(
                "touch-key",
                Some("security-key-touch"),
                &["asks-new-pin", "key-not-allowed", "nothing-happens", "pin-wrong"],
                MS_SECURITY_KEY_REGISTER,
            ),
            step("name-it", Some("done"), &["closed-too-early"], MS_SECURITY_KEY_REGISTER),
        ],
        sources: &[MS_SECURITY_KEY_REGISTER, MS_SECURITY_KEY_SUPPORT, MS_COMPATIBILITY],
        checked: CHECKED,
    },
    // A computer that cannot hold the passkey: it goes into Microsoft Authenticator on the phone.
    //
    // Registration follows Microsoft's recommended path from a laptop: My Security Info on the
    // computer > "Passkey in Microsoft Authenticator" > create the passkey inside Authenticator on
    // the phone > "Next" on the computer. No Bluetooth is needed for that, and the passkey can be
    // attested. The older QR-and-Bluetooth registration ("Having trouble?" > "create your passkey a
    // different way") cannot: "Users can't use cross-device registration if you enable
    // attestation". Scanning a QR code over Bluetooth is what signing in on the computer takes
    // afterwards, which the last step walks through.
    Flow {
        id: FlowId::CrossDevice,
        credential: Credential::DeviceBoundAttested,
        // No MinOsMajor: the requirement is about the phone (iOS 17+ or Android 14+), not the
        // computer the guide is shown on, so it is stated in the first step instead.
        requirements: &[
            Requirement::Phone,
            Requirement::AuthenticatorApp,
            Requirement::Bluetooth,
            Requirement::ScreenLock,
        ],
        steps: &[
            step("prepare-phone", None, &["os-too-old", "cant-sign-in", "work-profile"], MS_AUTHENTICATOR_ADMIN),
            step(
                "enable-provider",
                Some("settings-provider"),
                &["authenticator-not-listed", "menu-missing"],
                MS_AUTHENTICATOR_IOS,
            ),
            // The page offers a QR code to install Authenticator from the store (Microsoft).
            handoff(
                "open-security-info",
                Some("security-info-add"),
                &["no-passkey-option", "sign-in-loop", "download-qr"],
                MS_AUTHENTICATOR_IOS,
            ),
            step(
                "create-on-phone",
                Some("authenticator-account"),
                &["no-create-option", "no-screen-lock", "passkey-already-exists", "other-app-offered"],
                MS_AUTHENTICATOR_ANDROID,
            ),
            step("finish", Some("done"), &["passkey-not-found", "page-timed-out"], MS_AUTHENTICATOR_IOS),
            // "Other ways to sign in" (or "Sign-in options") > "Face, fingerprint, PIN or security
            // key"; on Windows 11 23H2+ "iPhone, iPad, or Android device"; then on the phone "Sign
            // in with passkey" (iOS) or "Use passkey to sign in" (Android); "The camera inside the
            // iOS Authenticator app doesn't support scanning a WebAuthn QR code"; Bluetooth and
            // internet on both devices (how-to-sign-in-passkey-authenticator, ms.date 2026-07-05).
            // Company networks must let the phone reach cable.ua5v.com (Android), or cable.auth.com,
            // app-site-association.cdn-apple.com and app-site-association.networking.apple (iOS)
            // (how-to-register-passkey-authenticator, ms.date 2026-07-05). No Microsoft page says
            // the devices need no pairing, so the text no longer says so.
            step(
                "try-it",
                Some("cross-device-qr"),
                &["qr-wont-scan", "bluetooth-off", "no-bluetooth", "nothing-after-scan"],
                MS_AUTHENTICATOR_SIGN_IN,
            ),
        ],
        sources: &[MS_AUTHENTICATOR_IOS, MS_AUTHENTICATOR_ANDROID, MS_AUTHENTICATOR_SIGN_IN, WINDOWS_PASSKEYS],
        checked: CHECKED,
    },
];

/// The walkthrough for `id`.
pub fn flow(id: FlowId) -> &'static Flow {
    match id {
        FlowId::IphoneAuthenticator => &FLOWS[0],
        FlowId::IphoneIcloud => &FLOWS[1],
        FlowId::Samsung => &FLOWS[2],
        FlowId::Android => &FLOWS[3],
        FlowId::AndroidAuthenticator => &FLOWS[4],
        FlowId::WindowsHello => &FLOWS[5],
        FlowId::Mac => &FLOWS[6],
        FlowId::SecurityKey => &FLOWS[7],
        FlowId::CrossDevice => &FLOWS[8],
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    const FLOWS_FTL: &str = include_str!("../../locales/en/flows.ftl");

    fn is_kebab_case(id: &str) -> bool {
        !id.is_empty()
            && !id.starts_with('-')
            && !id.ends_with('-')
            && !id.contains("--")
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    }

    fn message_ids() -> Vec<&'static str> {
        FLOWS_FTL
            .lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
            .collect()
    }

    #[test]
    fn every_flow_id_has_exactly_one_flow_in_order() {
        assert_eq!(FLOWS.len(), FlowId::ALL.len());
        for (index, id) in FlowId::ALL.into_iter().enumerate() {
            assert_eq!(FLOWS[index].id, id, "FLOWS[{index}] is out of order");
            assert_eq!(FLOWS.iter().filter(|f| f.id == id).count(), 1, "{id}");
            assert_eq!(flow(id).id, id);
        }
    }

    #[test]
    fn step_ids_are_unique_and_kebab_case_within_each_flow() {
        for flow in &FLOWS {
            let mut seen = HashSet::new();
            for step in flow.steps {
                assert!(is_kebab_case(step.id), "{}: step {:?}", flow.id, step.id);
                assert!(seen.insert(step.id), "{}: step {:?} twice", flow.id, step.id);
            }
        }
    }

    #[test]
    fn every_flow_has_exactly_one_handoff_step() {
        for flow in &FLOWS {
            assert_eq!(flow.steps.iter().filter(|s| s.handoff).count(), 1, "{}", flow.id);
            assert!(flow.handoff_step().is_some());
        }
    }

    #[test]
    fn every_step_names_an_https_source() {
        for flow in &FLOWS {
            for step in flow.steps {
                assert!(
                    !step.source.is_empty() && step.source.starts_with("https://"),
                    "{}/{}: {:?}",
                    flow.id,
                    step.id,
                    step.source
                );
            }
            assert!(!flow.sources.is_empty(), "{}", flow.id);
            for source in flow.sources {
                assert!(source.starts_with("https://"), "{}: {source:?}", flow.id);
            }
        }
    }

    /// Where a step's taps may be documented: the vendors' own pages.
    const VENDORS: [&str; 6] = [
        "https://learn.microsoft.com/",
        "https://support.microsoft.com/",
        "https://support.apple.com/",
        "https://support.google.com/",
        "https://www.samsung.com/",
        "https://www.microsoft.com/",
    ];

    #[test]
    fn every_step_cites_a_vendor_page_and_every_flow_says_when_it_was_checked() {
        for flow in &FLOWS {
            for step in flow.steps {
                assert!(
                    VENDORS.iter().any(|v| step.source.starts_with(v)),
                    "{} step {:?} cites no vendor page: {:?}",
                    flow.id,
                    step.id,
                    step.source
                );
            }
            let date = time::Date::parse(flow.checked, time::macros::format_description!("[year]-[month]-[day]"));
            assert!(date.is_ok(), "{}: checked {:?}", flow.id, flow.checked);
        }
    }

    #[test]
    fn an_update_step_is_needed_exactly_below_the_flows_minimum() {
        for flow in &FLOWS {
            for step in flow.steps.iter().filter(|s| s.only_below_os.is_some()) {
                assert_eq!(step.only_below_os, flow.min_os_major(), "{}", flow.id);
            }
        }
        let iphone = flow(FlowId::IphoneAuthenticator);
        assert_eq!(iphone.steps_for(Some(17)).first(), Some(&2), "iOS 17 skips the update step");
        assert_eq!(iphone.steps_for(Some(16)).first(), Some(&1));
        assert_eq!(iphone.steps_for(None).len(), iphone.steps.len(), "an unknown version keeps every step");
    }

    #[test]
    fn older_systems_get_their_own_wording_where_the_screens_differ() {
        let step = flow(FlowId::IphoneAuthenticator).steps.iter().find(|s| s.id == "enable-provider").unwrap();
        assert_eq!(step.variant_for(Some(17)), Some("ios17"));
        assert_eq!(step.variant_for(Some(18)), None);
        assert_eq!(step.variant_for(None), None);
        let save = flow(FlowId::WindowsHello).steps.iter().find(|s| s.id == "save-passkey").unwrap();
        assert_eq!(save.variant_for(Some(10)), Some("windows10"));
        assert_eq!(save.variant_for(Some(11)), None);
    }

    #[test]
    fn every_flow_has_four_to_seven_steps() {
        for flow in &FLOWS {
            assert!((4..=7).contains(&flow.steps.len()), "{}", flow.id);
        }
    }

    #[test]
    fn problems_are_one_to_four_unique_kebab_case_ids_per_step() {
        for flow in &FLOWS {
            for step in flow.steps {
                assert!((1..=4).contains(&step.problems.len()), "{}/{}", flow.id, step.id);
                let mut seen = HashSet::new();
                for problem in step.problems {
                    assert!(is_kebab_case(problem), "{}/{}: {problem:?}", flow.id, step.id);
                    assert!(!problem.ends_with("-fix"), "{}/{}: {problem:?}", flow.id, step.id);
                    assert!(seen.insert(*problem), "{}/{}: {problem:?} twice", flow.id, step.id);
                }
            }
        }
    }

    #[test]
    fn illustrations_are_drawn_ones() {
        for flow in &FLOWS {
            for step in flow.steps {
                if let Some(stem) = step.illustration {
                    assert!(crate::web::assets::is_illustration(stem), "{}/{}: {stem:?}", flow.id, step.id);
                }
            }
        }
        for (flow, step, problem, stem) in FIX_ILLUSTRATIONS {
            let known = super::flow(*flow).steps.iter().any(|s| s.id == *step && s.problems.contains(problem));
            assert!(known && crate::web::assets::is_illustration(stem), "{flow}/{step}/{problem}: {stem:?}");
        }
        // And every drawing shows on some step or fix.
        for stem in crate::web::assets::illustrations() {
            let shown = FLOWS.iter().flat_map(|f| f.steps).any(|s| s.illustration == Some(stem))
                || FIX_ILLUSTRATIONS.iter().any(|(.., d)| *d == stem);
            assert!(shown, "{stem}.svg is on no step");
        }
    }

    #[test]
    fn at_most_one_os_minimum_per_flow() {
        for flow in &FLOWS {
            let minimums = flow.requirements.iter().filter(|r| matches!(r, Requirement::MinOsMajor(_))).count();
            assert!(minimums <= 1, "{}", flow.id);
        }
    }

    #[test]
    fn every_message_the_data_names_is_in_the_english_file() {
        let ids: HashSet<&str> = message_ids().into_iter().collect();
        for flow in &FLOWS {
            let mut wanted = vec![format!("flow-{}-title", flow.id), format!("flow-{}-summary", flow.id)];
            for step in flow.steps {
                wanted.push(format!("flow-{}-{}-title", flow.id, step.id));
                wanted.push(format!("flow-{}-{}-body", flow.id, step.id));
                for problem in step.problems {
                    wanted.push(format!("stuck-{}-{}-{}", flow.id, step.id, problem));
                    wanted.push(format!("stuck-{}-{}-{}-fix", flow.id, step.id, problem));
                }
            }
            for id in wanted {
                assert!(ids.contains(id.as_str()), "missing message {id}");
            }
        }
    }

    #[test]
    fn the_english_file_has_no_duplicate_or_orphan_messages() {
        let ids = message_ids();
        let mut seen = HashSet::new();
        for id in &ids {
            assert!(seen.insert(*id), "message {id} defined twice");
        }
        let mut named = HashSet::new();
        for flow in &FLOWS {
            named.insert(format!("flow-{}-title", flow.id));
            named.insert(format!("flow-{}-summary", flow.id));
            for step in flow.steps {
                named.insert(format!("flow-{}-{}-title", flow.id, step.id));
                named.insert(format!("flow-{}-{}-body", flow.id, step.id));
                for variant in step.variants {
                    named.insert(format!("flow-{}-{}-body-{}", flow.id, step.id, variant.suffix));
                }
                for id in IPAD_WORDINGS {
                    named.insert(format!("{id}-ipad"));
                }
                for problem in step.problems {
                    named.insert(format!("stuck-{}-{}-{}", flow.id, step.id, problem));
                    named.insert(format!("stuck-{}-{}-{}-fix", flow.id, step.id, problem));
                }
            }
        }
        for id in ids {
            assert!(named.contains(id), "message {id} is not named by any flow");
        }
    }

    #[test]
    fn messages_use_no_variable_but_company_and_no_markup() {
        for line in FLOWS_FTL.lines().filter(|l| !l.starts_with('#')) {
            // `-then` is the menu path's arrow, a term of each language.
            let without_company = line.replace("{ $company }", "").replace("{ -then }", "");
            assert!(!without_company.contains('{') && !without_company.contains('}'), "unexpected placeable: {line}");
            assert!(!line.contains('<') && !line.contains('>'), "markup: {line}");
        }
    }
}
