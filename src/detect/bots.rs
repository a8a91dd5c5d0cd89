//! Automated clients: crawlers, HTTP libraries, monitors, link previewers and email security
//! scanners. Three checks, all on the User-Agent: the maintained crawler list
//! (`crawler-patterns.txt`), the markers this guide adds for its own audience (Office link checks,
//! mail security scanners, monitors, generic words), and the shape of the header: a client that
//! does not present itself as a browser is automated.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::{Regex, RegexBuilder};

/// The patterns of `monperrus/crawler-user-agents` (MIT, see `crawler-patterns.LICENSE`):
/// regular expressions, case-sensitive, one a line; `#` lines say where they come from.
/// Refreshed with `scripts/refresh-crawler-patterns.sh`.
const CRAWLER_PATTERNS: &str = include_str!("crawler-patterns.txt");

/// Patterns of the list that also match real browsers (device models, browser names) and are
/// left out: `AP3A.240617.008` is an Android build, `Sonic` a ViewSonic, `Butterfly` an HTC,
/// `Fever` and `Expanse` phone models, `008/` a DESAY phone, `Sogou` the Sogou browser (its
/// spider still says "spider"), `Viber` and `Fluid` apps, `Code/1.` Visual Studio Code.
const REAL_BROWSER_PATTERNS: &[&str] = &[
    r"AP3A\.240617\.008",
    "Sonic",
    "Butterfly",
    "Fever",
    "Expanse",
    r"008\/",
    "Sogou",
    "Viber",
    "Fluid",
    r"Code\/1\.",
];

/// Lower-case substrings the list does not cover: email gateways that rewrite and pre-open every
/// link in an announcement matter most here, then Office's own link checks.
const MARKERS: &[&str] = &[
    // Office and mail security scanners
    "ms-office",
    "microsoft office existence discovery",
    "microsoft office/",
    "msoffice",
    "office 365 safe links",
    "safelinks",
    "proofpoint",
    "mimecast",
    "barracuda",
    "ironport",
    "cisco secure email",
    "trendmicro",
    "trend micro",
    "symantec",
    "messagelabs",
    "forcepoint",
    "sophos",
    "fortiguard",
    "fortinet",
    "zscaler",
    "checkpoint",
    "avanan",
    "agari",
    "abnormal security",
    "cloudmark",
    "spamhaus",
    "virustotal",
    "urlscan",
    "netcraft",
    "paloalto",
    "fireeye",
    "trellix",
    // link previewers in chat and mail
    "skypeuripreview",
    "teams link preview",
    "microsoftpreview",
    "google web preview",
    "quora link preview",
    "googleimageproxy",
    "slack-imgproxy",
    // monitors, tools and libraries
    "datadog",
    "elastic/synthetics",
    "blackbox exporter",
    "powershell",
    "winhttp",
    "rss-platform",
    "jsdom",
    "headless",
    "lighthouse",
    // generic
    "crawler",
    "spider",
    "bot/",
    "bot;",
    "bot ",
    "bot)",
    "bot-",
    "-bot",
    "_bot",
    "robot",
    "preview",
    "scanner",
    "fetcher",
    "checker",
    "monitor",
    "validator",
    "archiver",
    "linkcheck",
];

/// Tokens of real devices that would otherwise trip the generic markers.
const FALSE_FRIENDS: &[&str] = &["cubot", "robotics"];

/// Systems and devices named in a browser's platform section (lower case).
const PLATFORM_TOKENS: &[&str] = &[
    "windows",
    "win32",
    "win64",
    "winnt",
    "win9",
    "win7",
    "win8",
    "win10",
    "win11",
    "macintosh",
    "mac os",
    "mac_powerpc",
    "linux",
    "android",
    "iphone",
    "ipad",
    "ipod",
    "ios",
    "x11",
    "cros",
    "darwin",
    "amiga",
    "haiku",
    "bsd",
    "sunos",
    "symbian",
    "series60",
    "blackberry",
    "bb10",
    "tizen",
    "webos",
    "kaios",
    "playstation",
    "nintendo",
    "xbox",
    "watchos",
    "watch1",
    "watch2",
    "watch3",
    "watch4",
    "watch5",
    "watch6",
    "watch7",
    "roku",
    "hbbtv",
    "smarttv",
    "smart-tv",
    "tv;",
    "palm",
    "openharmony",
    "brew/",
];

