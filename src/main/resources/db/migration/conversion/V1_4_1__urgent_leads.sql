-- An escalation from tier 1 ("I can't answer this") arrives urgent and stands on top of the inbox.
alter table conversion_lead add column urgent boolean default false not null;
