//! Whatever arrives in the headers, detection answers and never panics.

use proptest::prelude::*;

use super::{ClientHints, Signals, detect};
use crate::domain::device::Device;

fn header_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..600),
        "[ -~]{0,300}".prop_map(String::into_bytes),
        "(Mozilla/5\\.0 \\((Linux; Android [0-9]{1,3}(\\.[0-9])?; [A-Za-z0-9 -]{0,12}|iPhone; CPU iPhone OS [0-9_]{0,8} like Mac OS X|Windows NT [0-9.]{0,5}; Win64; x64|Macintosh; Intel Mac OS X [0-9_]{0,9})\\) [ -~]{0,80})"
            .prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn detection_never_panics_and_stays_in_its_vocabulary(
        ua in header_bytes(),
        platform in header_bytes(),
        model in header_bytes(),
        version in header_bytes(),
        mobile in header_bytes(),
    ) {
        let pairs = vec![
            ("user-agent", ua.as_slice()),
            ("sec-ch-ua-platform", platform.as_slice()),
            ("sec-ch-ua-model", model.as_slice()),
            ("sec-ch-ua-platform-version", version.as_slice()),
            ("sec-ch-ua-mobile", mobile.as_slice()),
        ];
        let d = detect(&Signals::from_pairs(pairs));
        prop_assert!(Device::ALL.contains(&d.device));
        if let Some(v) = &d.os_version {
            prop_assert!(v.len() <= 16, "os_version {v:?}");
        }
        if matches!(d.device, Device::Bot | Device::Unknown | Device::Linux | Device::Chromeos) {
            prop_assert_eq!(d.os_version, None);
        }
    }

    #[test]
    fn quoted_hints_always_parse_back(platform in "[A-Za-z ]{1,20}", model in "[A-Za-z0-9 -]{1,20}") {
        let quoted_platform = format!("\"{platform}\"");
        let quoted_model = format!("\"{model}\"");
        let hints = ClientHints::from_pairs(vec![
            ("sec-ch-ua-platform", quoted_platform.as_bytes()),
            ("sec-ch-ua-model", quoted_model.as_bytes()),
        ]);
        prop_assert_eq!(hints.platform.as_deref(), (!platform.trim().is_empty()).then(|| platform.trim()));
        prop_assert_eq!(hints.model.as_deref(), (!model.trim().is_empty()).then(|| model.trim()));
    }
}
