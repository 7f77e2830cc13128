-- Open deals brought in from a file (a spreadsheet or another CRM's export) on a page: the upload until
-- it is run, what the run did, and each refused row with its reason. A deal remembers the import that
-- brought it, so the import can be taken back; its lead says it came from an import ('IMPORT'), and tier
-- 2's figures (leads received, accepted, first touches) leave such leads out.
create table conversion_deal_import (
    id          uuid                     not null primary key,
    file_name   varchar(255)             not null,
    format      varchar(100),
    content     bytea,
    uploaded_by varchar(64),
    uploaded_at timestamp with time zone not null,
    status      varchar(12)              not null,
    rows_read   int                      not null default 0,
    deals       int                      not null default 0,
    refused     int                      not null default 0,
    kept        int                      not null default 0,
    done_at     timestamp with time zone,
    undone_at   timestamp with time zone
);
create index conversion_deal_import_at_idx on conversion_deal_import (uploaded_at);

create table conversion_deal_import_problem (
    import_id uuid          not null references conversion_deal_import (id),
    row_no    int           not null,
    code      varchar(60)   not null,
    detail    varchar(1000)
);
create index conversion_deal_import_problem_idx on conversion_deal_import_problem (import_id, row_no);

alter table conversion_deal add column import_id uuid;
create index conversion_deal_import_idx on conversion_deal (import_id);
