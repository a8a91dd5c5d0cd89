//! How a tenant looks and what it allows: the model pages are built from, the per-tenant
//! stylesheet, and the checks that keep branding from being turned against visitors.

pub mod logo;
pub mod stylesheet;
pub mod tenant;

pub use tenant::{Support, Tenant};
