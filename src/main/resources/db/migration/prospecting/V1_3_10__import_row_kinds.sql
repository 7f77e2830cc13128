-- What became of each reported row: left out (rejected, a duplicate) or imported with a warning or a
-- note; and how many rows were imported with a warning.
alter table prospecting_import_problem add column kind varchar(10) default 'REJECTED' not null;
update prospecting_import_problem set kind = 'DUPLICATE' where code like 'duplicate-%';
alter table prospecting_import add column warned int default 0 not null;
