-- Failed sign-ins, by the login tried and by the address they came from: too many lock both for a while.
create table platform_sign_in_attempt (
    attempt_key    varchar(300)             not null primary key,
    failures       int                      not null,
    last_failed_at timestamp with time zone not null,
    locked_until   timestamp with time zone
);
