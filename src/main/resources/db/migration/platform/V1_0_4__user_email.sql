-- A login's own e-mail, for people who are not employees (the administrator); an employee's is theirs.
alter table platform_user add column email varchar(254);
