-- Phones and contacts an import added to companies Relay knew (taken back when it is undone), and how
-- many companies got some.
create table prospecting_import_addition (
    import_id uuid        not null references prospecting_import (id),
    kind      varchar(10) not null,
    detail_id uuid        not null
);
create index prospecting_import_addition_idx on prospecting_import_addition (import_id);
alter table prospecting_import add column added_to_known int default 0 not null;
