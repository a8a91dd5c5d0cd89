-- Sign-in usage from Entra's sign-in log: per person and UTC day, only whether a passkey, a
-- password and a legacy client were used. Kept as long as funnel events (--retention-days).
create table entra_signins (
    tenant_id integer not null references tenants (id) on delete cascade,
    user_principal_name text not null,
    day text not null,
    passkey integer not null,
    password integer not null,
    legacy_client integer not null,
    primary key (tenant_id, user_principal_name, day)
);
