-- When each assignment of the history ended: when the next one of its company and stage began, null while it
-- is in force. The matrix over a period reads the assignments that overlap the period from an index, instead of
-- ordering the whole history before the period's end on every request to find where each one stopped. The
-- index holds every column the report reads, so those held still and those ended after a period's start are two
-- ranges of it, read without the table.
alter table salesorg_responsibility_history add column ended_at timestamp with time zone;
update salesorg_responsibility_history h set ended_at = (
    select min(n.assigned_at) from salesorg_responsibility_history n
    where n.company_id = h.company_id and n.stage = h.stage and n.assigned_at > h.assigned_at);
create index salesorg_responsibility_history_ended_idx
    on salesorg_responsibility_history (ended_at, assigned_at, company_id, stage, employee_id, mode);
