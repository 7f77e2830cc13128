-- Reports read calls and hand-overs by when they happened, across all callers.
create index prospecting_call_at_idx on prospecting_call (called_at, caller_id, outcome);
create index prospecting_hand_over_at_idx on prospecting_hand_over (handed_over_at, caller_id);
create index prospecting_prospect_created_idx on prospecting_prospect (created_at);
