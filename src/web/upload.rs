//! Forms sent as `multipart/form-data` (the uploads): read whole, within the body limit, with
//! one clear error when the form is malformed. The CSRF token travels as the `_csrf` field.

use axum::extract::Multipart;
use bytes::Bytes;

use super::error::{AppError, AppResult};

#[derive(Debug, Default)]
pub struct Upload {
    fields: Vec<(String, Bytes)>,
}

impl Upload {
    pub async fn read(mut multipart: Multipart) -> AppResult<Upload> {
        let malformed = || AppError::BadRequest("the upload is malformed".into());
        let mut upload = Upload::default();
        while let Some(field) = multipart.next_field().await.map_err(|_| malformed())? {
            let name = field.name().unwrap_or_default().to_owned();
            let data = field.bytes().await.map_err(|_| malformed())?;
            upload.fields.push((name, data));
        }
        Ok(upload)
    }

    /// The first field of that name, if the form has one.
    pub fn field(&self, name: &str) -> Option<&Bytes> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, data)| data)
    }

    /// The CSRF token the form carries ("" when it has none, which no session accepts).
    pub fn csrf(&self) -> &str {
        self.field("_csrf").and_then(|data| std::str::from_utf8(data).ok()).unwrap_or("")
    }
}
