-- Offboarding: a disabled administrator keeps their row (and so their history) but cannot sign
-- in, and their sessions end at once.
alter table admins add column disabled_at integer;

-- Device cookies (OWASP "slow down online guessing with device cookies"): a browser that signed
-- in successfully gets a random token; the table keeps only its hash. Such a browser keeps its own
-- allowance of failed sign-ins when the account is under attack from elsewhere.
create table trusted_devices (
    token_hash text primary key,
    admin_id integer not null references admins (id) on delete cascade,
    expires_at integer not null,
    created_at integer not null
);
create index trusted_devices_by_admin on trusted_devices (admin_id);
