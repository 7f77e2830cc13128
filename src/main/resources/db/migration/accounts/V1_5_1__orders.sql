-- A client's orders of cargo services (the first comes with the first sale), and the requests to invoice
-- them, which the account manager turns into invoices.
create table accounts_order (
    id          uuid                     not null primary key,
    client_id   uuid                     not null references accounts_client (id),
    description varchar(500)             not null,
    amount      numeric(19, 2)           not null,
    ordered_at  timestamp with time zone not null,
    source      varchar(16)              not null,
    deal_id     uuid unique,
    version     int                      not null
);
create index accounts_order_client_idx on accounts_order (client_id, ordered_at);

create table accounts_invoice_request (
    id           uuid                     not null primary key,
    order_id     uuid                     not null unique references accounts_order (id),
    requested_at timestamp with time zone not null,
    status       varchar(12)              not null
);
