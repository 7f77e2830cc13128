-- Every inbound call once (a PBX that retries delivers the same call id), with the routing decision and
-- its reason; the PBX may report the duration and outcome later.
create table routing_call (
    id               uuid                     not null primary key,
    source           varchar(16)              not null,
    external_id      varchar(100)             not null,
    caller_raw       varchar(60)              not null,
    caller_e164      varchar(16),
    company_id       uuid,
    employee_id      uuid,
    tier             varchar(2),
    reason           varchar(300)             not null,
    received_at      timestamp with time zone not null,
    duration_seconds int,
    outcome          varchar(20),
    unique (source, external_id)
);
create index routing_call_company_idx on routing_call (company_id, received_at);
