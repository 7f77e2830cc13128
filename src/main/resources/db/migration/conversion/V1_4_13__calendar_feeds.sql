-- A closer's meetings as a calendar feed for their phone: one secret address each, kept as the SHA-256 of
-- its token (a leaked table gives nobody a feed); a new address replaces the old one.
create table conversion_calendar_feed (
    employee_id uuid                     not null primary key,
    token_hash  varchar(64)              not null unique,
    created_at  timestamp with time zone not null
);
