//! A tenant colour, `#RRGGBB`, with the contrast arithmetic WCAG uses.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(into = "String")]
pub struct BrandColor {
    r: u8,
    g: u8,
    b: u8,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BrandColorError {
    #[error("a colour is written #RRGGBB, for example #0F6CBD")]
    Format,
}

impl BrandColor {
    pub const fn rgb(r: u8, g: u8, b: u8) -> BrandColor {
        BrandColor { r, g, b }
    }

    pub fn parse(value: &str) -> Result<BrandColor, BrandColorError> {
        let hex = value.trim().strip_prefix('#').ok_or(BrandColorError::Format)?;
        if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(BrandColorError::Format);
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| BrandColorError::Format);
        Ok(BrandColor { r: channel(0)?, g: channel(2)?, b: channel(4)? })
    }

    /// `#rrggbb`, lower case: safe to place in CSS as it is.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// Relative luminance as WCAG 2.x defines it.
    pub fn luminance(self) -> f64 {
        fn linear(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
        }
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    pub fn contrast_with(self, other: BrandColor) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }

    /// The text colour (white or near-black) that reads best on this colour.
    pub fn readable_text(self) -> BrandColor {
        let white = BrandColor::rgb(255, 255, 255);
        let ink = BrandColor::rgb(17, 24, 39);
        if self.contrast_with(white) >= self.contrast_with(ink) { white } else { ink }
    }

    /// The nearest colour, darkened or lightened step by step, that reaches `ratio` against
    /// `background`. Returns the colour itself when it already passes.
    pub fn nearest_with_contrast(self, background: BrandColor, ratio: f64) -> BrandColor {
        if self.contrast_with(background) >= ratio {
            return self;
        }
        let darken = background.luminance() > 0.18;
        let mut candidate = self;
        for step in 1..=100u32 {
            let t = f64::from(step) / 100.0;
            let mix = |c: u8| -> u8 {
                let target = if darken { 0.0 } else { 255.0 };
                (f64::from(c) + (target - f64::from(c)) * t).round().clamp(0.0, 255.0) as u8
            };
            candidate = BrandColor::rgb(mix(self.r), mix(self.g), mix(self.b));
            if candidate.contrast_with(background) >= ratio {
                break;
            }
        }
        candidate
    }
}

impl From<BrandColor> for String {
    fn from(color: BrandColor) -> String {
        color.to_hex()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_colours_parse_and_print_lowercase() {
        assert_eq!(BrandColor::parse("#0F6CBD").unwrap().to_hex(), "#0f6cbd");
    }

    #[test]
    fn anything_that_is_not_a_plain_hex_colour_is_refused() {
        for bad in ["0F6CBD", "#0F6CB", "#0F6CBDX", "red", "#fff", "#0f6cbd;}body{x:y", "url(x)", "#ééé"] {
            assert_eq!(BrandColor::parse(bad), Err(BrandColorError::Format), "{bad}");
        }
    }

    #[test]
    fn contrast_matches_the_wcag_reference_values() {
        let black = BrandColor::rgb(0, 0, 0);
        let white = BrandColor::rgb(255, 255, 255);
        assert!((black.contrast_with(white) - 21.0).abs() < 0.01);
        assert!((BrandColor::parse("#767676").unwrap().contrast_with(white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn a_pale_colour_is_darkened_until_it_reads_on_white() {
        let white = BrandColor::rgb(255, 255, 255);
        let pale = BrandColor::parse("#ffd54f").unwrap();
        let fixed = pale.nearest_with_contrast(white, 4.5);
        assert!(fixed.contrast_with(white) >= 4.5);
        assert_ne!(fixed, pale);
        let fine = BrandColor::parse("#0f6cbd").unwrap();
        assert_eq!(fine.nearest_with_contrast(white, 4.5), fine);
    }
}
