//! A tenant's settings as the audit log shows them, field by field, and what changed between
//! two readings of a tenant.

use super::Change;
use crate::brand::Tenant;
use crate::brand::validate;
use crate::guide::policy::PasskeyPolicy;

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_owned()
}

fn policy_fields(prefix: &str, policy: &PasskeyPolicy) -> Vec<(String, Option<String>)> {
    vec![
        (
            format!("{prefix}passkey_types"),
            Some(validate::passkey_types_name(policy.allow_synced, policy.allow_device_bound).to_owned()),
        ),
        (format!("{prefix}enforce_attestation"), Some(yes_no(policy.enforce_attestation))),
        (format!("{prefix}key_restriction"), Some(policy.key_restrictions.kind().to_owned())),
        (format!("{prefix}aaguids"), Some(policy.key_restrictions.aaguids_joined(", ")).filter(|v| !v.is_empty())),
        (format!("{prefix}windows_hello"), Some(yes_no(policy.windows_hello))),
    ]
}

/// Every setting IT can change, by the name of its form field (profiles as `profile ID: …`).
pub fn fields(tenant: &Tenant) -> Vec<(String, Option<String>)> {
    let mut fields = vec![
        ("name".to_owned(), Some(tenant.name.clone())),
        ("primary_color".to_owned(), Some(tenant.primary_color.to_hex())),
        ("logo".to_owned(), tenant.logo_type.clone()),
        ("support_email".to_owned(), tenant.support.email.clone()),
        ("support_phone".to_owned(), tenant.support.phone.clone()),
        ("support_url".to_owned(), tenant.support.url.clone()),
        ("handoff_url".to_owned(), Some(tenant.handoff_url.as_str().to_owned())),
        ("domain".to_owned(), tenant.domain.clone()),
        ("time_zone".to_owned(), Some(tenant.time_zone.name().to_owned())),
        ("languages".to_owned(), Some(tenant.locales.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", "))),
        ("default_language".to_owned(), Some(tenant.default_locale.as_str().to_owned())),
        ("personal_links".to_owned(), Some(yes_no(tenant.personal_links))),
    ];
    fields.extend(policy_fields("", &tenant.policy));
    for profile in &tenant.profiles {
        let prefix = format!("profile {}: ", profile.id);
        fields.push((format!("{prefix}name"), Some(profile.name.clone())));
        fields.extend(policy_fields(&prefix, &profile.policy));
    }
    fields
}

/// The fields whose value differs between `before` and `after`, in the order of [`fields`]
/// (a profile only in one of them shows each of its fields as added or removed).
pub fn changes(before: &Tenant, after: &Tenant) -> Vec<Change> {
    let old = fields(before);
    let new = fields(after);
    let value = |list: &[(String, Option<String>)], field: &str| {
        list.iter().find(|(f, _)| f == field).and_then(|(_, v)| v.clone())
    };
    let mut names: Vec<&String> = old.iter().map(|(f, _)| f).collect();
    names.extend(new.iter().map(|(f, _)| f).filter(|f| !old.iter().any(|(o, _)| o == *f)));
    names
        .into_iter()
        .filter_map(|field| {
            let (was, is) = (value(&old, field), value(&new, field));
            (was != is).then(|| Change::new(field, was, is))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::policy::PasskeyProfile;

    #[test]
    fn only_what_changed_is_listed_old_to_new() {
        let before = crate::brand::tenant::sample_for_tests();
        let mut after = before.clone();
        after.name = "Fabrikam".into();
        after.support.email = None;
        after.policy.allow_synced = !before.policy.allow_synced;
        let changes = changes(&before, &after);
        let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["name", "support_email", "passkey_types"]);
        assert_eq!(changes[0].old.as_deref(), Some(before.name.as_str()));
        assert_eq!(changes[0].new.as_deref(), Some("Fabrikam"));
        assert!(changes[1].new.is_none());
        assert!(super::changes(&before, &before).is_empty());
    }

    #[test]
    fn an_added_profile_shows_its_fields_as_new() {
        let before = crate::brand::tenant::sample_for_tests();
        let mut after = before.clone();
        after.profiles.push(PasskeyProfile { id: "p1".into(), name: "Admins".into(), policy: before.policy.clone() });
        let changes = changes(&before, &after);
        assert!(changes.iter().all(|c| c.field.starts_with("profile p1: ") && c.old.is_none()));
        assert_eq!(changes[0].new.as_deref(), Some("Admins"));
    }
}
