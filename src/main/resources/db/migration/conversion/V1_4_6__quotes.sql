-- Quotes for cargo services, numbered per year (КП-2026-0001), kept as given; the PDF is drawn from them.
create table conversion_quote (
    id          uuid                     not null primary key,
    deal_id     uuid                     not null references conversion_deal (id),
    quote_year  int                      not null,
    seq         int                      not null,
    route_from  varchar(200)             not null,
    route_to    varchar(200)             not null,
    cargo_type  varchar(200)             not null,
    weight_kg   numeric(12, 2)           not null,
    volume_m3   numeric(10, 2),
    price       numeric(19, 2)           not null,
    valid_until date                     not null,
    created_by  uuid                     not null,
    created_at  timestamp with time zone not null,
    unique (quote_year, seq)
);
create index conversion_quote_deal_idx on conversion_quote (deal_id);

-- Quotes take their number one at a time: each locks this row for its transaction.
create table conversion_quote_gate (
    id    int not null primary key,
    taken int not null
);
insert into conversion_quote_gate (id, taken) values (1, 0);