/// Engines, browsers and phone clients (lower case): what a User-Agent of a person names.
const BROWSER_TOKENS: &[&str] = &[
    "applewebkit",
    "webkit",
    "gecko",
    "trident",
    "presto",
    "khtml",
    "msie",
    "opera",
    "opr/",
    "chrome",
    "chromium",
    "safari",
    "firefox",
    "konqueror",
    "netfront",
    "obigo",
    "up.browser",
    "ucweb",
    "ucbrowser",
    "browser",
    "polaris",
    "midp",
    "cldc",
    "wap",
    "lynx",
    "w3m",
    "links",
    "dillo",
    "netsurf",
    "mosaic",
    "sleipnir",
    "cfnetwork",
    "dalvik",
    "fban",
    "docomo",
    "kddi",
    "softbank",
    "nokia",
    "samsung",
    "teleca",
    "xiino",
    "hotjava",
    "amaya",
];

static MARKER_AUTOMATON: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| AhoCorasick::new(MARKERS).ok());
static PLATFORM_AUTOMATON: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| AhoCorasick::new(PLATFORM_TOKENS).ok());
static BROWSER_AUTOMATON: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| AhoCorasick::new(BROWSER_TOKENS).ok());

/// Every pattern of the list in one regular expression: one pass over the User-Agent.
static CRAWLERS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let alternation: Vec<String> = crawler_patterns().map(|p| format!("(?:{p})")).collect();
    RegexBuilder::new(&alternation.join("|")).size_limit(64 << 20).dfa_size_limit(16 << 20).build().ok()
});

fn crawler_patterns() -> impl Iterator<Item = &'static str> {
    CRAWLER_PATTERNS
        .lines()
        .map(str::trim_end)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter(|pattern| !REAL_BROWSER_PATTERNS.contains(pattern))
}

/// Whether the User-Agent belongs to an automated client. `ua_lower` is `ua` in lower case.
pub fn is_bot_user_agent(ua: &str, ua_lower: &str) -> bool {
    let trimmed = ua_lower.trim();
    if trimmed == "curl" || trimmed == "wget" || trimmed == "mozilla/4.0 (compatible;)" || trimmed == "mozilla/5.0" {
        return true;
    }
    has_marker(ua_lower) || CRAWLERS.as_ref().is_some_and(|list| list.is_match(ua)) || not_a_browser(trimmed)
}

fn has_marker(ua_lower: &str) -> bool {
    if FALSE_FRIENDS.iter().any(|f| ua_lower.contains(f)) {
        let cleaned = FALSE_FRIENDS.iter().fold(ua_lower.to_owned(), |acc, f| acc.replace(f, ""));
        return MARKERS.iter().any(|m| cleaned.contains(m));
    }
    contains_any(&MARKER_AUTOMATON, MARKERS, ua_lower)
}

fn contains_any(automaton: &Option<AhoCorasick>, tokens: &[&str], haystack: &str) -> bool {
    match automaton {
        Some(automaton) => automaton.is_match(haystack),
        None => tokens.iter().any(|t| haystack.contains(t)),
    }
}

/// The shape of a User-Agent that no browser sends: a web address or e-mail address (browsers
/// never carry one, crawlers do so their owners can be found), a name inside the engine's
/// `(KHTML, like Gecko; …)`, `Mozilla/5.0 (compatible; Name…)` that is not Internet Explorer or
/// Konqueror and names no system, a bare `Mozilla/5.0 Name` with neither engine nor system, and
/// anything else that names no system, engine or browser at all (`Blackboard Safeassign`), or is
/// one bare word (`Chrome`, `undici`). An agent without a letter (empty, `-`) or with control
/// characters is left to the device checks, which call it unknown.
fn not_a_browser(ua_lower: &str) -> bool {
    if !ua_lower.bytes().any(|b| b.is_ascii_alphabetic()) || ua_lower.chars().any(char::is_control) {
        return false;
    }
    if has_address(ua_lower) || ua_lower.contains("(khtml, like gecko;") || ua_lower.contains("(khtml,like gecko;") {
        return true;
    }
    let names_platform = contains_any(&PLATFORM_AUTOMATON, PLATFORM_TOKENS, ua_lower);
    if let Some(rest) = ua_lower.strip_prefix("mozilla/5.0") {
        if names_platform {
            return false;
        }
        if let Some(inside) = rest.trim_start().strip_prefix("(compatible;") {
            let name = inside.split([';', ')']).next().unwrap_or("").trim();
            let browser = ["msie", "konqueror", "iemobile"].iter().any(|b| name.starts_with(b)) || name == "u";
            if !browser {
                return true;
            }
        }
        return !contains_any(&BROWSER_AUTOMATON, BROWSER_TOKENS, ua_lower);
    }
    if names_platform {
        return false;
    }
    let one_word = !ua_lower.contains([' ', '/', '(']);
    one_word || (!ua_lower.contains("mozilla/") && !contains_any(&BROWSER_AUTOMATON, BROWSER_TOKENS, ua_lower))
}

