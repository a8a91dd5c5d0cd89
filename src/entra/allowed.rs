//! Which registered passkeys a passkey policy accepts: from each passkey's AAGUID where Graph
//! gave them, else from the report's method names (`passKeySynced` under a device-bound policy
//! is a passkey Entra would refuse today).

use super::aaguid::Provider;
use super::graph::RegisteredPasskey;
use super::report::RegisteredUser;
use crate::guide::policy::PasskeyPolicy;

/// Whether one of `user`'s passkeys is one `policy` allows. `passkeys` are the user's own
/// registrations when the import read them.
pub fn has_allowed_passkey(user: &RegisteredUser, passkeys: &[&RegisteredPasskey], policy: &PasskeyPolicy) -> bool {
    if !passkeys.is_empty() {
        return passkeys.iter().any(|p| p.provider.registration_allowed_by(p.aaguid.as_ref(), policy));
    }
    user.methods.iter().any(|m| method_allowed_by(m, policy) == Some(true))
}

/// For a passkey method of the report, whether `policy` allows it; `None` for any other method.
/// A synced passkey could be in any synced provider: it counts if the policy allows one of them.
pub fn method_allowed_by(method: &str, policy: &PasskeyPolicy) -> Option<bool> {
    use super::methods::{Method, read};
    let providers: &[Provider] = match read(method) {
        Method::Known("passKeySynced") => &SYNCED,
        Method::Known("passKeyDeviceBoundAuthenticator") => &[Provider::MicrosoftAuthenticator],
        Method::Known("passKeyDeviceBoundWindowsHello") => &[Provider::WindowsHello],
        Method::Known("passKeyDeviceBound" | "fido2SecurityKey" | "fido2") => &[Provider::SecurityKey],
        _ => return None,
    };
    Some(providers.iter().any(|p| p.allowed_by(policy)))
}

const SYNCED: [Provider; 8] = [
    Provider::IcloudKeychain,
    Provider::GooglePasswordManager,
    Provider::SamsungPass,
    Provider::OnePassword,
    Provider::Bitwarden,
    Provider::Dashlane,
    Provider::ProtonPass,
    Provider::Keeper,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entra::aaguid::{self, Aaguid};
    use crate::guide::policy::KeyRestrictions;

    fn user(methods: &[&str]) -> RegisteredUser {
        RegisteredUser {
            user_principal_name: "a@contoso.com".into(),
            display_name: None,
            user_type: None,
            methods: methods.iter().map(|m| (*m).to_owned()).collect(),
            is_admin: None,
        }
    }

    fn passkey(aaguid: &str, model: Option<&str>) -> RegisteredPasskey {
        let aaguid = Aaguid::parse(aaguid).unwrap();
        RegisteredPasskey {
            user_principal_name: "a@contoso.com".into(),
            aaguid: Some(aaguid),
            provider: Provider::of(Some(&aaguid), model, false),
            model: model.map(str::to_owned),
            registered_at: None,
        }
    }

    const DEVICE_BOUND: PasskeyPolicy = PasskeyPolicy {
        allow_synced: false,
        allow_device_bound: true,
        enforce_attestation: false,
        key_restrictions: KeyRestrictions::NONE,
        windows_hello: true,
    };

    #[test]
    fn a_synced_passkey_counts_only_where_synced_passkeys_are_allowed() {
        let synced = user(&["passKeySynced", "email"]);
        assert!(has_allowed_passkey(&synced, &[], &PasskeyPolicy::default()));
        assert!(!has_allowed_passkey(&synced, &[], &DEVICE_BOUND));
        let both = user(&["passKeySynced", "passKeyDeviceBoundAuthenticator"]);
        assert!(has_allowed_passkey(&both, &[], &DEVICE_BOUND));
        assert!(!has_allowed_passkey(&user(&["microsoftAuthenticatorPasswordless"]), &[], &PasskeyPolicy::default()));
    }

    #[test]
    fn key_restrictions_judge_each_registration_by_its_own_aaguid() {
        let authenticator_only = PasskeyPolicy::authenticator_only();
        let key = passkey("ee882879-721c-4913-9775-3dfcce97072a", Some("YubiKey 5"));
        let app = passkey("90a3ccdf-635c-4729-a248-9b709135078f", None);
        let someone = user(&["passKeyDeviceBound"]);
        assert!(!has_allowed_passkey(&someone, &[&key], &authenticator_only), "a YubiKey is not on the list");
        assert!(has_allowed_passkey(&someone, &[&key, &app], &authenticator_only));
        // A block list of one key model leaves the others.
        let mut block = DEVICE_BOUND;
        block.key_restrictions = KeyRestrictions {
            enforcement: Some(crate::guide::policy::Enforcement::Block),
            aaguids: vec![Aaguid::parse("ee882879-721c-4913-9775-3dfcce97072a").unwrap()],
        };
        assert!(!has_allowed_passkey(&someone, &[&key], &block));
        let other_key = passkey("cb69481e-8ff7-4039-93ec-0a2729a154a8", Some("YubiKey 5"));
        assert!(has_allowed_passkey(&someone, &[&other_key], &block));
    }

    #[test]
    fn password_managers_are_told_apart_and_are_synced() {
        for (aaguid, provider) in [
            (aaguid::ONE_PASSWORD[0], Provider::OnePassword),
            (aaguid::BITWARDEN[0], Provider::Bitwarden),
            (aaguid::DASHLANE[0], Provider::Dashlane),
            (aaguid::PROTON_PASS[0], Provider::ProtonPass),
            (aaguid::KEEPER[0], Provider::Keeper),
        ] {
            let found = Provider::of(Some(&aaguid), Some("a manager's model name"), false);
            assert_eq!(found, provider, "not a security key");
            let registration = RegisteredPasskey {
                user_principal_name: "a@contoso.com".into(),
                aaguid: Some(aaguid),
                provider: found,
                model: None,
                registered_at: None,
            };
            assert!(!has_allowed_passkey(&user(&["passKeySynced"]), &[&registration], &DEVICE_BOUND), "{provider}");
        }
    }
}
