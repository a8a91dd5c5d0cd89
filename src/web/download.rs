//! A CSV file as a download: named, never cached (the files can name people), and starting with
//! the UTF-8 byte-order mark, without which Excel on Windows reads "Anaïs" and "山田" as another
//! encoding.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::error::{AppError, AppResult};

/// The byte-order mark: how a spreadsheet tells UTF-8 text.
const BOM: &str = "\u{feff}";

pub fn csv_attachment(filename: &str, body: String) -> AppResult<Response> {
    attachment(filename, format!("{BOM}{body}"))
}

/// A CSV file for another program to read, exactly as it expects it: no byte-order mark (Entra's
/// bulk upload compares its header row character for character).
pub fn csv_for_upload(filename: &str, body: String) -> AppResult<Response> {
    attachment(filename, body)
}

fn attachment(filename: &str, body: String) -> AppResult<Response> {
    let disposition = format!("attachment; filename=\"{filename}\"");
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).map_err(|_| AppError::NotFound)?),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response())
}
