-- Leads that did not come from tier 1's queue (an inbound caller, a web form) have no prospect and no caller.
alter table conversion_lead alter column prospect_id drop not null;
alter table conversion_lead alter column handed_over_by drop not null;
alter table conversion_lead add column source varchar(8) default 'TIER1' not null;
