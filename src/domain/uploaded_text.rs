//! The text of an uploaded file (a registration report, a recipient list): UTF-8, without the
//! byte-order mark spreadsheets put first.

/// The file's text, or the 1-based number of the first line that is not UTF-8.
pub fn uploaded_text(bytes: &[u8]) -> Result<&str, u64> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| 1 + bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() as u64)?;
    Ok(text.trim_start_matches('\u{feff}'))
}

/// The physical line numbers (1-based) of byte offsets met in order, as a CSV reader meets its
/// records: each `\n` is counted once over the whole text, so a file with Windows line endings
/// is numbered like any other (the reader's own count lags there).
pub struct Lines<'a> {
    text: &'a [u8],
    counted_to: usize,
    line: u64,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Lines<'a> {
        Lines { text: text.as_bytes(), counted_to: 0, line: 1 }
    }

    /// The line that byte `offset` is on.
    pub fn at(&mut self, offset: u64) -> u64 {
        let offset = usize::try_from(offset).unwrap_or(usize::MAX).min(self.text.len());
        let newlines = |bytes: &[u8]| bytes.iter().filter(|b| **b == b'\n').count() as u64;
        if offset < self.counted_to {
            return 1 + newlines(&self.text[..offset]);
        }
        self.line += newlines(&self.text[self.counted_to..offset]);
        self.counted_to = offset;
        self.line
    }

    /// The line a CSV record starts on; 0 when the reader gave no position. The reader's offset
    /// can point at the line break before the record (the `\n` of a `\r\n`, a blank line), so
    /// line breaks there are stepped over first.
    pub fn of(&mut self, position: Option<&csv::Position>) -> u64 {
        let Some(position) = position else { return 0 };
        let mut offset = usize::try_from(position.byte()).unwrap_or(usize::MAX);
        while matches!(self.text.get(offset), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        self.at(offset as u64)
    }
}

/// Why `uploaded_text` refused a file.
pub const NOT_UTF8: &str = "the file is not UTF-8 text";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_the_same_with_any_line_ending() {
        for text in ["a\nb\nc\n", "a\r\nb\r\nc\r\n"] {
            let mut lines = Lines::new(text);
            let starts: Vec<u64> = text.match_indices('c').map(|(i, _)| lines.at(i as u64)).collect();
            assert_eq!(starts, vec![3], "{text:?}");
            assert_eq!(lines.at(0), 1, "an earlier offset is still right");
        }
    }

    #[test]
    fn the_mark_is_dropped_and_the_first_bad_line_is_named() {
        assert_eq!(uploaded_text("\u{feff}a,b\n".as_bytes()), Ok("a,b\n"));
        assert_eq!(uploaded_text(b"a\nb\n\xff\n"), Err(3));
    }
}
