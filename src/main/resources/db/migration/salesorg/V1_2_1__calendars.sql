-- Employees' calendars: meetings booked for them (by a caller, for a closer), checked for overlaps.
create table salesorg_calendar_entry (
    id          uuid                     not null primary key,
    employee_id uuid                     not null references salesorg_employee (id),
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    title       varchar(300)             not null,
    company_id  uuid,
    created_at  timestamp with time zone not null
);
create index salesorg_calendar_entry_employee_idx on salesorg_calendar_entry (employee_id, starts_at);
