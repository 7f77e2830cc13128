-- Each employee's commission statement is e-mailed once a month: a row is kept once it left, and the
-- first instance to insert it is the one that sends.
create table analytics_statement_mail (
    employee_id uuid                     not null,
    statement_month varchar(7)           not null,
    sent_at     timestamp with time zone not null,
    primary key (employee_id, statement_month)
);
