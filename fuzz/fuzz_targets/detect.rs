//! The detector: any request headers give a detection within its vocabulary, the same each time.
//!
//! Input: a header block, one `name: value` per line (`user-agent`, `sec-ch-ua-platform`, ...).

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use passkey_guide::detect::{self, Signals};

fuzz_target!(|data: &[u8]| {
    let headers = common::header_block(data);
    let signals = Signals::from_headers(&headers);
    assert!(signals.user_agent.len() <= 3 * 1024, "the User-Agent is cut at 1024 bytes before decoding");
    for hint in [&signals.hints.platform, &signals.hints.platform_version, &signals.hints.model].into_iter().flatten() {
        assert!(!hint.is_empty() && hint.len() <= 256 && !hint.chars().any(char::is_control), "hint {hint:?}");
    }
    let detection = detect::detect(&signals);
    common::check_detection(&detection);
    assert_eq!(detect::detect(&signals), detection, "detection is a function of the headers");
});
