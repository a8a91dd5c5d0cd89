//! Request ids for error pages and logs: a random per-process prefix and a counter, unique
//! across instances without a random number per request.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::http::{HeaderName, HeaderValue};

pub const HEADER: HeaderName = HeaderName::from_static("x-request-id");

#[derive(Debug)]
pub struct Sequential {
    prefix: String,
    next: AtomicU64,
}

impl Sequential {
    pub fn new() -> Sequential {
        Sequential { prefix: hex::encode(rand::random::<[u8; 4]>()), next: AtomicU64::new(1) }
    }

    pub fn next_id(&self) -> HeaderValue {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&format!("{}-{n:x}", self.prefix)).unwrap_or(HeaderValue::from_static("-"))
    }
}

impl Default for Sequential {
    fn default() -> Self {
        Sequential::new()
    }
}

/// This process's ids.
pub fn next() -> HeaderValue {
    static IDS: LazyLock<Sequential> = LazyLock::new(Sequential::new);
    IDS.next_id()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_count_up_under_one_prefix_and_differ_between_processes() {
        let a = Sequential::new();
        let first = a.next_id().to_str().unwrap().to_owned();
        let second = a.next_id().to_str().unwrap().to_owned();
        assert_ne!(first, second);
        assert_eq!(first.split('-').next(), second.split('-').next());
        let other = Sequential::new().next_id().to_str().unwrap().to_owned();
        assert_ne!(first.split('-').next(), other.split('-').next(), "another instance, another prefix");
    }
}
