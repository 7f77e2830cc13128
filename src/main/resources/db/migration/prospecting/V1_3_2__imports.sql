-- An uploaded prospect list: kept with its file until run, then with its report; undone as a whole.
create table prospecting_import (
    id           uuid                     not null primary key,
    file_name    varchar(255)             not null,
    content      bytea,
    status       varchar(12)              not null,
    uploaded_by  uuid,
    uploaded_at  timestamp with time zone not null,
    finished_at  timestamp with time zone,
    mode         varchar(16),
    rows_read    int,
    imported     int,
    duplicates   int,
    rejected     int,
    undone       int,
    problems     text,
    version      int                      not null
);

alter table prospecting_prospect add column import_id uuid;
alter table prospecting_prospect add column source varchar(255);
create index prospecting_prospect_import_idx on prospecting_prospect (import_id);
