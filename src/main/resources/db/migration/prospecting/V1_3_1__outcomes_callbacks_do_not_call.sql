-- Retries and callbacks come back to the queue at due_at; a callback first to the caller who promised it.
alter table prospecting_prospect add column due_at timestamp with time zone;
alter table prospecting_prospect add column callback_owner uuid;
create index prospecting_prospect_due_idx on prospecting_prospect (status, due_at);

-- Numbers and companies never to be called, checked each time a prospect is handed out.
create table prospecting_do_not_call (
    id         uuid                     not null primary key,
    phone      varchar(16),
    company_id uuid,
    reason     varchar(300)             not null,
    added_by   uuid,
    added_at   timestamp with time zone not null,
    constraint prospecting_do_not_call_target check (phone is not null or company_id is not null)
);
create unique index prospecting_do_not_call_phone_idx on prospecting_do_not_call (phone);
create index prospecting_do_not_call_company_idx on prospecting_do_not_call (company_id);
