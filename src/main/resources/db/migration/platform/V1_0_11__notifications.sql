-- What each employee is told in the top bar: a new lead, a lead returned, a meeting or task in a quarter
-- of an hour, a client's reminder, an invoice turned overdue, an import finished; read or not.
create table platform_notification (
    id          uuid                     not null primary key,
    employee_id uuid                     not null,
    kind        varchar(20)              not null,
    subject     varchar(400)             not null,
    detail      varchar(1000),
    path        varchar(300)             not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index platform_notification_unread_idx on platform_notification (employee_id, read_at, created_at);
