//! Embedded web views inside other apps, where passkeys cannot be created.

use serde::{Deserialize, Serialize};

/// The app whose built-in browser opened the link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InApp {
    Outlook,
    Teams,
    Linkedin,
    Facebook,
    Instagram,
    Gmail,
    Slack,
    Line,
    Wechat,
    /// An unnamed app's web view.
    Webview,
}

impl InApp {
    pub fn as_str(self) -> &'static str {
        match self {
            InApp::Outlook => "outlook",
            InApp::Teams => "teams",
            InApp::Linkedin => "linkedin",
            InApp::Facebook => "facebook",
            InApp::Instagram => "instagram",
            InApp::Gmail => "gmail",
            InApp::Slack => "slack",
            InApp::Line => "line",
            InApp::Wechat => "wechat",
            InApp::Webview => "webview",
        }
    }
}

/// `(lower-case token, app)`, most specific first.
const APP_TOKENS: &[(&str, InApp)] = &[
    ("teamsmobile", InApp::Teams),
    ("msteams", InApp::Teams),
    (" teams/", InApp::Teams),
    ("outlook-ios", InApp::Outlook),
    ("outlook-android", InApp::Outlook),
    ("outlookmobile", InApp::Outlook),
    ("ms-outlook", InApp::Outlook),
    ("linkedinapp", InApp::Linkedin),
    ("fban/", InApp::Facebook),
    ("fbav/", InApp::Facebook),
    ("fb_iab", InApp::Facebook),
    ("instagram", InApp::Instagram),
    ("gmail", InApp::Gmail),
    ("slack/", InApp::Slack),
    ("slack_ssb", InApp::Slack),
    (" line/", InApp::Line),
    ("micromessenger", InApp::Wechat),
];

/// Recognises an in-app browser on iOS or Android from the lower-cased User-Agent.
pub fn detect_in_app(ua_lower: &str, is_ios: bool, is_android: bool) -> Option<InApp> {
    if !is_ios && !is_android {
        return None;
    }
    if let Some((_, app)) = APP_TOKENS.iter().find(|(token, _)| ua_lower.contains(token)) {
        return Some(*app);
    }
    if is_android && ua_lower.contains("; wv)") {
        return Some(InApp::Webview);
    }
    if is_ios {
        // Safari and every real iOS browser add "Safari/"; WKWebView in an app does not.
        let real_browser = ["safari/", "crios/", "fxios/", "edgios/", "opios/", "opt/", "gsa/", "yabrowser"]
            .iter()
            .any(|t| ua_lower.contains(t));
        if !real_browser && ua_lower.contains("mobile/") {
            return Some(InApp::Webview);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teams_and_outlook_web_views_are_named() {
        let teams = "mozilla/5.0 (iphone; cpu iphone os 17_2 like mac os x) applewebkit/605.1.15 (khtml, like gecko) mobile/15e148 teamsmobile-ios";
        assert_eq!(detect_in_app(teams, true, false), Some(InApp::Teams));
    }

    #[test]
    fn an_android_web_view_is_recognised() {
        let wv = "mozilla/5.0 (linux; android 14; pixel 8; wv) applewebkit/537.36 (khtml, like gecko) version/4.0 chrome/120.0.0.0 mobile safari/537.36";
        assert_eq!(detect_in_app(wv, false, true), Some(InApp::Webview));
    }

    #[test]
    fn safari_and_chrome_are_not_in_app() {
        let safari = "mozilla/5.0 (iphone; cpu iphone os 17_4 like mac os x) applewebkit/605.1.15 (khtml, like gecko) version/17.4 mobile/15e148 safari/604.1";
        assert_eq!(detect_in_app(safari, true, false), None);
        let crios = "mozilla/5.0 (iphone; cpu iphone os 17_4 like mac os x) applewebkit/605.1.15 (khtml, like gecko) crios/122.0.6261.89 mobile/15e148 safari/604.1";
        assert_eq!(detect_in_app(crios, true, false), None);
    }
}
