//! Stylesheet, script, icon and illustrations, embedded in the binary and served from memory
//! under content-hashed names with year-long caching.

use std::sync::LazyLock;

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sha2::{Digest, Sha256};

use super::state::AppState;

struct Asset {
    /// Name without the hash, e.g. `main.css`.
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

/// A drawing under `assets/illustrations/`, by file stem.
macro_rules! illustration {
    ($stem:literal) => {
        Asset {
            name: concat!($stem, ".svg"),
            content_type: SVG,
            bytes: include_bytes!(concat!("../../assets/illustrations/", $stem, ".svg")),
        }
    };
}

const SVG: &str = "image/svg+xml";

/// The drawings carry their own light and dark colours in a `<style>` element, which the site's
/// policy (`style-src 'self'`) would block. An SVG shown as an image runs no script, and opened
/// on its own it may still run none: it may only style itself.
const SVG_CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'";

const ASSETS: &[Asset] = &[
    Asset { name: "main.css", content_type: "text/css; charset=utf-8", bytes: include_bytes!("../../style/main.css") },
    Asset {
        name: "guide.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../../assets/guide.js"),
    },
    Asset {
        name: "admin.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../../assets/admin.js"),
    },
    Asset {
        name: "passkeys.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../../assets/passkeys.js"),
    },
    Asset { name: "icon.svg", content_type: SVG, bytes: include_bytes!("../../assets/icon.svg") },
    illustration!("settings-provider"),
    illustration!("ios-autofill-settings"),
    illustration!("android-passkey-providers"),
    illustration!("security-info-add"),
    illustration!("security-info-phone"),
    illustration!("authenticator-account"),
    illustration!("samsung-save-another-way"),
    illustration!("save-passkey"),
    illustration!("mac-save-passkey"),
    illustration!("windows-save-passkey"),
    illustration!("choose-security-key"),
    illustration!("cross-device-qr"),
    illustration!("security-key-touch"),
    illustration!("done"),
];

/// `name` → `name.HASH.ext`: the URL changes whenever the content does.
fn hashed_name(asset: &Asset) -> String {
    let digest = hex::encode(&Sha256::digest(asset.bytes)[..6]);
    match asset.name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{digest}.{ext}"),
        None => format!("{}.{digest}", asset.name),
    }
}

static URLS: LazyLock<Vec<String>> =
    LazyLock::new(|| ASSETS.iter().map(|a| format!("/assets/{}", hashed_name(a))).collect());

/// The URL of an embedded asset by its plain name (`main.css`).
pub fn url(name: &str) -> &'static str {
    ASSETS.iter().position(|a| a.name == name).and_then(|i| URLS.get(i)).map_or("/assets/missing", String::as_str)
}

/// The self-hosted styles, scripts and pictures, the favicon and `robots.txt`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/assets/{file}", get(serve))
        .route("/favicon.ico", get(favicon))
        .route("/robots.txt", get(robots))
}

pub static STYLE_URL: LazyLock<&'static str> = LazyLock::new(|| url("main.css"));
pub static SCRIPT_URL: LazyLock<&'static str> = LazyLock::new(|| url("guide.js"));
pub static ADMIN_SCRIPT_URL: LazyLock<&'static str> = LazyLock::new(|| url("admin.js"));
pub static PASSKEY_SCRIPT_URL: LazyLock<&'static str> = LazyLock::new(|| url("passkeys.js"));
pub static ICON_URL: LazyLock<&'static str> = LazyLock::new(|| url("icon.svg"));

pub async fn serve(Path(file): Path<String>, headers: HeaderMap) -> Response {
    let Some((index, asset)) = ASSETS.iter().enumerate().find(|(i, a)| {
        URLS.get(*i).is_some_and(|u| u.strip_prefix("/assets/") == Some(file.as_str())) || a.name == file
    }) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let hashed = URLS.get(index).is_some_and(|u| u.ends_with(&file)) && file != asset.name;
    let etag = format!("\"{}\"", hashed_name(asset));
    if headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(etag.as_str()) {
        return StatusCode::NOT_MODIFIED.into_response();
    }
    let cache = if hashed { "public, max-age=31536000, immutable" } else { "public, max-age=300" };
    let policy = if asset.content_type == SVG {
        SVG_CONTENT_SECURITY_POLICY
    } else {
        crate::web::security::CONTENT_SECURITY_POLICY
    };
    (
        [
            (header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(policy)),
            (header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
            (header::ETAG, HeaderValue::from_str(&etag).unwrap_or(HeaderValue::from_static("\"\""))),
        ],
        asset.bytes,
    )
        .into_response()
}

/// Whether `stem` names a drawing under `assets/illustrations/`.
pub fn is_illustration(stem: &str) -> bool {
    ASSETS.iter().any(|a| a.name.strip_suffix(".svg") == Some(stem) && a.name != "icon.svg")
}

/// The stems of every drawing.
pub fn illustrations() -> impl Iterator<Item = &'static str> {
    ASSETS.iter().filter(|a| a.content_type == SVG && a.name != "icon.svg").filter_map(|a| a.name.strip_suffix(".svg"))
}

pub async fn favicon() -> Response {
    serve(Path("icon.svg".to_owned()), HeaderMap::new()).await
}

pub async fn robots() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "User-agent: *\nDisallow: /\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_asset_has_a_distinct_hashed_url() {
        let mut urls: Vec<&str> = ASSETS.iter().map(|a| url(a.name)).collect();
        assert!(urls.iter().all(|u| u.starts_with("/assets/") && *u != "/assets/missing"));
        urls.sort();
        urls.dedup();
        assert_eq!(urls.len(), ASSETS.len());
    }
}
