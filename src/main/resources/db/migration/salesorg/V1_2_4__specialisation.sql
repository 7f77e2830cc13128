-- Whom a specialist serves best (account managers by industry, size band and region; blank: anyone):
-- a new client goes to a specialist who fits it, the least loaded of them.
alter table salesorg_employee add column serves_industries varchar(500);
alter table salesorg_employee add column serves_sizes varchar(100);
alter table salesorg_employee add column serves_regions varchar(500);
