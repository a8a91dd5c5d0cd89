//! The Entra registration report importer (CSV and Graph JSON): what it accepts is a non-empty
//! list of distinct, well-formed users; what it refuses has a message.

#![no_main]

use std::collections::HashSet;

use libfuzzer_sys::fuzz_target;
use passkey_guide::entra::report;

fuzz_target!(|data: &[u8]| {
    match report::parse(data) {
        Ok(users) => {
            assert!(!users.is_empty());
            let mut seen = HashSet::new();
            for user in &users {
                let upn = &user.user_principal_name;
                assert!(upn.contains('@'), "{upn:?}");
                assert_eq!(upn.trim(), upn);
                assert!(upn.len() <= 320 && !upn.chars().any(char::is_control), "{upn:?}");
                assert!(seen.insert(upn.to_ascii_lowercase()), "{upn:?} twice");
                for method in &user.methods {
                    let named = method.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b' ');
                    assert!(!method.is_empty() && method.len() <= 64 && named, "method {method:?}");
                }
                let _ = (user.has_passkey(), user.in_scope());
            }
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
