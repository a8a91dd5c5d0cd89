//! Sign-in attempts per client address and per account, kept in memory only (addresses are
//! never stored): at most `limit` failures in a sliding window.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

#[derive(Debug)]
pub struct RateLimiter {
    limit: usize,
    window_ms: i64,
    failures: Mutex<HashMap<String, VecDeque<i64>>>,
}

impl RateLimiter {
    pub fn new(limit: usize, window_ms: i64) -> RateLimiter {
        RateLimiter { limit, window_ms, failures: Mutex::new(HashMap::new()) }
    }

    /// Whether another attempt is allowed for every key.
    pub fn allows(&self, keys: &[String], now_ms: i64) -> bool {
        let Ok(mut map) = self.failures.lock() else { return false };
        keys.iter().all(|key| {
            map.get_mut(key).is_none_or(|times| {
                while times.front().is_some_and(|t| *t <= now_ms - self.window_ms) {
                    times.pop_front();
                }
                times.len() < self.limit
            })
        })
    }

    pub fn record_failure(&self, keys: &[String], now_ms: i64) {
        let Ok(mut map) = self.failures.lock() else { return };
        if map.len() > 100_000 {
            let cutoff = now_ms - self.window_ms;
            map.retain(|_, times| times.back().is_some_and(|t| *t > cutoff));
        }
        for key in keys {
            map.entry(key.clone()).or_default().push_back(now_ms);
        }
    }

    pub fn clear(&self, keys: &[String]) {
        if let Ok(mut map) = self.failures.lock() {
            for key in keys {
                map.remove(key);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_beyond_the_limit_are_refused_until_the_window_passes() {
        let limiter = RateLimiter::new(3, 1_000);
        let keys = vec!["ip:1".to_owned()];
        for t in 0..3 {
            assert!(limiter.allows(&keys, t));
            limiter.record_failure(&keys, t);
        }
        assert!(!limiter.allows(&keys, 10));
        assert!(limiter.allows(&["ip:2".to_owned()], 10));
        assert!(limiter.allows(&keys, 1_003));
    }
}
