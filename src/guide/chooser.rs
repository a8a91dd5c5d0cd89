//! (device, OS version, tenant policy) → the walkthrough to show, and what stands in the way.

use serde::Serialize;

use super::catalog;
use super::policy::PasskeyPolicy;
use crate::detect::Detection;
use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;

/// Flows that can work on a device, most recommended first. The rule, the same for every device:
///
/// 1. Microsoft Authenticator where the device runs it (iPhone, iPad, Android phones): its passkey
///    is device-bound, so it stays valid if the tenant later allows only device-bound or attested
///    passkeys, and most employees already use the app for MFA.
/// 2. Otherwise the device's own provider, where the policy allows it: iCloud Keychain on a Mac
///    and (after Authenticator) on iPhone and iPad, Google Password Manager on Android phones
///    other than Samsung (Microsoft lists it as built in "excluding Samsung devices",
///    how-to-synced-passkeys), Windows Hello where IT enabled Entra passkeys in it.
/// 3. Otherwise the phone, with Authenticator, from a computer.
/// 4. A security key last, and only on a Windows PC, a Mac or Linux: Microsoft documents no
///    security key registration on iOS, Android or ChromeOS browsers
///    ("Security key registration isn't supported on ChromeOS", concept-fido2-compatibility).
pub fn candidates(device: Device) -> &'static [FlowId] {
    use FlowId::*;
    match device {
        Device::Iphone | Device::Ipad => &[IphoneAuthenticator, IphoneIcloud],
        Device::Samsung => &[Samsung],
        Device::Android => &[AndroidAuthenticator, Android],
        Device::Windows => &[WindowsHello, CrossDevice, SecurityKey],
        Device::Mac => &[Mac, CrossDevice, SecurityKey],
        Device::Linux => &[CrossDevice, SecurityKey],
        Device::Chromeos => &[CrossDevice],
        Device::Bot | Device::Unknown => &[],
    }
}

/// Whether `flow`'s taps happen on a phone, so a computer showing it should hand it across.
pub fn belongs_on_phone(flow: FlowId) -> bool {
    [Device::Iphone, Device::Ipad, Device::Samsung, Device::Android].iter().any(|d| candidates(*d).contains(&flow))
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
    // The first allowed flow that this system can do; when nothing fits, the device is told to
    // update first.
    let fits = |f: &FlowId| too_old(*f).is_none();
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
    // Alternatives are what this system can do now: a flow it is too old for is no way out.
    let alternatives = allowed.iter().copied().filter(|f| Some(*f) != pick && fits(f)).collect();
    Choice { flow: pick, alternatives, update_first }
}

