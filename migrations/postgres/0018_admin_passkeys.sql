-- Passkeys for administrators (WebAuthn). `passkey` is the credential as webauthn-rs serialises
-- it (public key, counter, flags); it is rewritten when a sign-in changes it. `user_handle` is
-- the random id the authenticator stores for the account, the same on all of an admin's passkeys.
create table admin_passkeys (
    id bigserial primary key,
    admin_id bigint not null references admins (id) on delete cascade,
    credential_id text not null unique,
    user_handle text not null,
    passkey text not null,
    name text not null,
    created_at bigint not null,
    last_used_at bigint
);
create index admin_passkeys_by_admin on admin_passkeys (admin_id);

-- A registration or sign-in under way: the cookie holds a random id, the table its hash and the
-- ceremony's state (with its challenge) until it is finished once or expires.
create table passkey_ceremonies (
    id_hash text primary key,
    kind text not null,
    admin_id bigint references admins (id) on delete cascade,
    state text not null,
    expires_at bigint not null,
    created_at bigint not null
);

-- Settings of the whole installation, by name (`admin_passkeys_required`: `true` or `false`).
create table installation_settings (
    name text primary key,
    value text not null,
    updated_at bigint not null,
    created_at bigint not null
);
