-- Reports read leads and deals by when they were received, decided, due and closed.
create index conversion_lead_decided_idx on conversion_lead (decided_at);
create index conversion_lead_received_idx on conversion_lead (received_at);
create index conversion_lead_touch_due_idx on conversion_lead (first_touch_due);
create index conversion_deal_closed_idx on conversion_deal (closed_at);
