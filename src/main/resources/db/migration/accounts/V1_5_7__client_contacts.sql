-- What the account manager records of their contacts with a client: calls, meetings, e-mails, notes.
create table accounts_contact (
    id          uuid                     not null primary key,
    client_id   uuid                     not null references accounts_client (id),
    kind        varchar(8)               not null,
    happened_at timestamp with time zone not null,
    summary     varchar(2000)            not null,
    by_employee uuid                     not null,
    created_at  timestamp with time zone not null
);
create index accounts_contact_client_idx on accounts_contact (client_id, happened_at);
