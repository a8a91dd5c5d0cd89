//! One error type for handlers, and the one place that turns it into a status code. The body
//! (a localized page, or JSON under `/api`) is written by `render_errors` in `web/errors_page.rs`.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("unauthorized")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    #[error("{0}")]
    BadRequest(String),
    #[error("too many requests")]
    TooManyRequests,
    #[error("the service is busy; try again in a moment")]
    Overloaded,
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

/// What the error-rendering middleware needs to know about a failed request.
#[derive(Clone, Debug)]
pub struct ErrorInfo {
    pub status: StatusCode,
    /// Safe to show: never the internal cause.
    pub public_message: String,
    /// The internal cause, for the log only.
    pub cause: Option<Arc<anyhow::Error>>,
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            AppError::Overloaded => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(e) if database_unavailable(e) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// The database is down, full or unreachable for now: a 503 the client may retry, not a 500.
fn database_unavailable(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<sqlx::Error>(),
            Some(sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::Tls(_))
        ) || matches!(
            cause.downcast_ref::<crate::analytics::writer::RecordError>(),
            Some(crate::analytics::writer::RecordError::WriteFailed)
        )
    })
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        let public_message = self.to_string();
        let cause = match self {
            AppError::Internal(e) => Some(Arc::new(e)),
            _ => None,
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorInfo { status, public_message, cause });
        response
    }
}

impl From<crate::analytics::writer::RecordError> for AppError {
    fn from(error: crate::analytics::writer::RecordError) -> Self {
        match error {
            crate::analytics::writer::RecordError::Overloaded => AppError::Overloaded,
            other => AppError::Internal(anyhow::Error::new(other)),
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreachable_database_is_a_503_and_a_bug_is_a_500() {
        let down =
            AppError::Internal(anyhow::Error::new(sqlx::Error::PoolTimedOut).context("could not read the tenant"));
        assert_eq!(down.status(), StatusCode::SERVICE_UNAVAILABLE);
        let lost = AppError::from(crate::analytics::writer::RecordError::WriteFailed);
        assert_eq!(lost.status(), StatusCode::SERVICE_UNAVAILABLE);
        let bug = AppError::Internal(anyhow::anyhow!("stored slug is invalid"));
        assert_eq!(bug.status(), StatusCode::INTERNAL_SERVER_ERROR);
    }
}
