-- Every switch of the organisation model, so reports (commissions, the matrix over time) know which model
-- a day was worked in. The mode in force when this table was made counts from the beginning.
create table salesorg_mode_change (
    id         uuid                     not null primary key,
    mode       varchar(12)              not null,
    changed_at timestamp with time zone not null
);
create index salesorg_mode_change_at_idx on salesorg_mode_change (changed_at);
insert into salesorg_mode_change (id, mode, changed_at)
select '00000000-0000-0000-0000-000000000001', mode, timestamp with time zone '1970-01-01 00:00:00+00'
from salesorg_organisation;
