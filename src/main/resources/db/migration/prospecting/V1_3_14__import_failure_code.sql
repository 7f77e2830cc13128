-- Why a run failed, as a code a page says in its reader's language (a file found broken below the rows
-- its preview read), beside the failure's own words.
alter table prospecting_import add column failure_code varchar(60);
