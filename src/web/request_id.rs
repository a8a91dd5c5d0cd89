//! Request ids for error pages and logs: a random per-process prefix and a counter, unique
//! across instances without a random number per request.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::http::{HeaderValue, Request};
use tower_http::request_id::{MakeRequestId, RequestId};

#[derive(Clone, Debug)]
pub struct Sequential {
    prefix: Arc<str>,
    next: Arc<AtomicU64>,
}

impl Sequential {
    pub fn new() -> Sequential {
        let prefix = hex::encode(rand::random::<[u8; 4]>());
        Sequential { prefix: prefix.into(), next: Arc::new(AtomicU64::new(1)) }
    }
}

impl Default for Sequential {
    fn default() -> Self {
        Sequential::new()
    }
}

impl MakeRequestId for Sequential {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        HeaderValue::from_str(&format!("{}-{n:x}", self.prefix)).ok().map(RequestId::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(maker: &mut Sequential) -> String {
        let request = Request::new(());
        maker.make_request_id(&request).unwrap().header_value().to_str().unwrap().to_owned()
    }

    #[test]
    fn ids_count_up_under_one_prefix_and_differ_between_processes() {
        let mut a = Sequential::new();
        let mut clone = a.clone();
        let first = id(&mut a);
        let second = id(&mut clone);
        assert_ne!(first, second);
        assert_eq!(first.split('-').next(), second.split('-').next());
        let other = id(&mut Sequential::new());
        assert_ne!(first.split('-').next(), other.split('-').next(), "another instance, another prefix");
    }
}
