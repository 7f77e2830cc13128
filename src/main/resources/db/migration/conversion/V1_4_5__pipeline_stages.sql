-- Tier 2's pipeline as the head of sales sets it up: open stages in order (each with its usual odds),
-- and one stage each for won and lost. Deals keep the stage's code.
create table conversion_stage (
    code        varchar(16) not null primary key,
    name_uk     varchar(60) not null,
    name_en     varchar(60) not null,
    position    int         not null,
    kind        varchar(8)  not null,
    probability int         not null
);
insert into conversion_stage (code, name_uk, name_en, position, kind, probability) values
    ('WARM_UP', 'Прогрів', 'Warm-up', 10, 'OPEN', 10),
    ('NEEDS_ANALYSIS', 'Аналіз потреб', 'Needs analysis', 20, 'OPEN', 25),
    ('PROPOSAL', 'Пропозиція', 'Proposal', 30, 'OPEN', 50),
    ('NEGOTIATION', 'Переговори', 'Negotiation', 40, 'OPEN', 75),
    ('WON', 'Виграно', 'Won', 90, 'WON', 100),
    ('LOST', 'Втрачено', 'Lost', 100, 'LOST', 0);

alter table conversion_deal add column expected_close date;
alter table conversion_deal add column probability int default 10 not null;
alter table conversion_deal add column stage_changed_at timestamp with time zone;
alter table conversion_deal add column lost_reason varchar(1000);
alter table conversion_deal add column recontact_on date;
update conversion_deal set stage_changed_at = coalesce(closed_at, opened_at);
update conversion_deal set probability = 100 where stage = 'WON';
update conversion_deal set probability = 0 where stage = 'LOST';
