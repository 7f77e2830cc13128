create table party_company (
    id          uuid                     not null primary key,
    name        varchar(300)             not null,
    legal_form  varchar(20),
    edrpou      varchar(8) unique,
    industry    varchar(60),
    size_band   varchar(20),
    region      varchar(100),
    city        varchar(100),
    created_at  timestamp with time zone not null,
    version     int                      not null
);

create table party_contact (
    id         uuid         not null primary key,
    company_id uuid         not null references party_company (id),
    full_name  varchar(200) not null,
    position   varchar(120),
    email      varchar(254)
);
create index party_contact_company_idx on party_contact (company_id);

create table party_phone (
    id         uuid        not null primary key,
    company_id uuid        not null references party_company (id),
    contact_id uuid references party_contact (id),
    e164       varchar(16) not null
);
create index party_phone_company_idx on party_phone (company_id);
create index party_phone_e164_idx on party_phone (e164);
