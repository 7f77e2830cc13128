-- When an employee left (they stay, inactive, for the history that names them).
alter table salesorg_employee add column left_at timestamp with time zone;
