-- The sweep that tells closers of what starts within a quarter of an hour reads tasks and booked meetings
-- by their time, every minute on every instance.
create index conversion_task_due_idx on conversion_task (due_at);
create index conversion_lead_meeting_idx on conversion_lead (meeting_starts_at);
