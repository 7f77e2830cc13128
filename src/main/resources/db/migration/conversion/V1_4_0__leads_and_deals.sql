-- A lead's id is the id of the hand-over that created it, so a redelivered event creates nothing twice.
create table conversion_lead (
    id              uuid                     not null primary key,
    prospect_id     uuid                     not null,
    company_id      uuid                     not null,
    handed_over_by  uuid                     not null,
    handed_over_at  timestamp with time zone not null,
    caller_note     varchar(2000),
    closer_id       uuid                     not null,
    assigned_reason varchar(300)             not null,
    status          varchar(12)              not null,
    received_at     timestamp with time zone not null,
    decided_at      timestamp with time zone,
    version         int                      not null
);
create index conversion_lead_closer_idx on conversion_lead (closer_id, status);
create index conversion_lead_company_idx on conversion_lead (company_id);

create table conversion_deal (
    id          uuid                     not null primary key,
    lead_id     uuid                     not null unique references conversion_lead (id),
    company_id  uuid                     not null,
    closer_id   uuid                     not null,
    stage       varchar(16)              not null,
    amount      numeric(19, 2),
    opened_at   timestamp with time zone not null,
    closed_at   timestamp with time zone,
    version     int                      not null
);
create index conversion_deal_closer_idx on conversion_deal (closer_id, stage);
