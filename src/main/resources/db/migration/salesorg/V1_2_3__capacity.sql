-- How many open leads and deals a closer (or any specialist) can carry at once: tier 2 distributes new
-- leads in proportion to it. Zero takes nobody new.
alter table salesorg_employee add column capacity int default 20 not null;
