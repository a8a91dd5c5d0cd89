-- Administrators in the web: invitations (a one-time link that expires; only its hash is
-- kept) and a label on each session (the browser it was started in) so an administrator can
-- tell their sessions apart and end one.
--
-- The audit log: who changed what, when, in which tenant. Entries are only ever added; the
-- triggers refuse to change or remove one. The tenant is kept by id and slug without a foreign
-- key, so the entries about a deleted tenant stay.
create table audit_log (
    id integer primary key autoincrement,
    at integer not null,
    actor_admin_id integer,
    actor text not null,
    tenant_id integer,
    tenant_slug text,
    action text not null,
    subject text not null,
    changes text not null
);
create index audit_log_by_time on audit_log (at);
create index audit_log_by_tenant on audit_log (tenant_id, at);

create trigger audit_log_no_update before update on audit_log
begin
    select raise(abort, 'audit log entries cannot be changed');
end;

create trigger audit_log_no_delete before delete on audit_log
begin
    select raise(abort, 'audit log entries cannot be removed');
end;

create table admin_invites (
    id integer primary key autoincrement,
    token_hash text not null unique,
    email text not null,
    role text not null,
    tenant_id integer references tenants (id) on delete cascade,
    invited_by integer references admins (id) on delete set null,
    created_at integer not null,
    expires_at integer not null,
    used_at integer
);
create index admin_invites_by_email on admin_invites (email);

alter table sessions add column label text not null default '';
