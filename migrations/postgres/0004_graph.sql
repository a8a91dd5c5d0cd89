-- Passkeys read from Microsoft Graph with an import, and which provider holds each one.

-- 1 when the import read every passkey holder's FIDO2 methods (so zero rows below means none).
alter table entra_imports add column passkey_details bigint not null default 0;

create table entra_passkeys (
    id bigserial primary key,
    import_id bigint not null references entra_imports (id) on delete cascade,
    user_principal_name text not null,
    aaguid text,
    provider text not null,
    model text,
    registered_at bigint,
    created_at bigint not null
);
create index entra_passkeys_by_import on entra_passkeys (import_id, provider);
