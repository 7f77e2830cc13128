-- The company that runs Relay, as its documents name it: entered at setup (or by the demo), one row.
create table platform_company (
    id           int                      not null primary key,
    name         varchar(300)             not null,
    legal_form   varchar(20),
    edrpou       varchar(8)               not null,
    address      varchar(300)             not null,
    iban         varchar(34)              not null,
    bank         varchar(200)             not null,
    phone        varchar(16),
    email        varchar(254),
    vat_payer    boolean                  not null,
    payment_days int                      not null,
    set_up_at    timestamp with time zone not null,
    version      int                      not null
);
