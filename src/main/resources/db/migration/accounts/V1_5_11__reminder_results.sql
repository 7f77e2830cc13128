-- A reminder keeps the facts it was made from (the client's interval, whether from its own history, the
-- days since its last order, the risk of losing it), so each reader reads it in their own language; and,
-- once done, what came of it. A reminder done by mistake is opened again: done_at and the result cleared.
alter table accounts_task add column interval_days int;
alter table accounts_task add column own_history boolean;
alter table accounts_task add column days_since int;
alter table accounts_task add column at_risk boolean;
alter table accounts_task add column result varchar(12);
alter table accounts_task add column result_note varchar(500);
