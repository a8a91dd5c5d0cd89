-- The funnel kept up to date as events arrive (src/analytics/tally.rs): the event writer
-- changes these rows in the transaction that stores the events, so reading any funnel sums
-- rows and never reads events. An empty text or a step of 0 stands for "none", so that every
-- row has a key to be found by. Rows hold no visitor id; funnel_people does, for as long as its
-- day can still get events, and is then deleted.

alter table events add column profile text;
alter table events add column is_test integer not null default 0;

-- Where the tenant's days start (IANA time zone name).
alter table tenants add column time_zone text not null default 'UTC';

-- What each person did on a day, as the rows count it (JSON, see tally::Person).
create table funnel_people (
    tenant_id integer not null references tenants (id) on delete cascade,
    day text not null,
    visitor text not null,
    state text not null,
    primary key (tenant_id, day, visitor)
) without rowid;

create table funnel_stages (
    tenant_id integer not null references tenants (id) on delete cascade,
    detail integer not null,
    any_flow integer not null,
    day text not null,
    stage text not null,
    device text not null,
    flow text not null,
    locale text not null,
    campaign text not null,
    profile text not null,
    is_bot integer not null,
    is_test integer not null,
    events integer not null,
    visitors integer not null,
    primary key (tenant_id, detail, any_flow, day, stage, device, flow, locale, campaign, profile, is_bot, is_test)
) without rowid;

create table funnel_steps (
    tenant_id integer not null references tenants (id) on delete cascade,
    detail integer not null,
    any_flow integer not null,
    day text not null,
    stage text not null,
    flow text not null,
    step integer not null,
    symptom text not null,
    device text not null,
    locale text not null,
    campaign text not null,
    profile text not null,
    is_test integer not null,
    events integer not null,
    visitors integer not null,
    primary key (tenant_id, detail, any_flow, day, stage, flow, step, symptom, device, locale, campaign, profile, is_test)
) without rowid;

-- People who reached the hand-off (or done) within a span of time of their first visit that
-- day (people's own visits: no bots, no tests); the span is a bucket of tally::duration_bucket.
create table funnel_durations (
    tenant_id integer not null references tenants (id) on delete cascade,
    day text not null,
    stage text not null,
    device text not null,
    bucket integer not null,
    people integer not null,
    primary key (tenant_id, day, stage, device, bucket)
) without rowid;

-- The values the funnel has seen per tenant (device, flow, locale, campaign, profile, and
-- test when there were test visits), which the dashboard's filters offer.
create table funnel_values (
    tenant_id integer not null references tenants (id) on delete cascade,
    dimension text not null,
    value text not null,
    primary key (tenant_id, dimension, value)
);

-- Days whose figures are counted again from their events on the next start: the days the
-- earlier roll-ups had not closed. Ended days keep their rows.
create table funnel_recount (
    tenant_id integer not null references tenants (id) on delete cascade,
    day text not null,
    primary key (tenant_id, day)
);

insert into funnel_stages
select r.tenant_id, r.detail, r.any_flow, r.day, r.stage, r.device, coalesce(r.flow, ''),
       coalesce(r.locale, ''), coalesce(r.campaign, ''), '', r.is_bot, 0, r.events, r.visitors
from rollup_stages r join rollup_days d on d.tenant_id = r.tenant_id and d.day = r.day and d.complete = 1;

insert into funnel_steps
select r.tenant_id, r.detail, r.any_flow, r.day, r.stage, coalesce(r.flow, ''), coalesce(r.step, 0),
       coalesce(r.symptom, ''), coalesce(r.device, ''), coalesce(r.locale, ''), coalesce(r.campaign, ''), '', 0,
       r.events, r.visitors
from rollup_steps r join rollup_days d on d.tenant_id = r.tenant_id and d.day = r.day and d.complete = 1;

insert into funnel_recount (tenant_id, day)
select distinct e.tenant_id, e.day from events e
where not exists (select 1 from rollup_days d where d.tenant_id = e.tenant_id and d.day = e.day and d.complete = 1);

insert into funnel_values (tenant_id, dimension, value)
select distinct tenant_id, 'device', device from funnel_stages where detail = 1 and is_bot = 0 and device <> ''
union select distinct tenant_id, 'flow', flow from funnel_stages where detail = 1 and is_bot = 0 and flow <> ''
union select distinct tenant_id, 'locale', locale from funnel_stages where detail = 1 and is_bot = 0 and locale <> ''
union select distinct tenant_id, 'campaign', campaign from funnel_stages where detail = 1 and is_bot = 0 and campaign <> '';

drop table rollup_stages;
drop table rollup_steps;
drop table rollup_days;
