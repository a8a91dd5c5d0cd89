-- Tenants, funnel events, API tokens, admins and the daily visitor salts.

create table tenants (
    id bigserial primary key,
    slug text not null unique,
    name text not null,
    primary_color text not null,
    logo_type text,
    logo bytea,
    support_email text,
    support_phone text,
    support_url text,
    handoff_url text not null,
    domain text unique,
    locales text not null,
    default_locale text not null,
    allow_synced bigint not null,
    enforce_attestation bigint not null,
    require_authenticator bigint not null,
    personal_links bigint not null default 0,
    branding_version bigint not null default 1,
    created_at bigint not null,
    updated_at bigint not null
);

create table events (
    id bigserial primary key,
    tenant_id bigint not null references tenants (id) on delete cascade,
    at_ms bigint not null,
    day text not null,
    stage text not null,
    step bigint,
    symptom text,
    device text not null,
    flow text,
    locale text not null,
    campaign text,
    visitor text not null,
    is_bot bigint not null,
    created_at bigint not null
);
create index events_by_tenant_day on events (tenant_id, day);

create table api_tokens (
    id bigserial primary key,
    tenant_id bigint not null references tenants (id) on delete cascade,
    token_hash text not null unique,
    label text not null,
    revoked_at bigint,
    created_at bigint not null
);

create table visitor_salts (
    day text primary key,
    salt text not null,
    created_at bigint not null
);

create table admins (
    id bigserial primary key,
    email text not null unique,
    password_hash text not null,
    role text not null,
    tenant_id bigint references tenants (id) on delete cascade,
    created_at bigint not null
);

create table sessions (
    id_hash text primary key,
    admin_id bigint not null references admins (id) on delete cascade,
    csrf_token text not null,
    expires_at bigint not null,
    created_at bigint not null
);
