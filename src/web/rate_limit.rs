//! Sign-in attempts, counted in memory only (addresses are never stored): at most `limit`
//! attempts that did not succeed per key in a sliding window.
//!
//! An attempt is reserved before the password is checked, with the check of every key and the
//! reservation under one lock, so a parallel burst cannot get more checks than the limit. A
//! successful attempt gives its reservation back; a failed one keeps it.
//!
//! Keys are SHA-256 digests of what they stand for, so a 2 MB email costs 32 bytes here, and the
//! map holds at most `max_keys` entries: when full, expired entries go first, then the keys
//! whose last attempt is oldest.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

/// What an allowance is counted for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LimitKey([u8; 32]);

impl LimitKey {
    /// `lane` keeps allowances of different kinds apart (an address, an account, a device).
    pub fn new(lane: &str, value: &[u8]) -> LimitKey {
        let mut digest = Sha256::new();
        digest.update(lane.as_bytes());
        digest.update([0]);
        digest.update(value);
        LimitKey(digest.finalize().into())
    }
}

#[derive(Debug)]
pub struct RateLimiter {
    limit: usize,
    window_ms: i64,
    max_keys: usize,
    attempts: Mutex<HashMap<LimitKey, VecDeque<i64>>>,
}

/// One attempt counted against a set of keys until it is known to have succeeded.
#[derive(Debug)]
#[must_use = "a reservation is given back with `succeeded` or kept with `failed`"]
pub struct Reservation {
    keys: Vec<LimitKey>,
    at_ms: i64,
}

impl RateLimiter {
    pub fn new(limit: usize, window_ms: i64, max_keys: usize) -> RateLimiter {
        RateLimiter { limit, window_ms, max_keys, attempts: Mutex::new(HashMap::new()) }
    }

    /// Counts one attempt against every key when every key is under the limit, atomically;
    /// `None` when any key has used its allowance.
    pub fn try_reserve(&self, keys: &[LimitKey], now_ms: i64) -> Option<Reservation> {
        let mut map = self.attempts.lock().ok()?;
        let cutoff = now_ms - self.window_ms;
        let under_limit = keys.iter().all(|key| {
            map.get_mut(key).is_none_or(|times| {
                while times.front().is_some_and(|t| *t <= cutoff) {
                    times.pop_front();
                }
                times.len() < self.limit
            })
        });
        if !under_limit {
            return None;
        }
        let new_keys = keys.iter().filter(|k| !map.contains_key(k)).count();
        if map.len() + new_keys > self.max_keys {
            self.make_room(&mut map, cutoff, new_keys);
        }
        for key in keys {
            map.entry(*key).or_default().push_back(now_ms);
        }
        Some(Reservation { keys: keys.to_vec(), at_ms: now_ms })
    }

    /// The attempt succeeded: it no longer counts.
    pub fn succeeded(&self, reservation: Reservation) {
        let Ok(mut map) = self.attempts.lock() else { return };
        for key in &reservation.keys {
            if let Some(times) = map.get_mut(key) {
                if let Some(at) = times.iter().rposition(|t| *t == reservation.at_ms) {
                    times.remove(at);
                }
                if times.is_empty() {
                    map.remove(key);
                }
            }
        }
    }

    /// The attempt failed: it keeps counting until the window passes.
    pub fn failed(&self, reservation: Reservation) {
        drop(reservation);
    }

    /// Drops expired entries, then the least recently used ones, until `needed` more fit with
    /// a tenth of the room to spare, so a flood of new keys sorts the map once per many inserts.
    fn make_room(&self, map: &mut HashMap<LimitKey, VecDeque<i64>>, cutoff: i64, needed: usize) {
        map.retain(|_, times| times.back().is_some_and(|t| *t > cutoff));
        let target = self.max_keys.saturating_sub(needed + self.max_keys / 10);
        if map.len() > target {
            let mut by_age: Vec<(i64, LimitKey)> =
                map.iter().map(|(key, times)| (times.back().copied().unwrap_or(i64::MIN), *key)).collect();
            by_age.sort_unstable_by_key(|(last, _)| *last);
            for (_, key) in by_age.iter().take(map.len() - target) {
                map.remove(key);
            }
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.attempts.lock().map(|m| m.len()).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    fn key(value: &str) -> LimitKey {
        LimitKey::new("test", value.as_bytes())
    }

    #[test]
    fn failures_beyond_the_limit_are_refused_until_the_window_passes() {
        let limiter = RateLimiter::new(3, 1_000, 100);
        let keys = [key("ip:1")];
        for t in 0..3 {
            limiter.failed(limiter.try_reserve(&keys, t).unwrap());
        }
        assert!(limiter.try_reserve(&keys, 10).is_none());
        assert!(limiter.try_reserve(&[key("ip:2")], 10).is_some());
        assert!(limiter.try_reserve(&keys, 1_003).is_some());
    }

    #[test]
    fn a_success_gives_its_attempt_back() {
        let limiter = RateLimiter::new(2, 1_000, 100);
        let keys = [key("a")];
        for _ in 0..10 {
            limiter.succeeded(limiter.try_reserve(&keys, 5).unwrap());
        }
        limiter.failed(limiter.try_reserve(&keys, 5).unwrap());
        limiter.failed(limiter.try_reserve(&keys, 5).unwrap());
        assert!(limiter.try_reserve(&keys, 5).is_none());
    }

    #[test]
    fn a_parallel_burst_gets_exactly_the_limit() {
        let limiter = Arc::new(RateLimiter::new(5, 60_000, 1_000));
        let granted: usize = (0..16)
            .map(|_| {
                let limiter = limiter.clone();
                std::thread::spawn(move || {
                    (0..50).filter(|_| limiter.try_reserve(&[key("ip"), key("account")], 1).is_some()).count()
                })
            })
            .map(|t| t.join().unwrap())
            .sum();
        assert_eq!(granted, 5);
    }

    #[test]
    fn a_key_over_its_limit_refuses_without_counting_the_others() {
        let limiter = RateLimiter::new(1, 60_000, 100);
        limiter.failed(limiter.try_reserve(&[key("account")], 1).unwrap());
        assert!(limiter.try_reserve(&[key("ip"), key("account")], 2).is_none());
        assert!(limiter.try_reserve(&[key("ip")], 2).is_some());
    }

    #[test]
    fn a_flood_of_distinct_huge_keys_stays_within_the_bound() {
        let limiter = RateLimiter::new(5, 60_000, 1_000);
        let huge = "x".repeat(64 << 10);
        for i in 0..10_000 {
            let value = format!("{huge}{i}");
            let reservation = limiter.try_reserve(&[LimitKey::new("email", value.as_bytes())], i);
            limiter.failed(reservation.unwrap());
            assert!(limiter.len() <= 1_000);
        }
        // The most recent keys are kept: the newest attacker key still counts.
        let last = format!("{huge}9999");
        for _ in 0..4 {
            limiter.failed(limiter.try_reserve(&[LimitKey::new("email", last.as_bytes())], 10_000).unwrap());
        }
        assert!(limiter.try_reserve(&[LimitKey::new("email", last.as_bytes())], 10_000).is_none());
    }
}
