//! Which device is this? User-Agent (through `woothee`) plus what it cannot know: Client
//! Hints, Samsung models, frozen and reduced version tokens, iOS 26's version freeze, in-app
//! browsers and automated clients.

pub mod bots;
pub mod cache;
pub mod hints;
pub mod in_app;

use serde::Serialize;

use crate::domain::device::Device;
pub use cache::DetectionCache;
pub use hints::ClientHints;
pub use in_app::InApp;

/// Longest User-Agent read; the rest is ignored. Real ones stay well under 512 bytes.
const MAX_UA_LEN: usize = 1024;

/// The request headers detection reads, already taken off the wire.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signals {
    pub user_agent: String,
    pub hints: ClientHints,
}

impl Signals {
    /// Reads the User-Agent and Client Hints from raw header pairs (lower-case names).
    /// Non-UTF-8 bytes are replaced, oversized values cut, duplicates ignored after the first.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Signals {
        let pairs: Vec<(&str, &[u8])> = pairs.into_iter().take(200).collect();
        let user_agent = pairs
            .iter()
            .copied()
            .find(|(name, _)| *name == "user-agent")
            .map(|(_, raw)| {
                let raw = &raw[..raw.len().min(MAX_UA_LEN)];
                String::from_utf8_lossy(raw).into_owned()
            })
            .unwrap_or_default();
        Signals { user_agent, hints: ClientHints::from_pairs(pairs) }
    }

    pub fn from_headers(headers: &axum::http::HeaderMap) -> Signals {
        Signals::from_pairs(headers.iter().map(|(n, v)| (n.as_str(), v.as_bytes())))
    }
}

/// What the guide knows about the visitor's device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Detection {
    pub device: Device,
    /// The version people know the system by, where the request really tells it.
    pub os_version: Option<String>,
    pub browser: Option<String>,
    /// The app whose embedded browser opened the page, if any.
    pub in_app: Option<InApp>,
    /// The maker's model code, where a Client Hint or the User-Agent gives it.
    pub model: Option<String>,
    /// Whether the request came from a desktop that reports the iPad-as-Mac User-Agent, so a
    /// touch screen seen by the page means an iPad.
    pub maybe_ipad: bool,
}

impl Detection {
    pub fn unknown() -> Detection {
        Detection {
            device: Device::Unknown,
            os_version: None,
            browser: None,
            in_app: None,
            model: None,
            maybe_ipad: false,
        }
    }

    pub fn is_bot(&self) -> bool {
        self.device == Device::Bot
    }

    /// The major number of `os_version`, for comparing with a flow's minimum.
    pub fn os_major(&self) -> Option<u32> {
        self.os_version.as_deref()?.split('.').next()?.parse().ok()
    }
}

/// Detects the device behind a request. Never panics; anything unreadable is `unknown`.
pub fn detect(signals: &Signals) -> Detection {
    let ua = signals.user_agent.trim();
    let lower = ua.to_ascii_lowercase();
    if ua.is_empty() && signals.hints.platform.is_none() {
        return Detection::unknown();
    }
    if bots::is_bot_user_agent(ua, &lower) {
        return Detection { device: Device::Bot, browser: None, ..Detection::unknown() };
    }
    let parsed = woothee::parser::Parser::new().parse(ua);
    if parsed.as_ref().is_some_and(|p| p.category == "crawler") {
        return Detection { device: Device::Bot, ..Detection::unknown() };
    }
    let woothee_os = parsed.as_ref().map(|p| p.os).unwrap_or("");

    let hints = &signals.hints;
    let model = hints.model.clone().or_else(|| android_model(ua));
    let from_ua = device_from_user_agent(&lower, woothee_os, model.as_deref());
    let device = match device_from_hints(hints, model.as_deref()) {
        // A "Linux" hint next to a User-Agent that names another system comes from device
        // emulation or a spoofed agent; no real browser on those systems says so.
        Some(Device::Linux) if from_ua != Device::Linux && from_ua != Device::Unknown => from_ua,
        // No browser that sends hints runs on iOS: an iPhone agent with hints is emulated.
        Some(_) if matches!(from_ua, Device::Iphone | Device::Ipad) => from_ua,
        Some(from_hints) => from_hints,
        None => from_ua,
    };

    let is_ios = matches!(device, Device::Iphone | Device::Ipad);
    let is_android = matches!(device, Device::Samsung | Device::Android);
    Detection {
        device,
        os_version: os_version(device, ua, hints),
        browser: browser_name(&lower, parsed.as_ref().map(|p| p.name)),
        in_app: in_app::detect_in_app(&lower, is_ios, is_android),
        model: model.filter(|m| !is_reduced_model(m)),
        maybe_ipad: device == Device::Mac && lower.contains("macintosh") && !lower.contains("chrome/"),
    }
}

