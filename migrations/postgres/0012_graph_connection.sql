-- The Graph connection an owner enters in the web admin (the client secret sealed with the
-- installation's key, never shown again), what its last fetch did, and the company branding of
-- the Entra sign-in page that fetch read, offered to IT as the guide's logo and colour.
create table graph_connections (
    tenant_id bigint primary key references tenants (id) on delete cascade,
    directory text not null,
    client_id text not null,
    sealed_secret bytea not null,
    read_providers bigint not null default 1,
    updated_at bigint not null,
    fetch_started_at bigint,
    fetch_finished_at bigint,
    fetch_summary text,
    fetch_error text
);

create table entra_branding (
    tenant_id bigint primary key references tenants (id) on delete cascade,
    background_color text,
    logo_type text,
    logo bytea,
    fetched_at bigint not null
);
