-- The last authentication-methods configuration read from Microsoft Graph, per tenant: the
-- readiness checks and the passkey profiles come from it.
create table entra_configurations (
    tenant_id integer primary key references tenants (id) on delete cascade,
    body text not null,
    fetched_at integer not null
);
