-- The tenant's policy mirrors an Entra passkey profile: its passkey types (device-bound, synced)
-- and its key restrictions (an allow or block list of AAGUIDs) instead of one "Authenticator
-- only" switch, which becomes the allow list of Microsoft Authenticator's two AAGUIDs.
alter table tenants add column allow_device_bound integer not null default 1;
alter table tenants add column key_restriction text not null default 'off';
alter table tenants add column key_aaguids text not null default '';
update tenants
   set key_restriction = 'allow',
       key_aaguids = '90a3ccdf-635c-4729-a248-9b709135078f,de1e552d-db1d-4423-a619-566b625cdc84'
 where require_authenticator = 1;
alter table tenants drop column require_authenticator;
