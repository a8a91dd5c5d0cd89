-- Administrators in the web: invitations (a one-time link that expires; only its hash is
-- kept) and a label on each session (the browser it was started in) so an administrator can
-- tell their sessions apart and end one.
--
-- The audit log: who changed what, when, in which tenant. Entries are only ever added; the
-- trigger refuses to change or remove one. The tenant is kept by id and slug without a foreign
-- key, so the entries about a deleted tenant stay.
create table audit_log (
    id bigserial primary key,
    at bigint not null,
    actor_admin_id bigint,
    actor text not null,
    tenant_id bigint,
    tenant_slug text,
    action text not null,
    subject text not null,
    changes text not null
);
create index audit_log_by_time on audit_log (at);
create index audit_log_by_tenant on audit_log (tenant_id, at);

create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit log entries cannot be changed or removed';
end;
$$;

create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_refuse_change();

create table admin_invites (
    id bigserial primary key,
    token_hash text not null unique,
    email text not null,
    role text not null,
    tenant_id bigint references tenants (id) on delete cascade,
    invited_by bigint references admins (id) on delete set null,
    created_at bigint not null,
    expires_at bigint not null,
    used_at bigint
);
create index admin_invites_by_email on admin_invites (email);

alter table sessions add column label text not null default '';
