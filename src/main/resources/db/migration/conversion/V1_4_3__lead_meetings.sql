-- The meeting tier 1 booked for the lead, if it did: in the closer's calendar, with an invitation sent.
alter table conversion_lead add column meeting_starts_at timestamp with time zone;
alter table conversion_lead add column meeting_ends_at timestamp with time zone;
alter table conversion_lead add column meeting_entry_id uuid;
