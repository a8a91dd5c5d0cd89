//! What the detector and event targets share: reading an input as a block of request headers,
//! and the promises every detection keeps.

use http::{HeaderMap, HeaderName, HeaderValue};
use passkey_guide::detect::Detection;
use passkey_guide::domain::device::Device;

/// Reads `name: value` lines (`\n` or `\r\n`) into headers. A line that is no valid header is
/// dropped, as the HTTP server would refuse it; repeated names are kept in order.
pub fn header_block(text: &[u8]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for line in text.split(|b| *b == b'\n').take(64) {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let Some(colon) = line.iter().position(|b| *b == b':') else { continue };
        let value = line[colon + 1..].trim_ascii();
        if let (Ok(name), Ok(value)) = (HeaderName::from_bytes(&line[..colon]), HeaderValue::from_bytes(value)) {
            headers.append(name, value);
        }
    }
    headers
}

/// The vocabulary and bounds of a detection, whatever the headers were.
pub fn check_detection(d: &Detection) {
    assert!(Device::ALL.contains(&d.device), "{d:?}");
    if let Some(version) = &d.os_version {
        assert!(!version.is_empty() && version.len() <= 16, "os_version {version:?}");
        let named = matches!(version.as_str(), "XP" | "Vista");
        let dotted = version.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        assert!(named || dotted, "os_version {version:?}");
    }
    if matches!(d.device, Device::Bot | Device::Unknown | Device::Linux | Device::Chromeos) {
        assert_eq!(d.os_version, None, "{d:?}");
    }
    if d.device == Device::Bot {
        assert_eq!((&d.browser, d.in_app, &d.model), (&None, None, &None), "{d:?}");
    }
    if d.in_app.is_some() {
        assert!(d.device.is_mobile(), "{d:?}");
    }
    if d.maybe_ipad {
        assert_eq!(d.device, Device::Mac, "{d:?}");
    }
    if let Some(model) = &d.model {
        assert!(!model.is_empty() && model.len() <= 256 && model != "K", "model {model:?}");
    }
    if let Some(browser) = &d.browser {
        assert!(!browser.is_empty(), "{d:?}");
    }
}