fn device_from_hints(hints: &ClientHints, model: Option<&str>) -> Option<Device> {
    let platform = hints.platform.as_deref()?.to_ascii_lowercase();
    Some(match platform.as_str() {
        "android" => android_maker(model.unwrap_or("")),
        "windows" => Device::Windows,
        "macos" => Device::Mac,
        "chrome os" | "chromeos" | "chromium os" => Device::Chromeos,
        "linux" => Device::Linux,
        "ios" => {
            if model.is_some_and(|m| m.to_ascii_lowercase().contains("ipad")) {
                Device::Ipad
            } else {
                Device::Iphone
            }
        }
        _ => return None,
    })
}

/// Devices that browse but cannot take part: consoles, TVs, headsets, e-readers, cars, and
/// systems no walkthrough covers.
const NOT_A_GUIDE_DEVICE: &[&str] = &[
    "windows phone",
    "windows mobile",
    "windows ce",
    "windowsce",
    "zunewp7",
    "kaios",
    "xbox",
    "playstation",
    "nintendo",
    "tizen",
    "smart-tv",
    "smarttv",
    "hbbtv",
    "netcast",
    "googletv",
    "google tv",
    "webos",
    "hpwos",
    "oculusbrowser",
    "picobrowser",
    "quest",
    "mobile vr;",
    "kindle/",
    "apple tv",
    "homepod",
    "ouya",
    "tesla/",
    "cobalt/",
    "windows iot",
    "sunos",
    "freebsd",
    "openbsd",
    "netbsd",
    "haiku",
    "maemo",
    "sailfish",
    "palmsource",
    "blackberry",
    "bb10",
    "symbian",
    "series60",
    "meego",
    "firefox os",
    "(mobile; rv",
    "(tablet; rv",
];

static NOT_A_GUIDE_DEVICE_AUTOMATON: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| aho_corasick::AhoCorasick::new(NOT_A_GUIDE_DEVICE).ok());

fn device_from_user_agent(lower: &str, woothee_os: &str, model: Option<&str>) -> Device {
    let not_a_guide_device = match NOT_A_GUIDE_DEVICE_AUTOMATON.as_ref() {
        Some(automaton) => automaton.is_match(lower),
        None => NOT_A_GUIDE_DEVICE.iter().any(|m| lower.contains(m)),
    };
    if not_a_guide_device {
        return Device::Unknown;
    }
    if lower.contains("cros ") || lower.contains("cros;") || lower.contains("chromebook") || woothee_os == "ChromeOS" {
        return Device::Chromeos;
    }
    if lower.contains("android") || lower.contains("adr ") || lower.contains("silk/") || lower.contains("; kf") {
        return match model {
            Some(m) if !is_reduced_model(m) => android_maker(m),
            _ if lower.contains("samsungbrowser") || lower.contains("samsung") => Device::Samsung,
            _ => Device::Android,
        };
    }
    if lower.contains("ipad") {
        return Device::Ipad;
    }
    if lower.contains("iphone") || lower.contains("ipod") || lower.contains("iph os") || lower.contains("(ios;") {
        return Device::Iphone;
    }
    if lower.contains("windows")
        || lower.contains("winnt")
        || lower.contains("win32")
        || lower.contains("win64")
        || woothee_os.starts_with("Windows")
    {
        return Device::Windows;
    }
    if lower.contains("macintosh")
        || lower.contains("mac os x")
        || lower.contains("macos")
        || lower.contains("mac_powerpc")
        || woothee_os == "Mac OSX"
    {
        return Device::Mac;
    }
    if lower.contains("linux")
        || lower.contains("x11")
        || lower.contains("ubuntu")
        || lower.contains("fedora")
        || woothee_os == "Linux"
    {
        return Device::Linux;
    }
    Device::Unknown
}

