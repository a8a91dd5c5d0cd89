//! User-Agent Client Hints (`Sec-CH-UA-*`), parsed from their raw structured-field values.

/// The hints the guide asks for. Each is `None` when absent or unreadable.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ClientHints {
    pub platform: Option<String>,
    pub platform_version: Option<String>,
    pub model: Option<String>,
    pub mobile: Option<bool>,
}

/// Longest hint value read; real ones are a few dozen bytes.
const MAX_HINT_LEN: usize = 256;

impl ClientHints {
    /// Reads hints from `(lower-case name, raw value)` pairs. The first readable value of each
    /// name wins; duplicates and garbage are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> ClientHints {
        let mut hints = ClientHints::default();
        for (name, raw) in pairs {
            if raw.len() > MAX_HINT_LEN {
                continue;
            }
            let Ok(value) = std::str::from_utf8(raw) else { continue };
            match name {
                "sec-ch-ua-platform" if hints.platform.is_none() => hints.platform = sf_string(value),
                "sec-ch-ua-platform-version" if hints.platform_version.is_none() => {
                    hints.platform_version = sf_string(value)
                }
                "sec-ch-ua-model" if hints.model.is_none() => hints.model = sf_string(value),
                "sec-ch-ua-mobile" if hints.mobile.is_none() => hints.mobile = sf_boolean(value),
                _ => {}
            }
        }
        hints
    }

    /// The platform version's major number, e.g. `15` for `"15.0.0"`.
    pub fn platform_major(&self) -> Option<u32> {
        self.platform_version.as_deref().and_then(|v| v.split('.').next()).and_then(|m| m.parse().ok())
    }

    pub fn platform_is(&self, name: &str) -> bool {
        self.platform.as_deref().is_some_and(|p| p.eq_ignore_ascii_case(name))
    }
}

/// An RFC 8941 string: `"..."` with `\"` and `\\` escapes. Empty strings count as absent.
fn sf_string(value: &str) -> Option<String> {
    let inner = value.trim().strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(chars.next()?),
            '"' => return None,
            c if c.is_control() => return None,
            c => out.push(c),
        }
    }
    let out = out.trim().to_owned();
    (!out.is_empty()).then_some(out)
}

/// An RFC 8941 boolean: `?1` or `?0`.
fn sf_boolean(value: &str) -> Option<bool> {
    match value.trim() {
        "?1" => Some(true),
        "?0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hints(pairs: &[(&str, &str)]) -> ClientHints {
        ClientHints::from_pairs(pairs.iter().map(|(n, v)| (*n, v.as_bytes())))
    }

    #[test]
    fn quoted_values_are_unquoted() {
        let h = hints(&[
            ("sec-ch-ua-platform", "\"Android\""),
            ("sec-ch-ua-model", "\"SM-S918B\""),
            ("sec-ch-ua-platform-version", "\"14.0.0\""),
            ("sec-ch-ua-mobile", "?1"),
        ]);
        assert_eq!(h.platform.as_deref(), Some("Android"));
        assert_eq!(h.model.as_deref(), Some("SM-S918B"));
        assert_eq!(h.platform_major(), Some(14));
        assert_eq!(h.mobile, Some(true));
    }

    #[test]
    fn malformed_values_are_ignored_and_the_first_good_one_wins() {
        let h = hints(&[
            ("sec-ch-ua-platform", "Android"),
            ("sec-ch-ua-platform", "\"Windows\""),
            ("sec-ch-ua-platform", "\"macOS\""),
            ("sec-ch-ua-model", "\"\""),
            ("sec-ch-ua-mobile", "yes"),
            ("sec-ch-ua-platform-version", "\"unterminated"),
        ]);
        assert_eq!(h.platform.as_deref(), Some("Windows"));
        assert_eq!(h.model, None);
        assert_eq!(h.mobile, None);
        assert_eq!(h.platform_version, None);
    }

    #[test]
    fn escapes_are_decoded() {
        assert_eq!(sf_string(r#""a\"b""#).as_deref(), Some("a\"b"));
        assert_eq!(sf_string(r#""a\""#), None);
    }
}
