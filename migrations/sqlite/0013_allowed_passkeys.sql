-- Coverage under the tenant's passkey policy: each import counts the people in scope whose
-- passkeys include one the policy allows (judged when the import is made), and each user row
-- says whether theirs does. Older imports have none: they count every passkey, as before.
alter table entra_imports add column with_allowed_passkey integer;
alter table entra_users add column has_allowed_passkey integer;
