-- One "next" at a time per caller: a caller's request holds this row while it finds or claims the
-- prospect, so two tabs or a double click never hold two prospects.
create table prospecting_caller_turn (
    caller_id uuid not null primary key
);
