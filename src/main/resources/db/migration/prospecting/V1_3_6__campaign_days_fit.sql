-- All seven days spelt out take 56 characters.
alter table prospecting_campaign alter column calling_days set data type varchar(100);
