-- Entra ID user registration details, one snapshot per import.

create table entra_imports (
    id integer primary key autoincrement,
    tenant_id integer not null references tenants (id) on delete cascade,
    source text not null,
    users integer not null,
    in_scope integer not null,
    with_passkey integer not null,
    created_at integer not null
);
create index entra_imports_by_tenant on entra_imports (tenant_id, created_at);

create table entra_users (
    id integer primary key autoincrement,
    import_id integer not null references entra_imports (id) on delete cascade,
    user_principal_name text not null,
    display_name text,
    user_type text,
    methods text not null,
    has_passkey integer not null,
    created_at integer not null
);
create index entra_users_by_import on entra_users (import_id);