/// `http://`, `https://`, `+http`, `www.name.tld`, `mailto:` or `name@host.tld`.
fn has_address(ua_lower: &str) -> bool {
    if ["http://", "https://", "+http", "mailto:"].iter().any(|t| ua_lower.contains(t)) {
        return true;
    }
    let dotted_after = |rest: &str| {
        let host: &str =
            rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-')).next().unwrap_or("");
        let mut labels = host.split('.');
        labels.next().is_some_and(|l| !l.is_empty()) && labels.next().is_some_and(|l| l.len() >= 2)
    };
    let www = ua_lower.match_indices("www.").any(|(at, t)| dotted_after(&ua_lower[at + t.len()..]));
    let email = ua_lower.match_indices('@').any(|(at, _)| {
        ua_lower[..at].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric())
            && dotted_after(&ua_lower[at + 1..])
    });
    www || email
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_bot(ua: &str) -> bool {
        is_bot_user_agent(ua, &ua.to_ascii_lowercase())
    }

    #[test]
    fn clients_that_are_not_browsers_are_bots_even_unnamed() {
        for ua in [
            "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)",
            "Blackboard Safeassign",
            "Citoid (Wikimedia tool; learn more at https://www.mediawiki.org/wiki/Citoid)",
        ] {
            assert!(is_bot(ua), "{ua}");
        }
    }

    #[test]
    fn the_crawler_list_compiles_whole_and_pattern_by_pattern() {
        assert!(CRAWLERS.is_some());
        assert!(crawler_patterns().count() > 1_000);
        for pattern in crawler_patterns() {
            assert!(Regex::new(pattern).is_ok(), "{pattern}");
        }
    }

    #[test]
    fn every_pattern_left_out_is_still_in_the_list() {
        for pattern in REAL_BROWSER_PATTERNS {
            assert!(CRAWLER_PATTERNS.lines().any(|line| line == *pattern), "{pattern} is gone from the list");
        }
    }

    #[test]
    fn browsers_in_app_views_and_old_phones_are_not_bots() {
        for ua in [
            "Mozilla/5.0 (Linux; Android 15; CPH2581 Build/AP3A.240617.008; ) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/141.0.7390.122 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Code/1.85.1 Chrome/114.0.5735.289 Electron/25.9.7 Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 TeamsMobile-iOS",
            "Outlook-iOS/719.3623017.prod.iphone (4.20.0)",
            "[FBAN/FBIOS;FBAV/283.0.0.44.117;FBBV/238386386;FBDV/iPhone12,1;FBMD/iPhone;FBSN/iOS;FBSV/13.6.1]",
            "Dalvik/2.1.0 (Linux; U; Android 9; HP Chromebook x360 11 G1 EE Build/R80-12739.111.0)",
            "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Win64; x64; Trident/6.0)",
            "Mozilla/5.0 (compatible; Konqueror/3.5; Linux; X11; x86_64) KHTML/3.5.6 (like Gecko) (Kubuntu)",
            "Opera/9.80 (Windows NT 6.1; U; en) Presto/2.8.131 Version/11.10",
            "Lynx/2.8.5dev.16 libwww-FM/2.14 SSL-MM/1.4.1 OpenSSL/0.9.6b",
            "BlackBerry9700/5.0.0.1014 Profile/MIDP-2.1 Configuration/CLDC-1.1 VendorID/220",
            "",
            "-",
        ] {
            assert!(!is_bot(ua), "{ua}");
        }
    }

    #[test]
    fn scanners_previewers_and_libraries_are_bots() {
        for ua in [
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "curl/8.5.0",
            "python-requests/2.31.0",
            "Go-http-client/1.1",
            "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 skype-url-preview@microsoft.com",
            "Microsoft Office Existence Discovery",
            "Mozilla/4.0 (compatible; ms-office; MSOffice 16)",
            "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36",
        ] {
            assert!(is_bot(ua), "{ua}");
        }
    }

    #[test]
    fn real_phones_are_not_bots() {
        for ua in [
            "Mozilla/5.0 (Linux; Android 10; CUBOT P40) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
        ] {
            assert!(!is_bot(ua), "{ua}");
        }
    }
}
