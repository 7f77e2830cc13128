-- A web form's Idempotency-Key is claimed before the lead is made, so retries arriving together wait for
-- the first and get its answer; the lead, company and closer are filled in by the same transaction.
alter table routing_web_form alter column lead_id drop not null;
alter table routing_web_form alter column company_id drop not null;
alter table routing_web_form alter column closer_id drop not null;
