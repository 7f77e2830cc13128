-- An invitation by e-mail starts a new colleague's login: the link holds a secret of which only the hash
-- is kept; it works once, until it expires, and a newer invitation to the same login replaces it.
create table platform_invitation (
    token_hash varchar(64)              primary key,
    user_id    uuid                     not null references platform_user (id),
    sent_to    varchar(254)             not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index platform_invitation_user_idx on platform_invitation (user_id);