/// Samsung by model code or name; any other maker is `android`.
fn android_maker(model: &str) -> Device {
    let upper = model.trim().to_ascii_uppercase();
    let samsung_codes = ["SM-", "GT-", "SCH-", "SGH-", "SHV-", "SHW-", "SPH-", "SC-", "SCV", "SCG"];
    let named = (upper.contains("GALAXY") && !upper.contains("NEXUS")) || upper.starts_with("SAMSUNG");
    if samsung_codes.iter().any(|c| upper.starts_with(c)) || named { Device::Samsung } else { Device::Android }
}

/// The model from an Android User-Agent: the first token after the Android version in
/// `(Linux; Android 14; SM-S918B)` or `(Linux; U; Android 4.0; en-us; GT-P7510 Build/…)`,
/// skipping locales and flags. The reduced UA's `K` is kept, and recognised as no model.
fn android_model(ua: &str) -> Option<String> {
    let start = ua.find("Android").or_else(|| ua.find("Adr "))?;
    let inside = &ua[start..];
    let inside = &inside[..inside.find(')').unwrap_or(inside.len())];
    let token =
        inside.split(';').skip(1).map(|t| t.trim()).map(|t| t.split(" Build/").next().unwrap_or(t).trim()).find(
            |t| {
                !t.is_empty()
                    && !matches!(*t, "U" | "wv" | "Mobile" | "Tablet")
                    && !t.starts_with("rv:")
                    && !is_locale_token(t)
                    && !t.contains('*')
            },
        )?;
    let token = token.strip_prefix("SAMSUNG ").unwrap_or(token);
    (token.len() <= 64).then(|| token.to_owned())
}

fn is_reduced_model(model: &str) -> bool {
    model == "K"
}

/// Old Android UAs put a locale (`en-us`) where the model goes.
fn is_locale_token(token: &str) -> bool {
    let b = token.as_bytes();
    (b.len() == 5
        && (b[2] == b'-' || b[2] == b'_')
        && b.iter().all(|c| c.is_ascii_alphabetic() || *c == b'-' || *c == b'_'))
        || (b.len() == 2 && b.iter().all(|c| c.is_ascii_lowercase()))
}

fn os_version(device: Device, ua: &str, hints: &ClientHints) -> Option<String> {
    match device {
        Device::Iphone | Device::Ipad => ios_version(ua),
        Device::Samsung | Device::Android => {
            if hints.platform_is("android")
                && let Some(v) = hints.platform_version.as_deref().and_then(android_release)
            {
                return Some(v);
            }
            android_ua_version(ua)
        }
        Device::Windows => windows_version(ua, hints),
        Device::Mac => {
            if hints.platform_is("macos")
                && let Some(v) = hints.platform_version.as_deref().filter(|v| is_version(v))
            {
                return Some(v.to_owned());
            }
            mac_ua_version(ua)
        }
        _ => None,
    }
}

