//! What a walkthrough is made of. The walkthroughs themselves are data in `catalog.rs`;
//! every word a person reads comes from Fluent messages named after the ids here:
//!
//! - `flow-{flow}-title`, `flow-{flow}-summary`
//! - `flow-{flow}-{step}-title`, `flow-{flow}-{step}-body`, and `flow-{flow}-{step}-body-{variant}`
//!   where an older system's screens differ (see [`OsVariant`])
//! - `stuck-{flow}-{step}-{problem}` (the symptom, as the person would say it) and
//!   `stuck-{flow}-{step}-{problem}-fix`

use crate::domain::flow_id::FlowId;

/// The kind of passkey a flow creates; the tenant's policy decides which kinds are allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Credential {
    /// Stays on one device or key, and the authenticator can prove its make and model
    /// (Microsoft Authenticator, FIDO2 security keys).
    DeviceBoundAttested,
    /// Stays on one device, but offers no attestation Entra can verify (Windows Hello).
    DeviceBound,
    /// Synced through a cloud account (iCloud Keychain, Google Password Manager, Samsung Pass).
    Synced,
}

/// Something that must be true before the first step can succeed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// The lowest operating system major version that can do this flow.
    MinOsMajor(u32),
    /// The Microsoft Authenticator app, installed and signed in to the work account.
    AuthenticatorApp,
    /// Bluetooth on both devices (cross-device sign-in checks proximity over Bluetooth).
    Bluetooth,
    /// A screen lock (PIN, pattern, password, Face ID, Touch ID or Windows Hello).
    ScreenLock,
    /// A FIDO2 security key at hand.
    SecurityKey,
    /// A phone with a camera to scan a QR code.
    Phone,
}

/// One screen of the walkthrough.
#[derive(Clone, Copy, Debug)]
pub struct Step {
    /// Kebab-case id, unique within the flow; names the step's messages.
    pub id: &'static str,
    /// The step that sends the person to Microsoft's security-info page.
    pub handoff: bool,
    /// An illustration under `assets/illustrations/`, by file stem.
    pub illustration: Option<&'static str>,
    /// Known problems at this step, by id; each has a symptom and a fix message.
    pub problems: &'static [&'static str],
    /// Where the instructions of this step are documented by the vendor.
    pub source: &'static str,
    /// The step is only needed below this system major version (an "update your device" step):
    /// a system known to be newer skips it.
    pub only_below_os: Option<u32>,
    /// Wordings for older systems whose screens differ; the plain body is the newest system's.
    pub variants: &'static [OsVariant],
}

/// Another wording of a step's body, for systems older than `below_major` whose screens
/// differ: message `flow-{flow}-{step}-body-{suffix}`. A system whose version is unknown gets
/// the plain body, which names both where they differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OsVariant {
    pub below_major: u32,
    pub suffix: &'static str,
}

impl Step {
    /// Whether a system of this major version (unknown: `None`) needs the step.
    pub fn needed_on(&self, os_major: Option<u32>) -> bool {
        match (self.only_below_os, os_major) {
            (Some(below), Some(major)) => major < below,
            _ => true,
        }
    }

    /// The suffix of the body's wording for this system, if it has its own.
    pub fn variant_for(&self, os_major: Option<u32>) -> Option<&'static str> {
        let major = os_major?;
        self.variants.iter().filter(|v| major < v.below_major).min_by_key(|v| v.below_major).map(|v| v.suffix)
    }
}

/// A complete walkthrough.
#[derive(Clone, Copy, Debug)]
pub struct Flow {
    pub id: FlowId,
    pub credential: Credential,
    pub requirements: &'static [Requirement],
    pub steps: &'static [Step],
    /// Vendor documentation the flow as a whole follows.
    pub sources: &'static [&'static str],
    /// When the steps were last checked against their sources (`YYYY-MM-DD`).
    pub checked: &'static str,
}

impl Flow {
    pub fn step(&self, number: usize) -> Option<&Step> {
        number.checked_sub(1).and_then(|i| self.steps.get(i))
    }

    pub fn min_os_major(&self) -> Option<u32> {
        self.requirements.iter().find_map(|r| match r {
            Requirement::MinOsMajor(v) => Some(*v),
            _ => None,
        })
    }

    pub fn handoff_step(&self) -> Option<usize> {
        self.steps.iter().position(|s| s.handoff).map(|i| i + 1)
    }

    /// The numbers (1-based, as in links and the funnel) of the steps this system needs, in
    /// order. Step numbers stay the same for everyone; only the count shown changes.
    pub fn steps_for(&self, os_major: Option<u32>) -> Vec<usize> {
        (1..=self.steps.len()).filter(|n| self.steps[n - 1].needed_on(os_major)).collect()
    }
}
