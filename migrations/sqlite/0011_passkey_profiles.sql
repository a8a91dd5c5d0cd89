-- Entra assigns passkey profiles per group; a guide link names one with ?p=PROFILE_ID. The
-- tenant's profiles (id, name and policy each), as JSON: fetched from Entra or set by hand. The
-- policy columns stay the default profile's, for links without ?p=.
alter table tenants add column passkey_profiles text not null default '[]';