/// iOS from `OS 17_4_1 like Mac OS X` (or `CPU iPhone 16_4_1`, `iOS 16.4.1`, `FBSV/13.6.1`);
/// from iOS 26 on Safari freezes the OS token at `18_6` and tells the real version only in
/// `Version/26.x`.
fn ios_version(ua: &str) -> Option<String> {
    let ua = if ua.contains(' ') { ua.to_owned() } else { ua.replace('+', " ") };
    let from_os_token = ua.find("CPU ").and_then(|i| {
        let rest = &ua[i + 4..ua[i..].find("like").map_or(ua.len(), |e| i + e)];
        rest.split([' ', ';']).find_map(underscore_version)
    });
    let (major, minor) =
        from_os_token.or_else(|| ["iOS ", "FBSV/", "iOS/", "iPh OS "].iter().find_map(|t| dotted_after(&ua, t)))?;
    if let Some(safari) = version_token(&ua, "Version/")
        && (26..=99).contains(&safari.0)
        && safari.0 > major
    {
        return Some(format!("{}.{}", safari.0, safari.1));
    }
    Some(format!("{major}.{minor}"))
}

/// `17_4_1` → `(17, 4)`.
fn underscore_version(word: &str) -> Option<(u32, u32)> {
    let mut parts = word.split('_');
    let major: u32 = parts.next()?.parse().ok()?;
    let minor: u32 = parts.next()?.parse().ok()?;
    (1..=99).contains(&major).then_some((major, minor))
}

/// `iOS 16.4.1` → `(16, 4)` after the given token.
fn dotted_after(ua: &str, token: &str) -> Option<(u32, u32)> {
    let rest = &ua[ua.find(token)? + token.len()..];
    let mut parts = rest.split(|c: char| !c.is_ascii_digit());
    let major: u32 = parts.next()?.parse().ok()?;
    let minor: u32 = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    (1..=99).contains(&major).then_some((major, minor))
}

/// `(major, minor)` after a token like `Version/`.
fn version_token(ua: &str, token: &str) -> Option<(u32, u32)> {
    let rest = &ua[ua.find(token)? + token.len()..];
    let mut parts = rest.split(|c: char| !c.is_ascii_digit());
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
    Some((major, minor))
}

/// `Android 14` → `14`, `Android 8.1.0` → `8.1` (also `Android-4.0.3`, `Android4.0.4`,
/// `Adr 4.2.2`); Chrome's reduced `Android 10; K` says nothing.
fn android_ua_version(ua: &str) -> Option<String> {
    let (at, token) = ["Android", "Adr "].iter().find_map(|t| ua.find(t).map(|i| (i, *t)))?;
    let rest = ua[at + token.len()..].trim_start_matches([' ', '-']);
    let end = rest.find([';', ')']).unwrap_or(rest.len());
    let version = rest[..end].trim();
    let after = &rest[end..];
    if version == "10" && (after.starts_with("; K)") || after.starts_with("; K;")) {
        return None;
    }
    android_release(version)
}

/// Normalises an Android release: `14.0.0` → `14`, `8.1.0` → `8.1`.
fn android_release(version: &str) -> Option<String> {
    let mut parts = version.split('.');
    let major: u32 = parts.next()?.trim().parse().ok()?;
    if major == 0 || major > 99 {
        return None;
    }
    match parts.next().and_then(|m| m.parse::<u32>().ok()) {
        Some(minor) if minor > 0 => Some(format!("{major}.{minor}")),
        _ => Some(major.to_string()),
    }
}

/// Windows 11 is knowable only from `Sec-CH-UA-Platform-Version` 13 or more; `Windows NT 10.0`
/// alone is frozen and says nothing.
fn windows_version(ua: &str, hints: &ClientHints) -> Option<String> {
    if hints.platform_is("windows")
        && let Some(major) = hints.platform_major()
    {
        let minor = hints
            .platform_version
            .as_deref()
            .and_then(|v| v.split('.').nth(1))
            .and_then(|m| m.parse::<u32>().ok())
            .unwrap_or(0);
        return Some(
            match (major, minor) {
                (13.., _) => "11",
                (1..=12, _) => "10",
                (0, 1) => "7",
                (0, 2) => "8",
                (0, 3) => "8.1",
                // 0.0.0 stands for any of Windows 7, 8 and 8.1: the User-Agent tells which.
                _ => return nt_version(ua),
            }
            .to_owned(),
        );
    }
    nt_version(ua)
}

