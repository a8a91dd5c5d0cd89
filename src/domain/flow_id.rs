//! Stable ids of the walkthroughs (SPEC.md, "Flows").

use serde::{Deserialize, Serialize};

/// One way of creating a passkey, and so one walkthrough.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "kebab-case")]
pub enum FlowId {
    IphoneAuthenticator,
    IphoneIcloud,
    /// Microsoft Authenticator on a Samsung Galaxy, past Samsung Pass.
    Samsung,
    /// Google Password Manager on a Pixel or other Android.
    Android,
    /// Microsoft Authenticator on a Pixel or other Android, for device-bound-only tenants.
    AndroidAuthenticator,
    WindowsHello,
    Mac,
    SecurityKey,
    /// A desktop that cannot hold the passkey itself: the passkey goes on a phone.
    CrossDevice,
}

impl FlowId {
    /// The passkey is created in Microsoft Authenticator (not by the browser the guide runs in).
    pub fn uses_authenticator(self) -> bool {
        matches!(
            self,
            FlowId::IphoneAuthenticator | FlowId::Samsung | FlowId::AndroidAuthenticator | FlowId::CrossDevice
        )
    }

    /// The walkthrough part of a support code (`DEMO-IPH-IA-2`).
    pub fn support_code(self) -> &'static str {
        match self {
            FlowId::IphoneAuthenticator => "IA",
            FlowId::IphoneIcloud => "IC",
            FlowId::Samsung => "SA",
            FlowId::Android => "AN",
            FlowId::AndroidAuthenticator => "AA",
            FlowId::WindowsHello => "WH",
            FlowId::Mac => "MC",
            FlowId::SecurityKey => "SK",
            FlowId::CrossDevice => "XD",
        }
    }

    pub const ALL: [FlowId; 9] = [
        FlowId::IphoneAuthenticator,
        FlowId::IphoneIcloud,
        FlowId::Samsung,
        FlowId::Android,
        FlowId::AndroidAuthenticator,
        FlowId::WindowsHello,
        FlowId::Mac,
        FlowId::SecurityKey,
        FlowId::CrossDevice,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FlowId::IphoneAuthenticator => "iphone-authenticator",
            FlowId::IphoneIcloud => "iphone-icloud",
            FlowId::Samsung => "samsung",
            FlowId::Android => "android",
            FlowId::AndroidAuthenticator => "android-authenticator",
            FlowId::WindowsHello => "windows-hello",
            FlowId::Mac => "mac",
            FlowId::SecurityKey => "security-key",
            FlowId::CrossDevice => "cross-device",
        }
    }

    pub fn parse(value: &str) -> Option<FlowId> {
        FlowId::ALL.into_iter().find(|f| f.as_str() == value)
    }
}

impl std::fmt::Display for FlowId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flow_round_trips_through_its_id() {
        for flow in FlowId::ALL {
            assert_eq!(FlowId::parse(flow.as_str()), Some(flow));
            assert_eq!(serde_json::to_string(&flow).unwrap(), format!("\"{flow}\""));
        }
    }
}
