-- The meeting tier 1 booked is among the closer's tasks once the lead is accepted: a task of kind MEETING,
-- keyed by its lead (a lead has one booked meeting), due when the meeting starts. Leads accepted before
-- this migration get theirs too.
alter table conversion_task add column kind varchar(12) default 'TASK' not null;

insert into conversion_task (id, deal_id, title, due_at, assignee, created_at, kind)
select l.id, d.id, '', l.meeting_starts_at, d.closer_id, d.opened_at, 'MEETING'
from conversion_deal d join conversion_lead l on l.id = d.lead_id
where l.meeting_starts_at is not null;
