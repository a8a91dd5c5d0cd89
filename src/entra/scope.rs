//! Who counts toward coverage: everyone in scope of the report except the accounts IT excludes
//! (rooms, service accounts, break-glass accounts), named by principal name or pattern.
//!
//! A pattern is a principal name in which `*` stands for any run of characters. A pattern with
//! an `@` is matched against the whole principal name (`svc-*@contoso.com`); one without, against
//! the part before the `@` (`room-*`). Case does not matter. Lines starting with `#` are notes.

/// Most patterns a tenant keeps.
pub const MAX_PATTERNS: usize = 500;
/// Longest pattern, the bound of a principal name.
const MAX_PATTERN: usize = 320;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Exclusions {
    patterns: Vec<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExclusionError {
    #[error("line {line}: {value:?} is not a principal name or pattern (letters, digits, . _ - ' @ and *)")]
    Pattern { line: usize, value: String },
    #[error("line {line}: a pattern of only * would exclude everyone")]
    Everyone { line: usize },
    #[error("at most {MAX_PATTERNS} patterns")]
    TooMany,
}

impl Exclusions {
    /// Reads one pattern per line; blank lines and `#` notes are skipped, duplicates kept once.
    pub fn parse(text: &str) -> Result<Exclusions, ExclusionError> {
        let mut patterns: Vec<String> = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = index + 1;
            let value = raw.trim().trim_start_matches('\u{feff}');
            if value.is_empty() || value.starts_with('#') {
                continue;
            }
            let allowed = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '\'' | '@' | '*' | '+');
            if value.chars().count() > MAX_PATTERN || !value.chars().all(allowed) || value.matches('@').count() > 1 {
                return Err(ExclusionError::Pattern { line, value: value.chars().take(40).collect() });
            }
            if value.chars().all(|c| c == '*' || c == '@') {
                return Err(ExclusionError::Everyone { line });
            }
            let pattern = value.to_lowercase();
            if !patterns.contains(&pattern) {
                patterns.push(pattern);
            }
            if patterns.len() > MAX_PATTERNS {
                return Err(ExclusionError::TooMany);
            }
        }
        Ok(Exclusions { patterns })
    }

    /// From patterns already checked (as stored).
    pub fn from_stored(patterns: Vec<String>) -> Exclusions {
        Exclusions { patterns }
    }

    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    pub fn excludes(&self, user_principal_name: &str) -> bool {
        let upn = user_principal_name.trim().to_lowercase();
        let local = upn.split('@').next().unwrap_or_default();
        self.patterns.iter().any(|p| if p.contains('@') { glob(p, &upn) } else { glob(p, local) })
    }
}

/// `*` matches any run of characters; everything else itself.
fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    let [first, middle @ .., last] = parts.as_slice() else { return pattern == text };
    if !text.starts_with(first) {
        return false;
    }
    let mut rest = &text[first.len()..];
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_the_local_part_or_the_whole_name() {
        let list = Exclusions::parse(
            "# rooms and services\nroom-*\nsvc-*@contoso.com\nBreakGlass1@contoso.onmicrosoft.com\n\n*-test\n",
        )
        .unwrap();
        for excluded in [
            "room-101@contoso.com",
            "ROOM-lobby@fabrikam.com",
            "svc-backup@contoso.com",
            "breakglass1@contoso.onmicrosoft.com",
            "kiosk-test@contoso.com",
        ] {
            assert!(list.excludes(excluded), "{excluded}");
        }
        for counted in
            ["adele@contoso.com", "svc-backup@fabrikam.com", "breakglass2@contoso.onmicrosoft.com", "roomy@contoso.com"]
        {
            assert!(!list.excludes(counted), "{counted}");
        }
        assert_eq!(list.patterns().len(), 4);
    }

    #[test]
    fn a_bad_line_is_named_and_everyone_cannot_be_excluded() {
        assert_eq!(
            Exclusions::parse("room-*\n<script>\n"),
            Err(ExclusionError::Pattern { line: 2, value: "<script>".into() })
        );
        assert_eq!(Exclusions::parse("\n*\n"), Err(ExclusionError::Everyone { line: 2 }));
        assert_eq!(Exclusions::parse("*@*"), Err(ExclusionError::Everyone { line: 1 }));
        let many: String = (0..=MAX_PATTERNS).map(|i| format!("room-{i}\n")).collect();
        assert_eq!(Exclusions::parse(&many), Err(ExclusionError::TooMany));
    }

    #[test]
    fn globs_anchor_both_ends() {
        assert!(glob("a*b*c", "axxbyyc"));
        assert!(!glob("a*b*c", "axxbyy"));
        assert!(glob("*", ""));
        assert!(!glob("ab*ba", "aba"), "the parts may not overlap");
        assert!(glob("exact", "exact") && !glob("exact", "exactly"));
    }
}
