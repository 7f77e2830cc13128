-- What selection criteria look at, kept with the prospect (copied from the company when it is queued).
alter table prospecting_prospect add column industry varchar(60);
alter table prospecting_prospect add column size_band varchar(20);
alter table prospecting_prospect add column region varchar(100);
alter table prospecting_prospect add column campaign_id uuid;
update prospecting_prospect set
    industry = (select c.industry from party_company c where c.id = prospecting_prospect.company_id),
    size_band = (select c.size_band from party_company c where c.id = prospecting_prospect.company_id),
    region = (select c.region from party_company c where c.id = prospecting_prospect.company_id);
create index prospecting_prospect_campaign_idx on prospecting_prospect (status, campaign_id, priority, id);

-- Campaigns: whom to call (ordered include/exclude rules), who calls, when, and the weekly target.
create table prospecting_campaign (
    id            uuid                     not null primary key,
    name          varchar(200)             not null,
    active        boolean                  not null,
    weekly_target int                      not null,
    calling_days  varchar(40)              not null,
    calling_from  time                     not null,
    calling_to    time                     not null,
    created_at    timestamp with time zone not null,
    version       int                      not null
);

create table prospecting_campaign_rule (
    campaign_id uuid          not null references prospecting_campaign (id),
    position    int           not null,
    effect      varchar(8)    not null,
    attribute   varchar(16)   not null,
    rule_values varchar(2000) not null,
    primary key (campaign_id, position)
);

create table prospecting_campaign_caller (
    campaign_id uuid not null references prospecting_campaign (id),
    caller_id   uuid not null,
    primary key (campaign_id, caller_id)
);
