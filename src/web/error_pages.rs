//! Turns a failed response into its body: a localized page with the request id, or JSON under
//! `/api`. Internal causes are logged here with their chain and never shown.

use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Json, Response};
use serde_json::json;

use super::error::ErrorInfo;
use crate::components::layout::Chrome;
use crate::i18n::{I18n, Locale, negotiate};

/// What the error body depends on, read from the request before it is handled.
pub struct RequestFacts {
    pub is_api: bool,
    pub accept_language: Option<HeaderValue>,
    pub request_id: HeaderValue,
}

/// The response itself, or, where a handler failed, the error page (or JSON) in its place.
pub fn render(response: Response, facts: &RequestFacts) -> Response {
    let Some(info) = response.extensions().get::<ErrorInfo>().cloned() else {
        return response;
    };
    let is_api = facts.is_api;
    let accept_language = facts.accept_language.as_ref().and_then(|v| v.to_str().ok());
    let request_id = facts.request_id.to_str().ok().map(str::to_owned);
    if let Some(cause) = &info.cause {
        tracing::error!(
            request_id = request_id.as_deref().unwrap_or(""),
            error = format!("{cause:#}"),
            "request failed"
        );
    }
    let mut rendered = if is_api {
        let body = json!({ "error": info.public_message, "status": info.status.as_u16(), "request_id": request_id });
        (info.status, Json(body)).into_response()
    } else {
        let locale = negotiate(None, accept_language, &Locale::supported(), &Locale::english());
        let chrome = Chrome {
            i18n: I18n::new(locale),
            tenant_name: "Passkey Guide".to_owned(),
            logo_url: None,
            brand_css: None,
            home_href: "/".to_owned(),
            languages: Vec::new(),
            support: Default::default(),
            support_code: None,
            script: None,
            personal_links: false,
        };
        let html = crate::pages::error::render(chrome, info.status.as_u16(), request_id.clone());
        (info.status, Html(html)).into_response()
    };
    for (name, value) in response.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            rendered.headers_mut().insert(name.clone(), value.clone());
        }
    }
    if info.status == axum::http::StatusCode::UNAUTHORIZED && is_api {
        rendered.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    if info.status == axum::http::StatusCode::SERVICE_UNAVAILABLE {
        rendered.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
    }
    rendered
}
