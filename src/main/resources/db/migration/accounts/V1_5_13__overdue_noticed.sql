-- When the account manager was told that an invoice passed its due day unpaid: once, whichever instance
-- tells first. Those overdue before this was kept are not told again.
alter table accounts_invoice add column overdue_noticed_at timestamp with time zone;
update accounts_invoice set overdue_noticed_at = issued_at where status = 'ISSUED' and due_on < current_date;
