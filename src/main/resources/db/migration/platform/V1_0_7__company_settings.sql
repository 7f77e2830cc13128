-- The company's settings as the head or the administrator set them in the application. Each change adds a
-- version (the newest is in force) and says who made it and when; no version is changed or deleted.
-- Until the first change, relay.settings.* apply.
create table platform_settings (
    version               integer                  primary key,
    first_touch_minutes   integer                  not null,
    working_days          varchar(80)              not null,
    day_starts            time                     not null,
    day_ends              time                     not null,
    leads_per_caller_hour numeric(6, 2)            not null,
    closer_leads_per_hour numeric(6, 2)            not null,
    reminders_at          time                     not null,
    changed_at            timestamp with time zone not null,
    changed_by            varchar(64),
    changed_by_name       varchar(200)
);

-- The days the whole company rests: every plan of shifts skips them, and so does the first-touch time.
-- Who added or took a day away is in the audit trail.
create table platform_holiday (
    off_day  date         primary key,
    name     varchar(200) not null
);
