-- A team is closed once nobody is left in it; it stays for the history of those who were.
alter table salesorg_team add column closed_at timestamp with time zone;

-- Each move of an employee to another tier or team: from where, to where, when and by whom.
create table salesorg_employee_move (
    id          uuid                     primary key,
    employee_id uuid                     not null references salesorg_employee (id),
    from_tier   varchar(2),
    to_tier     varchar(2),
    from_team   varchar(120),
    to_team     varchar(120),
    moved_at    timestamp with time zone not null,
    moved_by    varchar(64)
);
create index salesorg_employee_move_employee_idx on salesorg_employee_move (employee_id, moved_at);
