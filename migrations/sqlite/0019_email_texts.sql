-- The rollout emails as IT edited them, per tenant, email and language (an email without a row
-- here is the default text), and the rollout's deadline that the reminder and final notice give.
create table email_texts (
    tenant_id integer not null references tenants (id) on delete cascade,
    kind text not null,
    lang text not null,
    subject text not null,
    body text not null,
    updated_at integer not null,
    primary key (tenant_id, kind, lang)
);

alter table tenants add column email_deadline text;
