//! In-memory caches for the hot path: tenants by slug (a few seconds, so several instances
//! agree quickly after a change), and rendered guide pages, which depend only on their key
//! (tenant and branding version, language, device and what was detected of it, path, query,
//! host) and so never go stale: a branding change makes new keys.
//!
//! Both are keyed by request data, so both are bounded: the tenant cache only keeps names that
//! could be slugs (40 characters at most), and the page cache keeps at most `MAX_PAGE_BYTES` of
//! pages and keys and starts over when that is reached.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

use bytes::Bytes;

use crate::brand::Tenant;
use crate::db::{Db, tenants};
use crate::domain::tenant_slug::TenantSlug;

const TENANT_TTL_MS: i64 = 2_000;
const MAX_TENANTS: usize = 10_000;
/// Rendered pages kept, in bytes (page and key): about a thousand guide pages.
const MAX_PAGE_BYTES: usize = 24 * 1024 * 1024;
/// What an entry costs beside its page and its key's own heap data.
const ENTRY_OVERHEAD: usize = 256;

type TenantEntry = (i64, Option<Arc<Tenant>>);

#[derive(Debug, Default)]
pub struct TenantCache {
    entries: Mutex<HashMap<String, TenantEntry>>,
}

impl TenantCache {
    /// The tenant with this slug, from memory when it was read in the last two seconds.
    /// Unknown slugs are remembered too, so a flood of them does not reach the database.
    pub async fn get(&self, db: &Db, slug: &str, now_ms: i64) -> anyhow::Result<Option<Arc<Tenant>>> {
        if TenantSlug::parse(slug).is_err() {
            return Ok(None);
        }
        if let Ok(entries) = self.entries.lock()
            && let Some((at, tenant)) = entries.get(slug)
            && now_ms - at < TENANT_TTL_MS
        {
            return Ok(tenant.clone());
        }
        let tenant = tenants::find_by_slug(db, slug).await?.map(Arc::new);
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_TENANTS {
                entries.clear();
            }
            entries.insert(slug.to_owned(), (now_ms, tenant.clone()));
        }
        Ok(tenant)
    }

    pub fn invalidate(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }
}

/// What a cache key costs in memory beyond its own size: the heap data it points to.
pub trait HeapSize {
    fn heap_size(&self) -> usize;
}

impl HeapSize for String {
    fn heap_size(&self) -> usize {
        self.capacity()
    }
}

#[derive(Debug)]
pub struct PageCache<K> {
    pages: Mutex<Pages<K>>,
    max_bytes: usize,
}

#[derive(Debug)]
struct Pages<K> {
    map: HashMap<K, Bytes>,
    bytes: usize,
}

impl<K> Default for PageCache<K> {
    fn default() -> Self {
        PageCache::with_budget(MAX_PAGE_BYTES)
    }
}

impl<K> PageCache<K> {
    pub fn with_budget(max_bytes: usize) -> Self {
        PageCache { pages: Mutex::new(Pages { map: HashMap::new(), bytes: 0 }), max_bytes }
    }

    /// Bytes held now, pages and keys.
    pub fn bytes(&self) -> usize {
        self.pages.lock().map(|p| p.bytes).unwrap_or(0)
    }

    /// Forgets every page. Keys hold tenant ids, which are never reused, so a deleted tenant's
    /// pages could never be served again: this only gives their room back.
    pub fn clear(&self) {
        if let Ok(mut pages) = self.pages.lock() {
            pages.map.clear();
            pages.bytes = 0;
        }
    }
}

impl<K: Hash + Eq + HeapSize> PageCache<K> {
    /// The page under `key`, rendered on the first request for it. The bytes are shared, so
    /// serving a cached page copies nothing.
    pub fn get_or_render(&self, key: K, render: impl FnOnce() -> String) -> Bytes {
        if let Ok(pages) = self.pages.lock()
            && let Some(page) = pages.map.get(&key)
        {
            return page.clone();
        }
        let page = Bytes::from(render());
        let cost = page.len() + key.heap_size() + std::mem::size_of::<K>() + ENTRY_OVERHEAD;
        if cost > self.max_bytes {
            return page;
        }
        if let Ok(mut pages) = self.pages.lock() {
            if pages.bytes + cost > self.max_bytes {
                pages.map.clear();
                pages.bytes = 0;
            }
            if pages.map.insert(key, page.clone()).is_none() {
                pages.bytes += cost;
            }
        }
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_rendered_once_per_key() {
        let cache = PageCache::<String>::default();
        let mut renders = 0;
        for _ in 0..3 {
            cache.get_or_render("k".into(), || {
                renders += 1;
                "<p>page</p>".into()
            });
        }
        assert_eq!(renders, 1);
        let other = cache.get_or_render("other".into(), || "<p>other</p>".into());
        assert_eq!(&other[..], b"<p>other</p>");
    }

    #[test]
    fn a_flood_of_distinct_keys_stays_within_the_byte_budget() {
        let cache = PageCache::<String>::with_budget(1 << 20);
        let page = "x".repeat(20_000);
        for i in 0..2_000 {
            let key = format!("{}{i}", "h".repeat(255));
            let served = cache.get_or_render(key, || page.clone());
            assert_eq!(served.len(), page.len());
            assert!(cache.bytes() <= 1 << 20, "{} bytes after {i} pages", cache.bytes());
        }
        assert!(cache.bytes() > 0);
    }

    #[tokio::test]
    async fn names_that_cannot_be_slugs_are_not_kept() {
        let cache = TenantCache::default();
        let dir = tempfile::tempdir().unwrap();
        let db = Db::connect(&format!("sqlite://{}", dir.path().join("t.db").display())).await.unwrap();
        for i in 0..100 {
            let name = format!("{}{i}", "a".repeat(10_000));
            assert!(cache.get(&db, &name, 0).await.unwrap().is_none());
        }
        assert!(cache.get(&db, "nobody", 0).await.unwrap().is_none());
        assert_eq!(cache.entries.lock().unwrap().len(), 1, "only the name that could be a slug is kept");
    }
}