/// Every flow the policy allows, for the chooser page.
pub fn allowed_flows(policy: &PasskeyPolicy) -> Vec<FlowId> {
    FlowId::ALL.into_iter().filter(|f| policy.allows(catalog::flow(*f))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entra::aaguid;
    use crate::guide::policy::{Enforcement, KeyRestrictions};

    fn on(device: Device, version: Option<&str>) -> Detection {
        Detection { device, os_version: version.map(str::to_owned), ..Detection::unknown() }
    }

    const DEVICE_BOUND_ONLY: PasskeyPolicy = PasskeyPolicy {
        allow_synced: false,
        allow_device_bound: true,
        enforce_attestation: false,
        key_restrictions: KeyRestrictions::NONE,
        windows_hello: false,
    };
    const ATTESTED: PasskeyPolicy = PasskeyPolicy {
        allow_synced: true,
        allow_device_bound: true,
        enforce_attestation: true,
        key_restrictions: KeyRestrictions::NONE,
        windows_hello: true,
    };

    #[test]
    fn the_default_policy_picks_authenticator_where_it_runs_and_the_devices_own_provider_elsewhere() {
        let p = PasskeyPolicy::default();
        assert_eq!(choose(&on(Device::Iphone, Some("17.4")), &p).flow, Some(FlowId::IphoneAuthenticator));
        assert_eq!(choose(&on(Device::Samsung, Some("14")), &p).flow, Some(FlowId::Samsung));
        assert_eq!(choose(&on(Device::Android, Some("15")), &p).flow, Some(FlowId::AndroidAuthenticator));
        assert_eq!(choose(&on(Device::Android, Some("12")), &p).flow, Some(FlowId::Android));
        assert_eq!(choose(&on(Device::Mac, None), &p).flow, Some(FlowId::Mac));
        assert_eq!(choose(&on(Device::Linux, None), &p).flow, Some(FlowId::CrossDevice));
        assert_eq!(choose(&on(Device::Unknown, None), &p).flow, None);
        assert_eq!(choose(&on(Device::Bot, None), &p).flow, None);
    }

    #[test]
    fn windows_hello_is_offered_only_where_it_enabled_it() {
        let off = choose(&on(Device::Windows, Some("11")), &PasskeyPolicy::default());
        assert_eq!(off.flow, Some(FlowId::CrossDevice));
        assert!(!off.alternatives.contains(&FlowId::WindowsHello));
        let on_policy = PasskeyPolicy { windows_hello: true, ..PasskeyPolicy::default() };
        assert_eq!(choose(&on(Device::Windows, Some("11")), &on_policy).flow, Some(FlowId::WindowsHello));
        // Enforced attestation rules Windows Hello out even where it was enabled.
        assert_ne!(choose(&on(Device::Windows, Some("11")), &ATTESTED).flow, Some(FlowId::WindowsHello));
    }

    #[test]
    fn no_security_key_on_phones_or_chromebooks_and_no_google_password_manager_on_samsung() {
        for policy in policies() {
            for device in [Device::Iphone, Device::Ipad, Device::Samsung, Device::Android, Device::Chromeos] {
                let c = choose(&on(device, None), &policy.1);
                assert!(!c.flow.iter().chain(&c.alternatives).any(|f| *f == FlowId::SecurityKey), "{device}");
            }
            let samsung = choose(&on(Device::Samsung, Some("12")), &policy.1);
            assert!(!samsung.flow.iter().chain(&samsung.alternatives).any(|f| *f == FlowId::Android));
        }
    }

    #[test]
    fn no_policy_ever_yields_a_forbidden_flow() {
        let restrictions = [
            KeyRestrictions::NONE,
            KeyRestrictions::authenticator_only(),
            // Block Authenticator (iOS) and Google Password Manager.
            KeyRestrictions {
                enforcement: Some(Enforcement::Block),
                aaguids: vec![aaguid::AUTHENTICATOR_IOS, aaguid::GOOGLE_PASSWORD_MANAGER[0]],
            },
        ];
        for (allow_synced, allow_device_bound) in [(false, true), (true, true), (true, false)] {
            for enforce_attestation in [false, true] {
                for key_restrictions in restrictions.clone() {
                    for windows_hello in [false, true] {
                        let p = PasskeyPolicy {
                            allow_synced,
                            allow_device_bound,
                            enforce_attestation,
                            key_restrictions: key_restrictions.clone(),
                            windows_hello,
                        };
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
        let samsung12 = choose(&on(Device::Samsung, Some("12")), &PasskeyPolicy::default());
        assert_eq!(samsung12.flow, Some(FlowId::Samsung));
        assert_eq!(samsung12.update_first.map(|u| u.required_major), Some(14));
    }

    /// The policies of the README's matrix, by name.
    fn policies() -> Vec<(&'static str, PasskeyPolicy)> {
        let default = PasskeyPolicy::default();
        vec![
            ("Synced and device-bound (default)", default.clone()),
            (
                "Synced and device-bound, Windows Hello enabled",
                PasskeyPolicy { windows_hello: true, ..default.clone() },
            ),
            ("Device-bound only", PasskeyPolicy { allow_synced: false, ..default.clone() }),
            (
                "Device-bound only, Windows Hello enabled",
                PasskeyPolicy { allow_synced: false, windows_hello: true, ..default.clone() },
            ),
            ("Synced only", PasskeyPolicy { allow_device_bound: false, ..default.clone() }),
            ("Attestation enforced", PasskeyPolicy { enforce_attestation: true, ..default.clone() }),
            ("Key restrictions: allow Authenticator only", PasskeyPolicy::authenticator_only()),
        ]
    }

    /// The README's matrix of policy × device → recommendation, as Markdown.
    fn matrix() -> String {
        let devices: [(&str, Device, Option<&str>); 13] = [
            ("iPhone, iOS 18", Device::Iphone, Some("18.2")),
            ("iPhone, iOS 16", Device::Iphone, Some("16.7")),
            ("iPad, iPadOS 17", Device::Ipad, Some("17.5")),
            ("Samsung, Android 14", Device::Samsung, Some("14")),
            ("Samsung, Android 12", Device::Samsung, Some("12")),
            ("Pixel or other Android 15", Device::Android, Some("15")),
            ("Pixel or other Android 12", Device::Android, Some("12")),
            ("Windows 11", Device::Windows, Some("11")),
            ("Mac, macOS 14", Device::Mac, Some("14.5")),
            ("Mac, macOS 12", Device::Mac, Some("12.7")),
            ("Linux", Device::Linux, None),
            ("Chromebook", Device::Chromeos, None),
            ("Unknown device", Device::Unknown, None),
        ];
        let mut out = String::from("| Device |");
        for (name, _) in policies() {
            out.push_str(&format!(" {name} |"));
        }
        out.push_str("\n|---|");
        out.push_str(&"---|".repeat(policies().len()));
        for (label, device, version) in devices {
            out.push_str(&format!("\n| {label} |"));
            for (_, policy) in policies() {
                let c = choose(&on(device, version), &policy);
                let cell = match (&c.flow, &c.update_first) {
                    (None, _) => "the device chooser".to_owned(),
                    (Some(flow), Some(update)) => format!("update to {} first, then `{flow}`", update.required_major),
                    (Some(flow), None) => format!("**`{flow}`**"),
                };
                let others: Vec<String> = c.alternatives.iter().map(|f| format!("`{f}`")).collect();
                let cell = if others.is_empty() { cell } else { format!("{cell}; also {}", others.join(", ")) };
                out.push_str(&format!(" {cell} |"));
            }
        }
        out.push('\n');
        out
    }

    /// README.md shows this matrix between its markers; `UPDATE_README=1 cargo test` rewrites it.
    #[test]
    fn the_readme_matrix_is_the_choosers() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
        let readme = std::fs::read_to_string(path).unwrap();
        let (start, end) = ("<!-- recommendation-matrix:start -->\n", "<!-- recommendation-matrix:end -->");
        let from = readme.find(start).expect("the matrix's start marker in README.md") + start.len();
        let to = readme.find(end).expect("the matrix's end marker in README.md");
        let table = matrix();
        if std::env::var_os("UPDATE_README").is_some() {
            std::fs::write(path, format!("{}{table}{}", &readme[..from], &readme[to..])).unwrap();
        } else {
            assert_eq!(readme[from..to], table, "README.md's matrix is stale: run UPDATE_README=1 cargo test --lib");
        }
    }
}
