//! The Entra settings that make passkey registration fail for everyone, checked against the last
//! configuration read from Microsoft Graph and the latest registration report.
//!
//! Where a setting lives in the Microsoft Entra admin center, and what it does, from Microsoft
//! Learn (checked 2026-12-02): "Browse to Entra ID > Authentication methods > Policies ... Passkey
//! (FIDO2)"; "Set Allow self-service set up to Yes. If set to No, users can't register a passkey by
//! using Security info, even if passkeys (FIDO2) are enabled" (how-to-enable-passkey-fido2);
//! "Browse to Entra ID > Authentication methods > Registration campaign" (how-to-mfa-registration-
//! campaign); Temporary Access Pass under the same Policies list
//! (how-to-authentication-temporary-access-pass). Microsoft Authenticator's AAGUIDs come from
//! how-to-enable-authenticator-passkey.

use serde::Serialize;

use super::aaguid;
use super::configuration::EntraConfiguration;
use super::coverage::Coverage;
use crate::i18n::{I18n, arg};

/// One check: `ok` is `None` where the data is not there yet.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Check {
    pub id: &'static str,
    pub ok: Option<bool>,
    /// What it means for employees and where to fix it, in the reader's language.
    pub detail: String,
}

/// The checks, in the order a rollout owner should work through them.
pub const IDS: [&str; 6] = [
    "passkeys-enabled",
    "self-service-registration",
    "authenticator-allowed",
    "registration-campaign",
    "temporary-access-pass",
    "coverage-majority",
];

