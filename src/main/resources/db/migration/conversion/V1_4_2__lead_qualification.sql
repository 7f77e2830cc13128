-- The answers the prospect gave along tier 1's script, as JSON, for the closer.
alter table conversion_lead add column qualification text;
