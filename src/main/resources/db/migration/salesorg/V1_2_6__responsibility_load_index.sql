-- The distribution reads each candidate's load (how many companies) and when they were last given one:
-- with assigned_at in the index both come from the index alone, not from every row of a busy employee.
create index salesorg_responsibility_load_idx on salesorg_responsibility (employee_id, stage, assigned_at);
drop index salesorg_responsibility_employee_idx;
