//! The text of an uploaded file (a registration report, a recipient list): UTF-8, without the
//! byte-order mark spreadsheets put first.

/// The file's text, or the 1-based number of the first line that is not UTF-8.
pub fn uploaded_text(bytes: &[u8]) -> Result<&str, u64> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| 1 + bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() as u64)?;
    Ok(text.trim_start_matches('\u{feff}'))
}

/// Why `uploaded_text` refused a file.
pub const NOT_UTF8: &str = "the file is not UTF-8 text";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_is_dropped_and_the_first_bad_line_is_named() {
        assert_eq!(uploaded_text("\u{feff}a,b\n".as_bytes()), Ok("a,b\n"));
        assert_eq!(uploaded_text(b"a\nb\n\xff\n"), Err(3));
    }
}
