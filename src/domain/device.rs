//! The device classes the guide tells apart (SPEC.md, "Devices").

use serde::{Deserialize, Serialize};

/// What kind of device a visitor is on. Stable ids: they appear in URLs, events and the API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum Device {
    Iphone,
    Ipad,
    /// Any Samsung Android phone or tablet.
    Samsung,
    /// Any other Android device, Pixel included.
    Android,
    Windows,
    Mac,
    Chromeos,
    Linux,
    /// Crawlers, HTTP libraries, monitors, email link scanners and previewers.
    Bot,
    Unknown,
}

impl Device {
    pub const ALL: [Device; 10] = [
        Device::Iphone,
        Device::Ipad,
        Device::Samsung,
        Device::Android,
        Device::Windows,
        Device::Mac,
        Device::Chromeos,
        Device::Linux,
        Device::Bot,
        Device::Unknown,
    ];

    /// The devices a person can pick in the "not your device?" switch.
    pub const CHOOSABLE: [Device; 8] = [
        Device::Iphone,
        Device::Ipad,
        Device::Samsung,
        Device::Android,
        Device::Windows,
        Device::Mac,
        Device::Chromeos,
        Device::Linux,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Device::Iphone => "iphone",
            Device::Ipad => "ipad",
            Device::Samsung => "samsung",
            Device::Android => "android",
            Device::Windows => "windows",
            Device::Mac => "mac",
            Device::Chromeos => "chromeos",
            Device::Linux => "linux",
            Device::Bot => "bot",
            Device::Unknown => "unknown",
        }
    }

    pub fn parse(value: &str) -> Option<Device> {
        Device::ALL.into_iter().find(|d| d.as_str() == value)
    }

    /// Phones and tablets hold the passkey themselves; desktops may hand off to a phone.
    /// The device part of a support code (`DEMO-IPH-IA-2`), read back to the helpdesk.
    pub fn support_code(self) -> &'static str {
        match self {
            Device::Iphone => "IPH",
            Device::Ipad => "IPD",
            Device::Samsung => "SAM",
            Device::Android => "AND",
            Device::Windows => "WIN",
            Device::Mac => "MAC",
            Device::Chromeos => "CRO",
            Device::Linux => "LNX",
            Device::Bot => "BOT",
            Device::Unknown => "UNK",
        }
    }

    pub fn is_mobile(self) -> bool {
        matches!(self, Device::Iphone | Device::Ipad | Device::Samsung | Device::Android)
    }
}

impl std::fmt::Display for Device {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_device_round_trips_through_its_id() {
        for device in Device::ALL {
            assert_eq!(Device::parse(device.as_str()), Some(device));
            let json = serde_json::to_string(&device).unwrap();
            assert_eq!(json, format!("\"{}\"", device.as_str()));
        }
    }

    #[test]
    fn an_unknown_id_is_not_a_device() {
        assert_eq!(Device::parse("nokia"), None);
        assert_eq!(Device::parse("IPHONE"), None);
    }
}
