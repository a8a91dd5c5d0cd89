//! Picking the language: an explicit choice, else the browser's `Accept-Language` (ordered by
//! q-weight, which `fluent-langneg` ignores), else the tenant's default.

use std::collections::HashMap;
use std::sync::Mutex;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_templates::LanguageIdentifier;

use super::Locale;

/// Longest `Accept-Language` read.
const MAX_HEADER: usize = 512;

pub fn negotiate(
    explicit: Option<&str>,
    accept_language: Option<&str>,
    offered: &[Locale],
    default: &Locale,
) -> Locale {
    if let Some(chosen) = explicit_choice(explicit, offered) {
        return chosen;
    }
    let requested = accept_language.map(parse_accept_language).unwrap_or_default();
    if requested.is_empty() {
        return default.clone();
    }
    let available: Vec<LanguageIdentifier> = offered.iter().map(|l| l.id().clone()).collect();
    let default_id = default.id().clone();
    let matched = negotiate_languages(&requested, &available, Some(&default_id), NegotiationStrategy::Filtering);
    matched.first().and_then(|id| offered.iter().find(|l| l.id() == *id)).cloned().unwrap_or_else(|| default.clone())
}

/// The language asked for with `?lang=`, when it is offered.
fn explicit_choice(explicit: Option<&str>, offered: &[Locale]) -> Option<Locale> {
    explicit.and_then(Locale::parse).filter(|l| offered.contains(l))
}

/// Distinct (header, offer) pairs kept; the map starts over when it is full.
const MAX_CACHED: usize = 4_096;

type CacheKey = (Box<str>, Box<[&'static str]>, &'static str);

/// Answers of `negotiate`, so that each distinct `Accept-Language` is weighed once per offer.
#[derive(Debug, Default)]
pub struct NegotiationCache {
    entries: Mutex<HashMap<CacheKey, Locale>>,
}

impl NegotiationCache {
    /// The same answer as `negotiate`, from memory when this header and offer were seen before.
    pub fn negotiate(
        &self,
        explicit: Option<&str>,
        accept_language: Option<&str>,
        offered: &[Locale],
        default: &Locale,
    ) -> Locale {
        if let Some(chosen) = explicit_choice(explicit, offered) {
            return chosen;
        }
        let Some(header) = accept_language else {
            return default.clone();
        };
        // Only the part `negotiate` reads is kept, so a key costs at most `MAX_HEADER` bytes.
        let header = read_part(header);
        let key: CacheKey = (header.into(), offered.iter().map(Locale::as_str).collect(), default.as_str());
        if let Ok(entries) = self.entries.lock()
            && let Some(found) = entries.get(&key)
        {
            return found.clone();
        }
        let locale = negotiate(None, Some(header), offered, default);
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_CACHED {
                entries.clear();
            }
            entries.insert(key, locale.clone());
        }
        locale
    }
}

/// The first `MAX_HEADER` bytes of the header, cut between characters: all that is read of it.
fn read_part(header: &str) -> &str {
    let mut end = header.len().min(MAX_HEADER);
    while !header.is_char_boundary(end) {
        end -= 1;
    }
    &header[..end]
}

/// `de-AT,de;q=0.9,en;q=0.5` → `[de-AT, de, en]`, highest q first, `q=0` dropped.
fn parse_accept_language(header: &str) -> Vec<LanguageIdentifier> {
    let header = read_part(header);
    let mut weighted: Vec<(u16, usize, LanguageIdentifier)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            if tag.is_empty() || tag == "*" {
                return None;
            }
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").map(str::to_owned))
                .map_or(Some(1000), |q| q.trim().parse::<f32>().ok().map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16))?;
            if q == 0 {
                return None;
            }
            Some((q, position, tag.parse().ok()?))
        })
        .take(16)
        .collect();
    weighted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    weighted.into_iter().map(|(_, _, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_answers_are_negotiated_answers() {
        let cache = NegotiationCache::default();
        let de = Locale::parse("de").unwrap();
        let offered = [Locale::english(), de.clone()];
        for _ in 0..2 {
            for header in [Some("de-AT,de;q=0.9"), Some("fr, en;q=0.1"), None, Some("")] {
                for explicit in [None, Some("en"), Some("ja")] {
                    assert_eq!(
                        cache.negotiate(explicit, header, &offered, &de),
                        negotiate(explicit, header, &offered, &de),
                        "{explicit:?} {header:?}"
                    );
                }
            }
        }
        assert_eq!(cache.negotiate(None, Some("de"), &offered[..1], &Locale::english()), Locale::english());
    }

    #[test]
    fn a_flood_of_huge_distinct_headers_keeps_small_keys() {
        let cache = NegotiationCache::default();
        let offered = [Locale::english(), Locale::parse("de").unwrap()];
        let padding = "x".repeat(64 * 1024);
        for i in 0..200 {
            let header = format!("de;q=0.{},{padding}", i % 10);
            cache.negotiate(None, Some(&header), &offered, &Locale::english());
        }
        let entries = cache.entries.lock().unwrap();
        assert!(entries.keys().all(|(header, _, _)| header.len() <= MAX_HEADER));
        assert!(entries.len() <= 10, "{} entries for 10 distinct readable parts", entries.len());
    }

    #[test]
    fn an_overlong_header_is_cut_between_characters() {
        let header = format!("{},de", "é".repeat(400));
        let offered = [Locale::english(), Locale::parse("de").unwrap()];
        assert_eq!(negotiate(None, Some(&header), &offered, &Locale::english()), Locale::english());
    }

    fn all() -> Vec<Locale> {
        Locale::supported()
    }

    #[test]
    fn the_browsers_preference_wins_in_q_order() {
        let en = Locale::english();
        assert_eq!(negotiate(None, Some("fr;q=0.4, de-AT, en;q=0.8"), &all(), &en).as_str(), "de");
        assert_eq!(negotiate(None, Some("pt-BR,pt;q=0.9"), &all(), &en).as_str(), "pt-BR");
        assert_eq!(negotiate(None, Some("pt-PT"), &all(), &en).as_str(), "pt-BR");
        assert_eq!(negotiate(None, Some("ja-JP"), &all(), &en).as_str(), "ja");
    }

    #[test]
    fn an_explicit_choice_beats_the_header_but_only_among_offered_languages() {
        let en = Locale::english();
        assert_eq!(negotiate(Some("nl"), Some("de"), &all(), &en).as_str(), "nl");
        let only_en = vec![en.clone()];
        assert_eq!(negotiate(Some("nl"), Some("de"), &only_en, &en).as_str(), "en");
    }

    #[test]
    fn garbage_falls_back_to_the_default() {
        let de = Locale::parse("de").unwrap();
        for header in ["", "*", ";;;,,,", "xx-invalid-!!!", "en;q=0", &"a,".repeat(1000)] {
            let chosen = negotiate(None, Some(header), &all(), &de);
            assert!(chosen.as_str() == "de" || chosen.as_str() == "en", "{header}");
        }
    }
}
