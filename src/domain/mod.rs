//! Values with rules, parsed once at the edge.

pub mod brand_color;
pub mod campaign;
pub mod day;
pub mod device;
pub mod flow_id;
pub mod handoff_url;
pub mod stage;
pub mod tenant_slug;
pub mod time_zone;
pub mod uploaded_text;
