-- Simulator scenarios the head saved, to run again (the same seed gives the same report).
create table analytics_scenario (
    id         uuid                     not null primary key,
    name       varchar(200)             not null,
    request    text                     not null,
    saved_by   varchar(200)             not null,
    saved_at   timestamp with time zone not null
);
create index analytics_scenario_saved_idx on analytics_scenario (saved_at);
