-- A hand-over tier 2 turned down: the prospect comes back with the closer's reason, and the hand-over
-- is marked rejected (the caller's "accepted" counts only accepted ones).
alter table prospecting_prospect add column returned_reason varchar(1000);
alter table prospecting_hand_over add column rejected_at timestamp with time zone;
alter table prospecting_hand_over add column rejection_reason varchar(1000);
