-- Uploads kept in pieces, read back as a stream (a large file is never held in memory whole); row
-- problems one per row of their own table; a run's progress, visible to other transactions while it runs.
create table prospecting_import_chunk (
    import_id uuid  not null references prospecting_import (id),
    seq       int   not null,
    bytes     bytea not null,
    primary key (import_id, seq)
);
insert into prospecting_import_chunk (import_id, seq, bytes)
select id, 0, content from prospecting_import where content is not null;
update prospecting_import set content = null;

create table prospecting_import_problem (
    import_id   uuid          not null references prospecting_import (id),
    row_no      int           not null,
    column_name varchar(255)  not null,
    code        varchar(60)   not null,
    detail      varchar(1000)
);
create index prospecting_import_problem_idx on prospecting_import_problem (import_id, row_no);

alter table prospecting_import add column rows_done int;
alter table prospecting_import add column progress_at timestamp with time zone;
alter table prospecting_import add column failure varchar(1000);

-- One import runs at a time: each takes this row's lock for its transaction, so two never decide
-- against the same snapshot of known companies.
create table prospecting_import_gate (
    id       int not null primary key,
    taken_at timestamp with time zone
);
insert into prospecting_import_gate (id) values (1);
