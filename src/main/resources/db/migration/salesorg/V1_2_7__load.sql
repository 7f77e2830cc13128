-- How many companies each employee holds at each stage, and when they were last given one: kept with every
-- assignment, so the distribution reads it per candidate instead of counting a growing matrix each time.
create table salesorg_load (
    employee_id      uuid                     not null references salesorg_employee (id),
    stage            varchar(2)               not null,
    companies        int                      not null,
    last_assigned_at timestamp with time zone,
    primary key (employee_id, stage)
);
insert into salesorg_load (employee_id, stage, companies, last_assigned_at)
select employee_id, stage, count(*), max(assigned_at) from salesorg_responsibility group by employee_id, stage;
