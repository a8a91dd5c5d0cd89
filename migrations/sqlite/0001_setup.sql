-- Tenants, funnel events, API tokens, admins and the daily visitor salts.

create table tenants (
    id integer primary key autoincrement,
    slug text not null unique,
    name text not null,
    primary_color text not null,
    logo_type text,
    logo blob,
    support_email text,
    support_phone text,
    support_url text,
    handoff_url text not null,
    domain text unique,
    locales text not null,
    default_locale text not null,
    allow_synced integer not null,
    enforce_attestation integer not null,
    require_authenticator integer not null,
    personal_links integer not null default 0,
    branding_version integer not null default 1,
    created_at integer not null,
    updated_at integer not null
);

create table events (
    id integer primary key autoincrement,
    tenant_id integer not null references tenants (id) on delete cascade,
    at_ms integer not null,
    day text not null,
    stage text not null,
    step integer,
    symptom text,
    device text not null,
    flow text,
    locale text not null,
    campaign text,
    visitor text not null,
    is_bot integer not null,
    created_at integer not null
);
create index events_by_tenant_day on events (tenant_id, day);

create table api_tokens (
    id integer primary key autoincrement,
    tenant_id integer not null references tenants (id) on delete cascade,
    token_hash text not null unique,
    label text not null,
    revoked_at integer,
    created_at integer not null
);

create table visitor_salts (
    day text primary key,
    salt text not null,
    created_at integer not null
);

create table admins (
    id integer primary key autoincrement,
    email text not null unique,
    password_hash text not null,
    role text not null,
    tenant_id integer references tenants (id) on delete cascade,
    created_at integer not null
);

create table sessions (
    id_hash text primary key,
    admin_id integer not null references admins (id) on delete cascade,
    csrf_token text not null,
    expires_at integer not null,
    created_at integer not null
);
