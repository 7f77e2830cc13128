-- What a running import is doing (checking rows, writing them, undoing) and how far it has got, so the
-- page shows progress while rows are written and while an import is undone.
alter table prospecting_import add column phase varchar(10);
alter table prospecting_import add column phase_done int default 0 not null;
alter table prospecting_import add column phase_total int default 0 not null;
