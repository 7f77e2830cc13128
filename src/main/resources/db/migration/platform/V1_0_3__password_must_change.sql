-- A login started with a one-time password asks for a new one before anything else.
alter table platform_user add column must_change_password boolean default false not null;
