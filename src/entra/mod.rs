//! Microsoft Entra ID's user registration details: imported from the admin center's CSV
//! download or Microsoft Graph `userRegistrationDetails` JSON, and turned into passkey coverage.

pub mod coverage;
pub mod report;
