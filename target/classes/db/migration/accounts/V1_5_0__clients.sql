create table accounts_client (
    id                 uuid                     not null primary key,
    company_id         uuid                     not null unique,
    account_manager_id uuid                     not null,
    assigned_reason    varchar(300)             not null,
    first_deal_id      uuid                     not null unique,
    first_sale_amount  numeric(19, 2)           not null,
    client_since       timestamp with time zone not null,
    version            int                      not null
);
create index accounts_client_manager_idx on accounts_client (account_manager_id);
