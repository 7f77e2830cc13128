-- Each hand-over of tier 1 and what became of it in tier 2: callers are measured, and paid, by leads
-- accepted and first sales, not by leads merely passed on.
create table prospecting_hand_over (
    id             uuid                     not null primary key,
    prospect_id    uuid                     not null,
    caller_id      uuid                     not null,
    urgent         boolean                  not null,
    handed_over_at timestamp with time zone not null,
    accepted_at    timestamp with time zone,
    first_sale_at  timestamp with time zone
);
create index prospecting_hand_over_caller_idx on prospecting_hand_over (caller_id, handed_over_at);
