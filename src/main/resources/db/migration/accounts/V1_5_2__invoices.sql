-- Invoices for payment ("рахунок на оплату"): numbered per series and year without gaps or repeats,
-- with the supplier's and the buyer's requisites as they were when issued, lines, VAT, payments.
create table accounts_invoice (
    id            uuid                     not null primary key,
    client_id     uuid                     not null references accounts_client (id),
    series        varchar(8)               not null,
    invoice_year  int                      not null,
    seq           int                      not null,
    issued_on     date                     not null,
    due_on        date                     not null,
    vat_rate      int                      not null,
    net           numeric(19, 2)           not null,
    vat           numeric(19, 2)           not null,
    total         numeric(19, 2)           not null,
    paid          numeric(19, 2)           not null,
    status        varchar(10)              not null,
    supplier      varchar(2000)            not null,
    buyer_name    varchar(400)             not null,
    buyer_edrpou  varchar(8),
    buyer_address varchar(400),
    issued_by     uuid                     not null,
    issued_at     timestamp with time zone not null,
    paid_on       date,
    version       int                      not null,
    unique (series, invoice_year, seq)
);
create index accounts_invoice_client_idx on accounts_invoice (client_id, issued_on);
create index accounts_invoice_due_idx on accounts_invoice (status, due_on);

create table accounts_invoice_line (
    invoice_id  uuid           not null references accounts_invoice (id),
    position    int            not null,
    order_id    uuid           references accounts_order (id),
    description varchar(500)   not null,
    quantity    numeric(12, 3) not null,
    unit        varchar(20)    not null,
    net_price   numeric(19, 2) not null,
    net_amount  numeric(19, 2) not null,
    primary key (invoice_id, position)
);

create table accounts_payment (
    id          uuid                     not null primary key,
    invoice_id  uuid                     not null references accounts_invoice (id),
    amount      numeric(19, 2)           not null,
    paid_on     date                     not null,
    recorded_by uuid                     not null,
    recorded_at timestamp with time zone not null
);
create index accounts_payment_invoice_idx on accounts_payment (invoice_id);

alter table accounts_invoice_request add column invoice_id uuid;

-- Invoices take their number one at a time: each locks this row for its transaction.
create table accounts_invoice_gate (
    id    int not null primary key,
    taken int not null
);
insert into accounts_invoice_gate (id, taken) values (1, 0);
