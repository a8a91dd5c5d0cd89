//! Pieces shared by pages.

pub mod admin_frame;
pub mod layout;
pub mod passkey_button;
pub mod passkey_providers;
pub mod readiness;
pub mod text_area;
