//! Detection results by request signals. When an announcement lands, thousands of people
//! arrive with the same few dozen browsers; each distinct set of headers is parsed once.

use std::collections::HashMap;
use std::sync::Mutex;

use super::{Detection, Signals, detect};

/// Distinct header sets kept; the map starts over when it is full, so a flood of made-up
/// User-Agents costs memory only up to this bound.
const MAX_ENTRIES: usize = 8_192;

#[derive(Debug, Default)]
pub struct DetectionCache {
    entries: Mutex<HashMap<Signals, Detection>>,
}

impl DetectionCache {
    /// The same answer as `detect(signals)`, from memory when these signals were seen before.
    pub fn detect(&self, signals: &Signals) -> Detection {
        if let Ok(entries) = self.entries.lock()
            && let Some(found) = entries.get(signals)
        {
            return found.clone();
        }
        let detection = detect(signals);
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
            entries.insert(signals.clone(), detection.clone());
        }
        detection
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.lock().map(|e| e.len()).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signals(ua: &str, model: Option<&str>) -> Signals {
        let mut pairs = vec![("user-agent", ua.as_bytes())];
        if let Some(model) = model {
            pairs.push(("sec-ch-ua-model", model.as_bytes()));
        }
        Signals::from_pairs(pairs)
    }

    #[test]
    fn cached_answers_are_the_detectors_answers() {
        let cache = DetectionCache::default();
        let android = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
        for (ua, model) in [
            (android, Some("\"SM-S921B\"")),
            (android, Some("\"Pixel 8\"")),
            (android, None),
            (
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                None,
            ),
        ] {
            let s = signals(ua, model);
            assert_eq!(cache.detect(&s), detect(&s));
            assert_eq!(cache.detect(&s), detect(&s), "second, cached answer");
        }
        assert_eq!(cache.len(), 4, "the same User-Agent with another model is another entry");
    }

    #[test]
    fn the_cache_stays_bounded() {
        let cache = DetectionCache::default();
        for i in 0..(MAX_ENTRIES + 10) {
            cache.detect(&signals(&format!("agent/{i}"), None));
        }
        assert!(cache.len() <= MAX_ENTRIES);
    }
}