/// Every check, worded by `i18n`. `config` is the last configuration read, `coverage` the latest
/// registration report's summary.
pub fn checks(config: Option<&EntraConfiguration>, coverage: Option<&Coverage>, i18n: &I18n) -> Vec<Check> {
    let passkeys = config.and_then(|c| c.passkeys.as_ref());
    let not_read = || i18n.t("readiness-not-read");
    let outcome = |id: &'static str, ok: Option<bool>, args: &[(&'static str, String)]| {
        let detail = match ok {
            None => not_read(),
            Some(ok) => {
                let message = format!("readiness-{id}-{}", if ok { "ok" } else { "fail" });
                let args: Vec<_> = args.iter().map(|(k, v)| (*k, arg(v.clone()))).collect();
                i18n.t_args(&message, &args)
            }
        };
        Check { id, ok, detail }
    };

    let mut out = Vec::with_capacity(IDS.len());
    out.push(outcome("passkeys-enabled", passkeys.map(|p| p.enabled), &[]));
    out.push(outcome("self-service-registration", passkeys.map(|p| p.self_service_registration), &[]));
    // Every profile that allows device-bound passkeys and restricts keys must let both of
    // Microsoft Authenticator's AAGUIDs through: the guide sends iPhones and Android phones
    // there first.
    let refusing: Option<Vec<String>> = passkeys.map(|p| {
        p.profiles
            .iter()
            .filter(|profile| profile.policy.allow_device_bound)
            .filter(|profile| !aaguid::AUTHENTICATOR.iter().all(|a| profile.policy.key_restrictions.admits(a)))
            .map(|profile| format!("“{}”", profile.name))
            .collect()
    });
    out.push(outcome(
        "authenticator-allowed",
        refusing.as_ref().map(Vec::is_empty),
        &[("profiles", refusing.clone().unwrap_or_default().join(", "))],
    ));
    let campaign = config.and_then(|c| c.campaign.as_ref());
    out.push(outcome(
        "registration-campaign",
        campaign.map(|c| c.is_on() && c.targets_passkeys_or_authenticator()),
        &[],
    ));
    out.push(outcome("temporary-access-pass", config.and_then(|c| c.temporary_access_pass_enabled), &[]));
    // Passkeys the policy forbids do not count toward the mark.
    let share = coverage.filter(|c| c.in_scope > 0).map(|c| c.allowed_share);
    let coverage_check = match share {
        None => Check { id: "coverage-majority", ok: None, detail: i18n.t("readiness-no-report") },
        Some(share) => outcome("coverage-majority", Some(share > 0.5), &[("share", format!("{:.1}%", share * 100.0))]),
    };
    out.push(coverage_check);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entra::configuration::{Campaign, PasskeyMethod, PasskeyProfile};
    use crate::guide::policy::PasskeyPolicy;
    use crate::i18n::Locale;

    fn ready() -> EntraConfiguration {
        EntraConfiguration {
            passkeys: Some(PasskeyMethod {
                enabled: true,
                self_service_registration: true,
                default_profile: "p1".into(),
                profiles: vec![PasskeyProfile {
                    id: "p1".into(),
                    name: "Default".into(),
                    policy: PasskeyPolicy::default(),
                }],
                targets: vec![("all_users".into(), vec!["p1".into()])],
            }),
            authenticator_enabled: Some(true),
            temporary_access_pass_enabled: Some(true),
            campaign: Some(Campaign { state: "default".into(), targeted_methods: vec![] }),
            unread: vec![],
        }
    }

    fn coverage(in_scope: i64, with_passkey: i64) -> Coverage {
        Coverage {
            in_scope,
            with_passkey,
            share: with_passkey as f64 / in_scope as f64,
            with_allowed_passkey: with_passkey,
            allowed_share: with_passkey as f64 / in_scope as f64,
            excluded: 0,
            administrators: None,
            waves: vec![],
            imported_at: 0,
            imported_day: "2026-12-01".into(),
            adoption_target: 0.5,
            passwordless_threshold: 0.95,
            trend: vec![],
        }
    }

    fn outcomes(config: Option<&EntraConfiguration>, coverage: Option<&Coverage>) -> Vec<Option<bool>> {
        checks(config, coverage, &I18n::new(Locale::english())).into_iter().map(|c| c.ok).collect()
    }

    #[test]
    fn nothing_read_yet_is_unknown_and_says_what_to_do() {
        let all = checks(None, None, &I18n::new(Locale::english()));
        assert_eq!(all.iter().map(|c| c.id).collect::<Vec<_>>(), IDS);
        assert!(all.iter().all(|c| c.ok.is_none() && !c.detail.is_empty() && !c.detail.starts_with("readiness-")));
    }

    #[test]
    fn each_check_fails_on_its_own_setting() {
        let covered = coverage(10, 6);
        assert_eq!(outcomes(Some(&ready()), Some(&covered)), vec![Some(true); 6]);
        type Break = fn(&mut EntraConfiguration);
        let cases: [(usize, Break); 5] = [
            (0, |c| c.passkeys.as_mut().unwrap().enabled = false),
            (1, |c| c.passkeys.as_mut().unwrap().self_service_registration = false),
            (2, |c| {
                c.passkeys.as_mut().unwrap().profiles[0].policy = PasskeyPolicy {
                    key_restrictions: crate::guide::policy::KeyRestrictions {
                        enforcement: Some(crate::guide::policy::Enforcement::Block),
                        aaguids: vec![aaguid::AUTHENTICATOR_ANDROID],
                    },
                    ..PasskeyPolicy::default()
                }
            }),
            (3, |c| c.campaign = Some(Campaign { state: "enabled".into(), targeted_methods: vec!["sms".into()] })),
            (4, |c| c.temporary_access_pass_enabled = Some(false)),
        ];
        for (index, break_it) in cases {
            let mut config = ready();
            break_it(&mut config);
            let result = outcomes(Some(&config), Some(&covered));
            for (i, ok) in result.iter().enumerate() {
                assert_eq!(*ok, Some(i != index), "check {} after breaking {}", IDS[i], IDS[index]);
            }
        }
        let half = coverage(10, 5);
        assert_eq!(outcomes(Some(&ready()), Some(&half))[5], Some(false), "50% is not more than half");
    }

    #[test]
    fn a_failed_check_names_the_profiles_and_where_to_fix_it() {
        let mut config = ready();
        config.passkeys.as_mut().unwrap().profiles[0].policy = PasskeyPolicy::authenticator_only();
        config.passkeys.as_mut().unwrap().profiles.push(PasskeyProfile {
            id: "p2".into(),
            name: "Administrators".into(),
            policy: PasskeyPolicy {
                key_restrictions: crate::guide::policy::KeyRestrictions {
                    enforcement: Some(crate::guide::policy::Enforcement::Allow),
                    aaguids: vec![aaguid::AUTHENTICATOR_IOS],
                },
                ..PasskeyPolicy::default()
            },
        });
        let all = checks(Some(&config), None, &I18n::new(Locale::english()));
        assert_eq!(all[2].ok, Some(false));
        assert!(
            all[2].detail.contains("“Administrators”") && !all[2].detail.contains("“Default”"),
            "{}",
            all[2].detail
        );
        assert!(all[2].detail.contains("Authentication methods"), "{}", all[2].detail);
    }
}
