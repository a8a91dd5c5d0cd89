-- The Graph connection an owner enters in the web admin (the client secret sealed with the
-- installation's key, never shown again), what its last fetch did, and the company branding of
-- the Entra sign-in page that fetch read, offered to IT as the guide's logo and colour.
create table graph_connections (
    tenant_id integer primary key references tenants (id) on delete cascade,
    directory text not null,
    client_id text not null,
    sealed_secret blob not null,
    read_providers integer not null default 1,
    updated_at integer not null,
    fetch_started_at integer,
    fetch_finished_at integer,
    fetch_summary text,
    fetch_error text
);

create table entra_branding (
    tenant_id integer primary key references tenants (id) on delete cascade,
    background_color text,
    logo_type text,
    logo blob,
    fetched_at integer not null
);
