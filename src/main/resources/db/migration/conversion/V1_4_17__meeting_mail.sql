-- A meeting's invitation is sent once: the row is written in the transaction that sends it, so a delivery
-- of the same meeting again (after a failure, on another instance) finds it and sends nothing.
create table conversion_meeting_mail (
    lead_id uuid                     not null primary key,
    sent_at timestamp with time zone not null
);
