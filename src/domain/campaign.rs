//! The `?c=` tag on the announcement link.

use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Campaign(String);

impl Campaign {
    pub const ANNOUNCEMENT: &'static str = "announcement";
    pub const REMINDER: &'static str = "reminder";
    pub const FINAL: &'static str = "final";

    /// Lower-case letters, digits, `-` and `_`, at most 40 characters. Anything else is not a
    /// campaign tag and is ignored rather than stored.
    pub fn parse(value: &str) -> Option<Campaign> {
        let value = value.trim().to_ascii_lowercase();
        let ok = (1..=40).contains(&value.len())
            && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        ok.then_some(Campaign(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_and_custom_tags_are_kept_in_lower_case() {
        assert_eq!(Campaign::parse("Reminder").unwrap().as_str(), "reminder");
        assert_eq!(Campaign::parse("wave-2_emea").unwrap().as_str(), "wave-2_emea");
    }

    #[test]
    fn hostile_tags_are_dropped() {
        for bad in ["", "<script>", "a b", "x'--", &"a".repeat(41)] {
            assert_eq!(Campaign::parse(bad), None, "{bad}");
        }
    }
}
