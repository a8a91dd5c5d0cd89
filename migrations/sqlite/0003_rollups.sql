-- Daily roll-ups of the funnel: what the dashboard and the funnel API read, so their cost
-- follows the number of days and dimension values, not the number of events. Visitors are
-- distinct within a row. Each person-day has one device, language (its last) and campaign (its
-- first), so rows add up exactly across those; flows are kept per event, with extra rows
-- (any_flow = 1, flow null) that count people across all flows. Summary rows (detail = 0)
-- leave out the language (stages) or device, language and campaign (steps), which the
-- unfiltered dashboard does not need; detail rows keep everything for filtered views.
-- Roll-ups outlive the events' retention period: no row names a person.

create table rollup_days (
    tenant_id integer not null references tenants (id) on delete cascade,
    day text not null,
    -- When the rows below were computed; a day that was still open is computed again once
    -- this is older than the configured age.
    rolled_at integer not null,
    -- Computed after the day ended (with a grace period), so final.
    complete integer not null,
    primary key (tenant_id, day)
);

create table rollup_stages (
    tenant_id integer not null references tenants (id) on delete cascade,
    day text not null,
    stage text not null,
    device text not null,
    flow text,
    any_flow integer not null,
    locale text,
    campaign text,
    is_bot integer not null,
    detail integer not null,
    events integer not null,
    visitors integer not null
);
create index rollup_stages_by_tenant_day on rollup_stages (tenant_id, day);
create index rollup_stages_by_view on rollup_stages (tenant_id, detail, any_flow, day);

create table rollup_steps (
    tenant_id integer not null references tenants (id) on delete cascade,
    day text not null,
    stage text not null,
    flow text,
    any_flow integer not null,
    step integer,
    symptom text,
    device text,
    locale text,
    campaign text,
    detail integer not null,
    events integer not null,
    visitors integer not null
);
create index rollup_steps_by_tenant_day on rollup_steps (tenant_id, day);
create index rollup_steps_by_view on rollup_steps (tenant_id, detail, any_flow, day);
