//! Turns a failed response into its body: a localized page with the request id, or JSON under
//! `/api`. Internal causes are logged here with their chain and never shown.

use axum::extract::Request;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Json, Response};
use serde_json::json;

use super::error::ErrorInfo;
use crate::components::layout::Chrome;
use crate::i18n::{I18n, Locale, negotiate};

pub async fn render_errors(request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let accept_language =
        request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let request_id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).map(str::to_owned);
    let response = next.run(request).await;
    let Some(info) = response.extensions().get::<ErrorInfo>().cloned() else {
        return response;
    };
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
        let locale = negotiate(None, accept_language.as_deref(), &Locale::supported(), &Locale::english());
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
        };
        let html = crate::pages::error::render(chrome, info.status.as_u16(), request_id);
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
