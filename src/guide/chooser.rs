//! (device, OS version, tenant policy) → the walkthrough to show, and what stands in the way.

use serde::Serialize;

use super::catalog;
use super::policy::PasskeyPolicy;
use crate::detect::Detection;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;

/// Flows that can work on a device, most recommended first.
pub fn candidates(device: Device) -> &'static [FlowId] {
    use FlowId::*;
    match device {
        Device::Iphone | Device::Ipad => &[IphoneAuthenticator, IphoneIcloud, SecurityKey],
        Device::Samsung => &[Samsung, Android, SecurityKey],
        Device::Android => &[Android, AndroidAuthenticator, SecurityKey],
        Device::Windows => &[WindowsHello, CrossDevice, SecurityKey],
        Device::Mac => &[Mac, CrossDevice, SecurityKey],
        Device::Chromeos | Device::Linux => &[CrossDevice, SecurityKey],
        Device::Bot | Device::Unknown => &[],
    }
}

/// What the guide recommends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// `None`: nothing fits, show the chooser.
    pub flow: Option<FlowId>,
    /// Other flows the policy allows on this device.
    pub alternatives: Vec<FlowId>,
    /// The recommended flow needs a newer system than the one detected.
    pub update_first: Option<UpdateFirst>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UpdateFirst {
    pub required_major: u32,
    pub detected: String,
}

/// Picks the flow for a detected device under a policy. Never returns a flow the policy forbids.
/// When the system is too old for the first flow, the next one that works is chosen; a phone
/// with no flow that works is told to update first.
pub fn choose(detection: &Detection, policy: &PasskeyPolicy) -> Choice {
    let allowed: Vec<FlowId> =
        candidates(detection.device).iter().copied().filter(|f| policy.allows(catalog::flow(*f))).collect();
    let too_old = |flow: FlowId| -> Option<u32> {
        let min = catalog::flow(flow).min_os_major()?;
        let major = detection.os_major()?;
        (major < min).then_some(min)
    };
    // The first allowed flow that this system can do; on a phone, never a security key in
    // place of the phone itself, and when nothing fits the phone is told to update first.
    let fits = |f: &FlowId| too_old(*f).is_none() && !(detection.device.is_mobile() && *f == FlowId::SecurityKey);
    let mut pick = allowed.iter().copied().find(|f| fits(f));
    let mut update_first = None;
    if pick.is_none()
        && let Some(first) = allowed.first().copied()
    {
        pick = Some(first);
        update_first = too_old(first).map(|required_major| UpdateFirst {
            required_major,
            detected: detection.os_version.clone().unwrap_or_default(),
        });
    }
    let alternatives = allowed.iter().copied().filter(|f| Some(*f) != pick).collect();
    Choice { flow: pick, alternatives, update_first }
}

/// Every flow the policy allows, for the chooser page.
pub fn allowed_flows(policy: &PasskeyPolicy) -> Vec<FlowId> {
    FlowId::ALL.into_iter().filter(|f| policy.allows(catalog::flow(*f))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(device: Device, version: Option<&str>) -> Detection {
        Detection { device, os_version: version.map(str::to_owned), ..Detection::unknown() }
    }

    const DEVICE_BOUND_ONLY: PasskeyPolicy =
        PasskeyPolicy { allow_synced: false, enforce_attestation: false, require_authenticator: false };
    const ATTESTED: PasskeyPolicy =
        PasskeyPolicy { allow_synced: true, enforce_attestation: true, require_authenticator: false };

    #[test]
    fn the_default_policy_picks_each_devices_own_flow() {
        let p = PasskeyPolicy::default();
        assert_eq!(choose(&on(Device::Iphone, Some("17.4")), &p).flow, Some(FlowId::IphoneAuthenticator));
        assert_eq!(choose(&on(Device::Samsung, Some("14")), &p).flow, Some(FlowId::Samsung));
        assert_eq!(choose(&on(Device::Android, None), &p).flow, Some(FlowId::Android));
        assert_eq!(choose(&on(Device::Windows, Some("11")), &p).flow, Some(FlowId::WindowsHello));
        assert_eq!(choose(&on(Device::Mac, None), &p).flow, Some(FlowId::Mac));
        assert_eq!(choose(&on(Device::Linux, None), &p).flow, Some(FlowId::CrossDevice));
        assert_eq!(choose(&on(Device::Unknown, None), &p).flow, None);
        assert_eq!(choose(&on(Device::Bot, None), &p).flow, None);
    }

    #[test]
    fn no_policy_ever_yields_a_forbidden_flow() {
        for allow_synced in [false, true] {
            for enforce_attestation in [false, true] {
                for require_authenticator in [false, true] {
                    let p = PasskeyPolicy { allow_synced, enforce_attestation, require_authenticator };
                    for device in Device::ALL {
                        for version in [None, Some("9"), Some("17.0"), Some("11")] {
                            let c = choose(&on(device, version), &p);
                            for flow in c.flow.iter().chain(c.alternatives.iter()) {
                                assert!(p.allows(catalog::flow(*flow)), "{flow} offered under {p:?}");
                            }
                        }
                    }
                    for flow in allowed_flows(&p) {
                        assert!(p.allows(catalog::flow(flow)));
                    }
                }
            }
        }
    }

    #[test]
    fn attestation_rules_out_icloud_keychain_and_google_password_manager() {
        let iphone = choose(&on(Device::Iphone, Some("17.4")), &ATTESTED);
        assert!(!iphone.alternatives.contains(&FlowId::IphoneIcloud));
        assert_eq!(choose(&on(Device::Mac, None), &ATTESTED).flow, Some(FlowId::CrossDevice));
        assert_eq!(
            choose(&on(Device::Android, Some("14")), &DEVICE_BOUND_ONLY).flow,
            Some(FlowId::AndroidAuthenticator)
        );
    }

    #[test]
    fn an_old_phone_takes_a_flow_that_works_or_is_told_to_update() {
        let ios16 = on(Device::Iphone, Some("16.7"));
        assert_eq!(choose(&ios16, &PasskeyPolicy::default()).flow, Some(FlowId::IphoneIcloud));
        let strict = choose(&ios16, &DEVICE_BOUND_ONLY);
        assert_eq!(strict.flow, Some(FlowId::IphoneAuthenticator));
        assert_eq!(strict.update_first.map(|u| u.required_major), Some(17));
        let android9 = choose(&on(Device::Samsung, Some("9")), &PasskeyPolicy::default());
        assert_eq!(android9.flow, Some(FlowId::Android));
        let android8 = choose(&on(Device::Samsung, Some("8.1")), &PasskeyPolicy::default());
        assert_eq!(android8.flow, Some(FlowId::Samsung));
        assert!(android8.update_first.is_some());
    }
}
