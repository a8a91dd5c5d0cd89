//! Microsoft Entra ID's user registration details: imported from the admin center's CSV
//! download or Microsoft Graph `userRegistrationDetails` JSON, or fetched from Microsoft Graph,
//! and turned into passkey coverage and the providers that hold the passkeys; and the tenant's
//! authentication-methods configuration, read from Graph and checked for readiness; and the
//! company branding of its sign-in page.

pub mod aaguid;
pub mod allowed;
pub mod branding;
pub mod configuration;
pub mod coverage;
pub mod graph;
pub mod methods;
pub mod providers;
pub mod readiness;
pub mod report;
pub mod scope;
pub mod sealing;
pub mod signins;
