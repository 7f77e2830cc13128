-- What happened on a deal (calls, meetings, e-mails, notes) and what the closer has to do next, by when.
create table conversion_activity (
    id          uuid                     not null primary key,
    deal_id     uuid                     not null references conversion_deal (id),
    kind        varchar(8)               not null,
    happened_at timestamp with time zone not null,
    summary     varchar(2000)            not null,
    by_employee uuid                     not null,
    created_at  timestamp with time zone not null
);
create index conversion_activity_deal_idx on conversion_activity (deal_id, happened_at);

create table conversion_task (
    id         uuid                     not null primary key,
    deal_id    uuid                     not null references conversion_deal (id),
    title      varchar(300)             not null,
    due_at     timestamp with time zone not null,
    assignee   uuid                     not null,
    done_at    timestamp with time zone,
    created_at timestamp with time zone not null
);
create index conversion_task_assignee_idx on conversion_task (assignee, done_at, due_at);
create index conversion_task_deal_idx on conversion_task (deal_id);
