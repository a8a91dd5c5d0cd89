-- Microsoft Entra passkeys in Windows Hello need IT to opt in (a passkey profile that allows the
-- Windows Hello AAGUIDs, without enforced attestation); the guide offers Windows Hello only where
-- IT says it did. Off by default.
alter table tenants add column windows_hello integer not null default 0;
