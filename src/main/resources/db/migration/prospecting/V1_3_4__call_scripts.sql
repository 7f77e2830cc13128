-- Call scripts, versioned: every save is a new version; the desk follows the newest.
create table prospecting_script (
    id         uuid                     not null primary key,
    version    int                      not null unique,
    name       varchar(200)             not null,
    definition text                     not null,
    created_by uuid,
    created_at timestamp with time zone not null
);

-- Where the caller is in the script on the current call, and the answers given so far.
alter table prospecting_prospect add column script_step varchar(60);
alter table prospecting_prospect add column qualification text;
