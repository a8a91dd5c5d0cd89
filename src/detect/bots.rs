//! Crawlers, HTTP libraries, monitors, link previewers and email security scanners.

/// Substrings (lower case) that mark an automated client. Email gateways that rewrite and
/// pre-open every link in an announcement are the ones that matter most here.
const MARKERS: &[&str] = &[
    // search and social crawlers
    "googlebot",
    "bingbot",
    "bingpreview",
    "slurp",
    "duckduckbot",
    "baiduspider",
    "yandex.com/bots",
    "applebot",
    "petalbot",
    "ahrefsbot",
    "semrushbot",
    "mj12bot",
    "dotbot",
    "crawler",
    "spider",
    "google-pagerenderer",
    "google web preview",
    "googleother",
    "google-inspectiontool",
    "feedfetcher",
    // link previewers in chat and mail
    "facebookexternalhit",
    "facebookcatalog",
    "twitterbot",
    "linkedinbot",
    "slackbot",
    "slack-imgproxy",
    "discordbot",
    "telegrambot",
    "whatsapp",
    "skypeuripreview",
    "teams link preview",
    "microsoftpreview",
    "embedly",
    "iframely",
    "redditbot",
    "pinterestbot",
    "outbrain",
    "vkshare",
    "w3c_validator",
    "bitlybot",
    "tumblr",
    "quora link preview",
    "mastodon",
    "pleroma",
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
    // uptime and synthetic monitoring
    "uptimerobot",
    "pingdom",
    "statuscake",
    "site24x7",
    "datadog",
    "newrelic",
    "new relic",
    "checkly",
    "uptime-kuma",
    "uptime kuma",
    "better uptime",
    "betteruptime",
    "freshping",
    "hetrixtools",
    "nagios",
    "zabbix",
    "monitis",
    "gomez",
    "catchpoint",
    "dynatrace",
    "elastic/synthetics",
    "kube-probe",
    "googlehc",
    "elb-healthchecker",
    "prometheus",
    "blackbox exporter",
    // HTTP libraries and tools
    "curl/",
    "wget/",
    "python-requests",
    "python-urllib",
    "python-httpx",
    "aiohttp",
    "httpx/",
    "go-http-client",
    "okhttp",
    "java/",
    "apache-httpclient",
    "jakarta commons-httpclient",
    "axios/",
    "node-fetch",
    "undici",
    "got (https://",
    "libwww-perl",
    "lwp::simple",
    "mechanize",
    "httpie",
    "postmanruntime",
    "insomnia",
    "powershell",
    "winhttp",
    "restsharp",
    "guzzlehttp",
    "ruby",
    "faraday",
    "reqwest",
    "hyper/",
    "dart:io",
    "scrapy",
    "colly",
    "httpclient",
    "php/",
    "libcurl",
    "wordpress/",
    "insomnia/",
    "k6/",
    "wrk",
    "apachebench",
    "jmeter",
    "gatling",
    "locust",
    // headless and automation
    "headlesschrome",
    "phantomjs",
    "puppeteer",
    "playwright",
    "selenium",
    "electron/bot",
    "lighthouse",
    "chrome-lighthouse",
    "pagespeed",
    "gtmetrix",
    // others seen in the wild
    "rss-platform",
    "rssreader",
    "feedreader",
    "java-http-client",
    "jsdom",
    "cardyb",
    "googleimageproxy",
    "google-read-aloud",
    "storebot",
    "ptst/",
    "google-safety",
    "adsbot",
    "mediapartners",
    "apis-google",
    "feedburner",
    "chrome-compression-proxy",
    // generic
    "bot/",
    "bot;",
    "bot ",
    "bot)",
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
    "ia_archiver",
    "linkcheck",
];

/// Tokens of real devices that would otherwise trip the generic markers.
const FALSE_FRIENDS: &[&str] = &["cubot", "robotics"];

/// All markers in one automaton: one pass over the User-Agent instead of one search each.
static AUTOMATON: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
    std::sync::LazyLock::new(|| aho_corasick::AhoCorasick::new(MARKERS).ok());

/// Whether the User-Agent belongs to an automated client.
pub fn is_bot_user_agent(ua_lower: &str) -> bool {
    let trimmed = ua_lower.trim();
    if trimmed == "curl" || trimmed == "wget" || trimmed == "mozilla/4.0 (compatible;)" || trimmed == "mozilla/5.0" {
        return true;
    }
    if FALSE_FRIENDS.iter().any(|f| ua_lower.contains(f)) {
        let cleaned = FALSE_FRIENDS.iter().fold(ua_lower.to_owned(), |acc, f| acc.replace(f, ""));
        return MARKERS.iter().any(|m| cleaned.contains(m));
    }
    match AUTOMATON.as_ref() {
        Some(automaton) => automaton.is_match(ua_lower),
        None => MARKERS.iter().any(|m| ua_lower.contains(m)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert!(is_bot_user_agent(&ua.to_ascii_lowercase()), "{ua}");
        }
    }

    #[test]
    fn real_phones_are_not_bots() {
        for ua in [
            "Mozilla/5.0 (Linux; Android 10; CUBOT P40) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
        ] {
            assert!(!is_bot_user_agent(&ua.to_ascii_lowercase()), "{ua}");
        }
    }
}
