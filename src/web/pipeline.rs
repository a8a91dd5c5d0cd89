//! What every request goes through, in one middleware around the router: a custom domain is
//! mapped to its tenant's paths, the request gets an id, a failed response gets its error page,
//! and every response gets the security headers and the id.

use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

use super::error_pages::{self, RequestFacts};
use super::state::AppState;
use super::transport::Https;
use super::{domains, request_id, security};

pub async fn every_request(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let https = Https::mark(&state.settings, &mut request);
    domains::rewrite_custom_domain(&state, &mut request).await;
    let id = request_id::next();
    request.headers_mut().insert(request_id::HEADER, id.clone());
    let facts = RequestFacts {
        is_api: request.uri().path().starts_with("/api/"),
        accept_language: request.headers().get(header::ACCEPT_LANGUAGE).cloned(),
        request_id: id.clone(),
    };
    let response = next.run(request).await;
    let mut response = error_pages::render(response, &facts);
    let headers = response.headers_mut();
    security::add_headers(headers, https.0);
    headers.insert(request_id::HEADER, id);
    response
}
