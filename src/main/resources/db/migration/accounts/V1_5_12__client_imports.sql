-- Existing clients brought in from a file (a spreadsheet or a 1C export) on a page: the upload until it
-- is run, what the run did, and each refused row with its reason; a client remembers the import that
-- brought it, so the import can be taken back.
create table accounts_client_import (
    id          uuid                     not null primary key,
    file_name   varchar(255)             not null,
    format      varchar(100),
    content     bytea,
    uploaded_by varchar(64),
    uploaded_at timestamp with time zone not null,
    status      varchar(12)              not null,
    rows_read   int                      not null default 0,
    clients     int                      not null default 0,
    orders      int                      not null default 0,
    refused     int                      not null default 0,
    kept        int                      not null default 0,
    done_at     timestamp with time zone,
    undone_at   timestamp with time zone
);
create index accounts_client_import_at_idx on accounts_client_import (uploaded_at);

create table accounts_client_import_problem (
    import_id uuid          not null references accounts_client_import (id),
    row_no    int           not null,
    code      varchar(60)   not null,
    detail    varchar(1000)
);
create index accounts_client_import_problem_idx on accounts_client_import_problem (import_id, row_no);

alter table accounts_client add column import_id uuid;
create index accounts_client_import_idx on accounts_client (import_id);
