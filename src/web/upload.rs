//! Forms sent as `multipart/form-data` (the uploads): read whole, within the body limit, with
//! one clear error when the form is malformed. The CSRF token travels as the `_csrf` field.

use axum::extract::Multipart;
use bytes::Bytes;

use super::error::{AppError, AppResult};

#[derive(Debug, Default)]
pub struct Upload {
    fields: Vec<(String, Bytes)>,
    /// `(field, file name)` for file fields.
    file_names: Vec<(String, String)>,
}

impl Upload {
    pub async fn read(mut multipart: Multipart) -> AppResult<Upload> {
        let malformed = || AppError::BadRequest("the upload is malformed".into());
        let mut upload = Upload::default();
        while let Some(field) = multipart.next_field().await.map_err(|_| malformed())? {
            let name = field.name().unwrap_or_default().to_owned();
            if let Some(file_name) = field.file_name() {
                // Only the last path segment, without control characters, at most 200 characters.
                let base = file_name.rsplit(['/', '\\']).next().unwrap_or_default();
                let clean: String = base.chars().filter(|c| !c.is_control()).take(200).collect();
                upload.file_names.push((name.clone(), clean));
            }
            let data = field.bytes().await.map_err(|_| malformed())?;
            upload.fields.push((name, data));
        }
        Ok(upload)
    }

    /// The first field of that name, if the form has one.
    pub fn field(&self, name: &str) -> Option<&Bytes> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, data)| data)
    }

    /// The name the browser gave the file sent in `field`, if any.
    pub fn file_name(&self, field: &str) -> Option<&str> {
        self.file_names.iter().find(|(n, f)| n == field && !f.is_empty()).map(|(_, f)| f.as_str())
    }

    /// The CSRF token the form carries ("" when it has none, which no session accepts).
    pub fn csrf(&self) -> &str {
        self.field("_csrf").and_then(|data| std::str::from_utf8(data).ok()).unwrap_or("")
    }
}
