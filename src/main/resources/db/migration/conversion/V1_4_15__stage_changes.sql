-- When each deal entered each stage, so that a stage's usual time can be told from how long deals stayed
-- in it, and a deal stuck longer than that marked. Deals open before this was kept start from their stage now.
create table conversion_stage_change (
    deal_id    uuid                     not null references conversion_deal (id) on delete cascade,
    stage      varchar(16)              not null,
    entered_at timestamp with time zone not null,
    primary key (deal_id, entered_at)
);
create index conversion_stage_change_time_idx on conversion_stage_change (entered_at);
insert into conversion_stage_change (deal_id, stage, entered_at)
select id, stage, coalesce(stage_changed_at, opened_at) from conversion_deal;
