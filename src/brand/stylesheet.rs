//! The per-tenant stylesheet: only validated colours go in, so no tenant value can inject CSS.

use crate::brand::Tenant;
use crate::domain::brand_color::BrandColor;

const WHITE: BrandColor = BrandColor::rgb(255, 255, 255);
const DARK_SURFACE: BrandColor = BrandColor::rgb(0x12, 0x16, 0x1c);

/// WCAG AA for normal text.
pub const AA: f64 = 4.5;

pub fn render(tenant: &Tenant) -> String {
    let brand = tenant.primary_color;
    let on_light = brand.nearest_with_contrast(WHITE, AA);
    let on_dark = brand.nearest_with_contrast(DARK_SURFACE, AA);
    format!(
        ":root{{--brand:{};--brand-text:{};}}\n@media (prefers-color-scheme: dark){{:root{{--brand:{};--brand-text:{};}}}}\n",
        on_light.to_hex(),
        on_light.readable_text().to_hex(),
        on_dark.to_hex(),
        on_dark.readable_text().to_hex(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_schemes_get_colours_that_pass_aa() {
        for hex in ["#ffff00", "#0f6cbd", "#000000", "#777777"] {
            let color = BrandColor::parse(hex).unwrap();
            let light = color.nearest_with_contrast(WHITE, AA);
            let dark = color.nearest_with_contrast(DARK_SURFACE, AA);
            assert!(light.contrast_with(WHITE) >= AA, "{hex}");
            assert!(dark.contrast_with(DARK_SURFACE) >= AA, "{hex}");
            assert!(light.contrast_with(light.readable_text()) >= AA, "{hex} button text");
        }
    }
}
