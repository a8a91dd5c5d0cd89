//! Microsoft Entra ID's user registration details: imported from the admin center's CSV
//! download or Microsoft Graph `userRegistrationDetails` JSON, or fetched from Microsoft Graph,
//! and turned into passkey coverage and the providers that hold the passkeys.

pub mod aaguid;
pub mod coverage;
pub mod graph;
pub mod providers;
pub mod report;
