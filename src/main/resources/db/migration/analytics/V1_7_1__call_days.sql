-- Tier 1's calls per Kyiv day and caller, rolled up from prospecting_call for every day before
-- complete_before; reports read these and count only the days from complete_before on in the calls table.
create table analytics_call_day (
    call_day   date not null,
    caller_id  uuid not null,
    calls      int  not null,
    interested int  not null,
    primary key (call_day, caller_id)
);
create table analytics_rollup (
    name            varchar(40) not null primary key,
    complete_before date
);
insert into analytics_rollup (name, complete_before) values ('calls', null);
