//! In-memory caches for the hot path: tenants by slug (a few seconds, so several instances
//! agree quickly after a change), and rendered guide pages, which depend only on their key
//! (tenant and branding version, language, device and what was detected of it, path, query,
//! host) and so never go stale: a branding change makes new keys.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

use bytes::Bytes;

use crate::brand::Tenant;
use crate::db::{Db, tenants};
use crate::web::guide_context::PageKey;

const TENANT_TTL_MS: i64 = 2_000;
const MAX_TENANTS: usize = 10_000;
const MAX_PAGES: usize = 20_000;

type TenantEntry = (i64, Option<Arc<Tenant>>);

#[derive(Debug, Default)]
pub struct TenantCache {
    entries: Mutex<HashMap<String, TenantEntry>>,
}

impl TenantCache {
    /// The tenant with this slug, from memory when it was read in the last two seconds.
    /// Unknown slugs are remembered too, so a flood of them does not reach the database.
    pub async fn get(&self, db: &Db, slug: &str, now_ms: i64) -> anyhow::Result<Option<Arc<Tenant>>> {
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

#[derive(Debug)]
pub struct PageCache<K = PageKey> {
    pages: Mutex<HashMap<K, Bytes>>,
}

impl<K> Default for PageCache<K> {
    fn default() -> Self {
        PageCache { pages: Mutex::new(HashMap::new()) }
    }
}

impl<K: Hash + Eq> PageCache<K> {
    /// The page under `key`, rendered on the first request for it. The bytes are shared, so
    /// serving a cached page copies nothing.
    pub fn get_or_render(&self, key: K, render: impl FnOnce() -> String) -> Bytes {
        if let Ok(pages) = self.pages.lock()
            && let Some(page) = pages.get(&key)
        {
            return page.clone();
        }
        let page = Bytes::from(render());
        if let Ok(mut pages) = self.pages.lock() {
            if pages.len() >= MAX_PAGES {
                pages.clear();
            }
            pages.insert(key, page.clone());
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
}
