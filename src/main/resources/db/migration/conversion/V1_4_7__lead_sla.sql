-- Tier 2's promise to tier 1: a new lead is first touched (accepted, rejected) within so many working
-- hours of its closer; when that is due, when it happened, and when the head escalated a late one.
alter table conversion_lead add column first_touch_due timestamp with time zone;
alter table conversion_lead add column first_touched_at timestamp with time zone;
alter table conversion_lead add column escalated_at timestamp with time zone;
update conversion_lead set first_touched_at = decided_at where decided_at is not null;
