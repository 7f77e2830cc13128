create table prospecting_prospect (
    id             uuid                     not null primary key,
    company_id     uuid                     not null unique,
    status         varchar(16)              not null,
    priority       int                      not null,
    holder_id      uuid,
    lease_until    timestamp with time zone,
    attempts       int                      not null,
    last_called_at timestamp with time zone,
    created_at     timestamp with time zone not null,
    version        int                      not null
);
-- The queue's pick starts with the index's leading column (see MEASURED.md on H2).
create index prospecting_prospect_queue_idx on prospecting_prospect (status, priority, id);
create index prospecting_prospect_holder_idx on prospecting_prospect (holder_id);

create table prospecting_call (
    id          uuid                     not null primary key,
    prospect_id uuid                     not null references prospecting_prospect (id),
    caller_id   uuid                     not null,
    outcome     varchar(24)              not null,
    note        varchar(2000),
    called_at   timestamp with time zone not null
);
create index prospecting_call_prospect_idx on prospecting_call (prospect_id);
create index prospecting_call_caller_idx on prospecting_call (caller_id, called_at);
