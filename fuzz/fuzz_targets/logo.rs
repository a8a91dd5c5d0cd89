//! The logo upload check: what it accepts is a PNG, JPEG or WebP of bounded size, whatever the
//! bytes; SVG and everything else is refused.

#![no_main]

use libfuzzer_sys::fuzz_target;
use passkey_guide::brand::logo::{self, MAX_LOGO_BYTES, MAX_LOGO_SIDE};

fuzz_target!(|data: &[u8]| {
    match logo::check(data) {
        Ok(media_type) => {
            assert!(!data.is_empty() && data.len() <= MAX_LOGO_BYTES);
            let magic = match media_type {
                "image/png" => data.starts_with(b"\x89PNG\r\n\x1a\n"),
                "image/jpeg" => data.starts_with(&[0xFF, 0xD8, 0xFF]),
                "image/webp" => data.starts_with(b"RIFF") && data.get(8..12) == Some(b"WEBP"),
                other => panic!("unexpected media type {other}"),
            };
            assert!(magic, "{media_type} without its signature");
            let size = imagesize_of(data);
            assert!(size.is_some_and(|(w, h)| (1..=MAX_LOGO_SIDE).contains(&w) && (1..=MAX_LOGO_SIDE).contains(&h)));
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});

fn imagesize_of(data: &[u8]) -> Option<(usize, usize)> {
    imagesize::blob_size(data).ok().map(|s| (s.width, s.height))
}
