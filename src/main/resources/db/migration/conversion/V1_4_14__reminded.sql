-- When the closer was told that a task or a meeting starts within a quarter of an hour: once each, whichever
-- instance tells first.
alter table conversion_task add column reminded_at timestamp with time zone;
alter table conversion_lead add column meeting_reminded_at timestamp with time zone;
