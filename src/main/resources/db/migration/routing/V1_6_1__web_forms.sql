-- Web-form leads by their Idempotency-Key: a retry with the same key gets the first answer, the same key
-- with another body is refused.
create table routing_web_form (
    idempotency_key varchar(100)             not null primary key,
    body_hash       varchar(64)              not null,
    lead_id         uuid                     not null,
    company_id      uuid                     not null,
    closer_id       uuid                     not null,
    received_at     timestamp with time zone not null
);
