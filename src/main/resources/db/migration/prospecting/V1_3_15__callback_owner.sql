-- A caller's promised callbacks, read by the desk and by the search box on every query of theirs.
create index prospecting_prospect_callback_idx on prospecting_prospect (callback_owner);
