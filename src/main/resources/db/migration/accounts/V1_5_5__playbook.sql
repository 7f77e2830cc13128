-- The instructions of tier 3: the head's rules, in order, each naming the clients it is for (industry,
-- size band, days since the last purchase, what they buy, how often) and what to do and say.
create table accounts_playbook_rule (
    id                  uuid          not null primary key,
    position            int           not null,
    name                varchar(120)  not null,
    industry            varchar(60),
    size_band           varchar(20),
    min_days_since      int,
    max_days_since      int,
    bought_contains     varchar(120),
    min_orders_per_year int,
    action              varchar(300)  not null,
    talking_points      varchar(2000) not null
);
