create table platform_user (
    id            uuid                     not null primary key,
    username      varchar(64)              not null unique,
    password_hash varchar(120)             not null,
    display_name  varchar(200)             not null,
    roles         varchar(200)             not null,
    employee_id   uuid,
    enabled       boolean                  not null,
    created_at    timestamp with time zone not null
);

create table platform_api_token (
    token_hash varchar(64)              not null primary key,
    user_id    uuid                     not null references platform_user (id),
    name       varchar(100)             not null,
    created_at timestamp with time zone not null
);
