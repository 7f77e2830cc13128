-- The employee's extension on the PBX: where a routed call rings and from where click-to-call dials.
alter table salesorg_employee add column extension varchar(20);
create unique index salesorg_employee_extension_idx on salesorg_employee (extension);
