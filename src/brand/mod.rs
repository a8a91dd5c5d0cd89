//! How a tenant looks and what it allows: the model pages are built from, the per-tenant
//! stylesheet, and the checks that keep branding from being turned against visitors.

pub mod emails;
pub mod logo;
pub mod stylesheet;
pub mod tenant;
pub mod validate;

pub use tenant::{Support, Tenant};
