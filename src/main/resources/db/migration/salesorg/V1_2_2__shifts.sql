-- Recurring weekly shifts and days off. An employee without shifts works office hours.
create table salesorg_shift (
    id          uuid       not null primary key,
    employee_id uuid       not null references salesorg_employee (id),
    day_of_week varchar(9) not null,
    starts_at   time       not null,
    ends_at     time       not null
);
create index salesorg_shift_employee_idx on salesorg_shift (employee_id);

create table salesorg_day_off (
    employee_id uuid not null references salesorg_employee (id),
    off_day     date not null,
    primary key (employee_id, off_day)
);