/// The Windows name behind `Windows NT 6.1` and friends; `10.0` is frozen and says nothing.
fn nt_version(ua: &str) -> Option<String> {
    if ua.contains("Windows XP") {
        return Some("XP".to_owned());
    }
    let rest = &ua[ua.find("Windows NT ")? + "Windows NT ".len()..];
    let end = rest.find([';', ')']).unwrap_or(rest.len());
    let named = match rest[..end].trim() {
        "6.4" => "10",
        "6.3" => "8.1",
        "6.2" => "8",
        "6.1" => "7",
        "6.0" => "Vista",
        "5.1" | "5.2" => "XP",
        "5.0" => "2000",
        _ => return None,
    };
    Some(named.to_owned())
}

/// `Mac OS X 10_14_6` → `10.14.6`. Browsers freeze modern macOS: Safari and Chrome at `10_15_7`,
/// Firefox at `10.15`; neither is a version.
fn mac_ua_version(ua: &str) -> Option<String> {
    let token = ["Mac OS X ", "MacOS X "].iter().find(|t| ua.contains(**t))?;
    let rest = &ua[ua.find(token)? + token.len()..];
    let raw: String = rest.chars().take_while(|c| c.is_ascii_digit() || *c == '_' || *c == '.').collect();
    let version = raw.replace('_', ".");
    let version = version.trim_end_matches('.');
    (is_version(version) && !matches!(version, "10.15.7" | "10.15")).then(|| version.to_owned())
}

