-- The commission plan as its history: a change is a new row from its effective day on, never an edit, so
-- a statement of any month is computed with the rates of its own days.
create table analytics_commission_rate (
    id              uuid                     not null primary key,
    kind            varchar(16)              not null,
    rate            numeric(12, 4)           not null,
    effective_from  date                     not null,
    changed_by      uuid,
    changed_by_name varchar(200)             not null,
    changed_at      timestamp with time zone not null,
    note            varchar(500)
);
create index analytics_commission_rate_kind_idx on analytics_commission_rate (kind, effective_from);

-- Defaults: tier 1 per accepted lead and per meeting held; tier 2 5 % of first sales (above tier 1's
-- effective rate on the revenue its leads bring); tier 3 2 % of repeat revenue; classic 4 % of all revenue.
insert into analytics_commission_rate (id, kind, rate, effective_from, changed_by, changed_by_name, changed_at, note) values
    ('00000000-0000-0000-0000-000000000701', 'LEAD_ACCEPTED', 150, date '2000-01-01', null, 'Relay', timestamp with time zone '2000-01-01 00:00:00+00', null),
    ('00000000-0000-0000-0000-000000000702', 'MEETING_HELD', 100, date '2000-01-01', null, 'Relay', timestamp with time zone '2000-01-01 00:00:00+00', null),
    ('00000000-0000-0000-0000-000000000703', 'FIRST_SALE', 5, date '2000-01-01', null, 'Relay', timestamp with time zone '2000-01-01 00:00:00+00', null),
    ('00000000-0000-0000-0000-000000000704', 'REPEAT_SALE', 2, date '2000-01-01', null, 'Relay', timestamp with time zone '2000-01-01 00:00:00+00', null),
    ('00000000-0000-0000-0000-000000000705', 'CLASSIC', 4, date '2000-01-01', null, 'Relay', timestamp with time zone '2000-01-01 00:00:00+00', null);
