//! Logo uploads: raster images only, checked by their bytes, not their name or claimed type.
//! SVG is refused: it can carry script, and sanitising it is a losing game.

/// Largest logo accepted.
pub const MAX_LOGO_BYTES: usize = 256 * 1024;
/// Largest width or height, in pixels.
pub const MAX_LOGO_SIDE: usize = 2048;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LogoError {
    #[error("the logo is larger than 256 KB")]
    TooLarge,
    #[error("the logo is empty")]
    Empty,
    #[error("SVG logos are not accepted; upload a PNG, JPEG or WebP")]
    Svg,
    #[error("the logo must be a PNG, JPEG or WebP image")]
    UnsupportedType,
    #[error("the logo image is damaged or unreadable")]
    Malformed,
    #[error("the logo must be at most 2048 pixels wide and high")]
    TooManyPixels,
}

/// Checks an upload and returns its media type.
pub fn check(bytes: &[u8]) -> Result<&'static str, LogoError> {
    if bytes.is_empty() {
        return Err(LogoError::Empty);
    }
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(LogoError::TooLarge);
    }
    let media_type = match bytes {
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => "image/webp",
        _ => {
            let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
            if head.contains("<svg") || head.contains("<?xml") {
                return Err(LogoError::Svg);
            }
            return Err(LogoError::UnsupportedType);
        }
    };
    let size = imagesize::blob_size(bytes).map_err(|_| LogoError::Malformed)?;
    if size.width == 0 || size.height == 0 {
        return Err(LogoError::Malformed);
    }
    if size.width > MAX_LOGO_SIDE || size.height > MAX_LOGO_SIDE {
        return Err(LogoError::TooManyPixels);
    }
    Ok(media_type)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 1×1 PNG.
    pub const TINY_PNG: &[u8] = &[
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
        0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00,
        0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0x0F, 0x00, 0x00, 0x01, 0x01, 0x00, 0x05, 0x18, 0xD8,
        0x4D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    #[test]
    fn a_real_png_is_accepted() {
        assert_eq!(check(TINY_PNG), Ok("image/png"));
    }

    #[test]
    fn svg_html_truncated_and_oversized_uploads_are_refused() {
        assert_eq!(
            check(b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
            Err(LogoError::Svg)
        );
        assert_eq!(check(b"<?xml version='1.0'?><svg/>"), Err(LogoError::Svg));
        assert_eq!(check(b"<html><script>alert(1)</script>"), Err(LogoError::UnsupportedType));
        assert_eq!(check(&TINY_PNG[..12]), Err(LogoError::Malformed));
        assert_eq!(check(&[]), Err(LogoError::Empty));
        let mut big = TINY_PNG.to_vec();
        big.resize(MAX_LOGO_BYTES + 1, 0);
        assert_eq!(check(&big), Err(LogoError::TooLarge));
    }
}
