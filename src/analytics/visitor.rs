//! Counting people without cookies and without keeping addresses: a keyed hash of the client
//! address and User-Agent, with a key that changes every day. Days are the tenant's (its time
//! zone), so tenants around the world use up to three days' keys at once.

use std::net::IpAddr;
use std::sync::{Arc, RwLock};

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::db::{Db, salts};

#[derive(Debug, Default)]
pub struct VisitorHasher {
    /// The keys of the days in use, so only the first request of a day touches the database.
    current: RwLock<Vec<(String, Arc<[u8]>)>>,
}

impl VisitorHasher {
    pub async fn visitor_id(
        &self,
        db: &Db,
        day: &str,
        now_ms: i64,
        tenant_id: i64,
        ip: Option<IpAddr>,
        user_agent: &str,
    ) -> anyhow::Result<String> {
        let cached = self.current.read().ok().and_then(|c| c.iter().find(|(d, _)| d == day).map(|(_, k)| k.clone()));
        let key = match cached {
            Some(key) => key,
            None => {
                // Every instance reads the same stored salt, so a race here only costs a query.
                let key: Arc<[u8]> = salts::salt_for(db, day, now_ms).await?.into();
                if let Ok(mut current) = self.current.write() {
                    current.retain(|(d, _)| d.as_str() != day);
                    current.push((day.to_owned(), key.clone()));
                    current.sort_by(|a, b| b.0.cmp(&a.0));
                    current.truncate(4);
                }
                key
            }
        };
        Ok(hash_visitor(&key, tenant_id, ip, user_agent))
    }
}

pub fn hash_visitor(key: &[u8], tenant_id: i64, ip: Option<IpAddr>, user_agent: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(&tenant_id.to_be_bytes());
    mac.update(ip.map(|ip| ip.to_string()).unwrap_or_default().as_bytes());
    mac.update(&[0]);
    mac.update(user_agent.as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_person_hashes_the_same_within_a_day_and_differently_with_another_key() {
        let ip: IpAddr = "203.0.113.7".parse().unwrap();
        let a = hash_visitor(b"day-1", 1, Some(ip), "UA");
        assert_eq!(a, hash_visitor(b"day-1", 1, Some(ip), "UA"));
        assert_ne!(a, hash_visitor(b"day-2", 1, Some(ip), "UA"));
        assert_ne!(a, hash_visitor(b"day-1", 2, Some(ip), "UA"));
        assert_ne!(a, hash_visitor(b"day-1", 1, Some(ip), "UA2"));
        assert_eq!(a.len(), 32);
        assert!(!a.contains("203"));
    }
}
