-- Who counts toward coverage: the accounts IT excludes (rooms, services, break-glass) by
-- principal name or pattern, each user row marked when excluded, each import with how many it
-- left out; and whether a user is an administrator (the report's isAdmin), for the
-- administrators' own coverage line.
create table coverage_exclusions (
    tenant_id integer not null references tenants (id) on delete cascade,
    pattern text not null,
    primary key (tenant_id, pattern)
);
alter table entra_users add column is_admin integer;
alter table entra_users add column excluded integer not null default 0;
alter table entra_imports add column excluded integer not null default 0;
