-- Entra ID user registration details, one snapshot per import.

create table entra_imports (
    id bigserial primary key,
    tenant_id bigint not null references tenants (id) on delete cascade,
    source text not null,
    users bigint not null,
    in_scope bigint not null,
    with_passkey bigint not null,
    created_at bigint not null
);
create index entra_imports_by_tenant on entra_imports (tenant_id, created_at);

create table entra_users (
    id bigserial primary key,
    import_id bigint not null references entra_imports (id) on delete cascade,
    user_principal_name text not null,
    display_name text,
    user_type text,
    methods text not null,
    has_passkey bigint not null,
    created_at bigint not null
);
create index entra_users_by_import on entra_users (import_id);
