-- The account managers' tasks: reminders made from each client's buying rhythm (one per client and
-- expected day), and any others.
create table accounts_task (
    id          uuid                     not null primary key,
    client_id   uuid                     not null references accounts_client (id),
    assignee    uuid                     not null,
    title       varchar(500)             not null,
    due_on      date                     not null,
    source      varchar(12)              not null,
    expected_on date,
    done_at     timestamp with time zone,
    created_at  timestamp with time zone not null,
    unique (client_id, source, expected_on)
);
create index accounts_task_assignee_idx on accounts_task (assignee, done_at, due_on);
