-- Rows an import left out because the workbook hides them.
alter table prospecting_import add column skipped int default 0 not null;
