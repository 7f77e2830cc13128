create table salesorg_team (
    id   uuid         not null primary key,
    name varchar(120) not null,
    tier varchar(2)   not null
);

create table salesorg_employee (
    id             uuid                     not null primary key,
    full_name      varchar(200)             not null,
    tier           varchar(2),
    head_of_sales  boolean                  not null,
    team_id        uuid references salesorg_team (id),
    email          varchar(254),
    active         boolean                  not null,
    created_at     timestamp with time zone not null
);

-- One row: how the department is organised right now.
create table salesorg_organisation (
    id                int                      not null primary key,
    mode              varchar(12)              not null,
    changed_at        timestamp with time zone not null,
    version           int                      not null
);
insert into salesorg_organisation (id, mode, changed_at, version) values (1, 'THREE_TIER', current_timestamp, 0);

-- The responsibility matrix: for each company and stage, the employee responsible, and why.
create table salesorg_responsibility (
    company_id  uuid                     not null,
    stage       varchar(2)               not null,
    employee_id uuid                     not null references salesorg_employee (id),
    mode        varchar(12)              not null,
    reason      varchar(300)             not null,
    assigned_at timestamp with time zone not null,
    primary key (company_id, stage)
);
create index salesorg_responsibility_employee_idx on salesorg_responsibility (employee_id, stage);
