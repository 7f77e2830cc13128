-- Every assignment of the matrix as it happened, so "who handled which company at which stage" can be
-- answered for any period, in the model of its time. The current matrix starts the history.
create table salesorg_responsibility_history (
    company_id  uuid                     not null,
    stage       varchar(2)               not null,
    assigned_at timestamp with time zone not null,
    employee_id uuid                     not null,
    mode        varchar(12)              not null,
    reason      varchar(300)             not null,
    primary key (company_id, stage, assigned_at, employee_id)
);
create index salesorg_responsibility_history_at_idx on salesorg_responsibility_history (assigned_at);
insert into salesorg_responsibility_history (company_id, stage, assigned_at, employee_id, mode, reason)
select company_id, stage, assigned_at, employee_id, mode, reason from salesorg_responsibility;
