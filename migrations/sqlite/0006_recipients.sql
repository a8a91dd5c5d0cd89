-- Personal links (a tenant setting, off by default): the people an announcement goes to, each
-- with a random code for their link. Events carry the code of the link they came through, so
-- people can be put in segments (never opened, opened but not registered, stuck, registered).

create table recipients (
    id integer primary key autoincrement,
    tenant_id integer not null references tenants (id) on delete cascade,
    user_principal_name text not null,
    display_name text,
    wave text,
    code text not null unique,
    created_at integer not null
);
create unique index recipients_by_person on recipients (tenant_id, user_principal_name);

alter table events add column recipient text;
create index events_by_recipient on events (recipient) where recipient is not null;