fn is_version(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 16
        && value.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

fn browser_name(lower: &str, woothee_name: Option<&str>) -> Option<String> {
    let named = [
        ("edga/", "Edge"),
        ("edgios/", "Edge"),
        ("edg/", "Edge"),
        ("samsungbrowser/", "Samsung Internet"),
        ("opr/", "Opera"),
        ("opios/", "Opera"),
        ("firefox/", "Firefox"),
        ("fxios/", "Firefox"),
        ("crios/", "Chrome"),
        ("vivaldi/", "Vivaldi"),
        ("brave", "Brave"),
    ];
    if let Some((_, name)) = named.iter().find(|(token, _)| lower.contains(token)) {
        return Some((*name).to_owned());
    }
    woothee_name.filter(|n| *n != "UNKNOWN" && !n.is_empty()).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(ua: &str, hints: &[(&str, &str)]) -> Detection {
        let mut pairs: Vec<(&str, &[u8])> = vec![("user-agent", ua.as_bytes())];
        pairs.extend(hints.iter().map(|(n, v)| (*n, v.as_bytes())));
        detect(&Signals::from_pairs(pairs))
    }

    #[test]
    fn an_iphone_with_safari_is_an_iphone_on_its_ios_version() {
        let d = run(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
            &[],
        );
        assert_eq!(d.device, Device::Iphone);
        assert_eq!(d.os_version.as_deref(), Some("17.4"));
        assert_eq!(d.browser.as_deref(), Some("Safari"));
        assert_eq!(d.in_app, None);
    }

    #[test]
    fn ios_26_is_read_from_the_safari_version_not_the_frozen_os_token() {
        let d = run(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1",
            &[],
        );
        assert_eq!(d.os_version.as_deref(), Some("26.1"));
    }

    #[test]
    fn an_absurd_safari_version_is_not_taken_for_the_ios_version() {
        let d = run(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/4000000000.4000000000 Mobile/15E148 Safari/604.1",
            &[],
        );
        assert_eq!(d.os_version.as_deref(), Some("18.6"));
    }

    #[test]
    fn reduced_chrome_on_android_is_android_without_a_version() {
        let d = run(
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
            &[],
        );
        assert_eq!(d.device, Device::Android);
        assert_eq!(d.os_version, None);
        assert_eq!(d.model, None);
    }

    #[test]
    fn client_hints_reveal_the_samsung_and_its_android_version() {
        let d = run(
            "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
            &[
                ("sec-ch-ua-platform", "\"Android\""),
                ("sec-ch-ua-model", "\"SM-S918B\""),
                ("sec-ch-ua-platform-version", "\"14.0.0\""),
            ],
        );
        assert_eq!(d.device, Device::Samsung);
        assert_eq!(d.os_version.as_deref(), Some("14"));
        assert_eq!(d.model.as_deref(), Some("SM-S918B"));
    }

    #[test]
    fn samsung_internet_and_model_codes_mean_samsung() {
        let d = run(
            "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
            &[],
        );
        assert_eq!(d.device, Device::Samsung);
        assert_eq!(d.os_version.as_deref(), Some("13"));
        assert_eq!(d.browser.as_deref(), Some("Samsung Internet"));
    }

    #[test]
    fn windows_11_is_known_only_from_the_platform_version_hint() {
        let ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        assert_eq!(run(ua, &[]).os_version, None);
        let eleven = run(ua, &[("sec-ch-ua-platform", "\"Windows\""), ("sec-ch-ua-platform-version", "\"15.0.0\"")]);
        assert_eq!(eleven.device, Device::Windows);
        assert_eq!(eleven.os_version.as_deref(), Some("11"));
        let ten = run(ua, &[("sec-ch-ua-platform", "\"Windows\""), ("sec-ch-ua-platform-version", "\"10.0.0\"")]);
        assert_eq!(ten.os_version.as_deref(), Some("10"));
    }

    #[test]
    fn a_linux_hint_beside_a_phone_agent_is_emulation_and_the_agent_wins() {
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
        assert_eq!(run(iphone, &[("sec-ch-ua-platform", "\"Linux\"")]).device, Device::Iphone);
        let pixel = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
        assert_eq!(run(pixel, &[("sec-ch-ua-platform", "\"Linux\"")]).device, Device::Android);
    }

    #[test]
    fn firefox_on_android_has_no_model() {
        let d = run("Mozilla/5.0 (Android 14; Mobile; rv:125.0) Gecko/125.0 Firefox/125.0", &[]);
        assert_eq!(d.device, Device::Android);
        assert_eq!(d.os_version.as_deref(), Some("14"));
        assert_eq!(d.model, None);
    }

    #[test]
    fn the_frozen_mac_version_is_not_a_version() {
        let d = run(
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
            &[],
        );
        assert_eq!(d.device, Device::Mac);
        assert_eq!(d.os_version, None);
        assert!(d.maybe_ipad);
    }

    #[test]
    fn teams_on_iphone_is_an_in_app_browser() {
        let d = run(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 TeamsMobile-iOS",
            &[],
        );
        assert_eq!(d.device, Device::Iphone);
        assert_eq!(d.in_app, Some(InApp::Teams));
    }

    #[test]
    fn bots_and_empty_agents_are_told_apart() {
        assert_eq!(run("curl/8.5.0", &[]).device, Device::Bot);
        assert_eq!(run("", &[]).device, Device::Unknown);
        assert_eq!(run("\u{0}\u{1}garbage", &[]).device, Device::Unknown);
    }

    #[test]
    fn non_utf8_and_huge_headers_degrade_quietly() {
        let mut huge = b"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) ".to_vec();
        huge.extend(std::iter::repeat_n(0xFFu8, 100_000));
        let d = detect(&Signals::from_pairs(vec![("user-agent", huge.as_slice())]));
        assert_eq!(d.device, Device::Iphone);
        let d = detect(&Signals::from_pairs(vec![("user-agent", &[0xC3u8, 0x28][..])]));
        assert_eq!(d.device, Device::Unknown);
    }
}

#[cfg(test)]
mod corpus_tests;

#[cfg(test)]
mod property_tests;
