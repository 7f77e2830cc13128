-- Companies in the order of their names: a list of some of them by name (the matrix over a period, 50 to a page)
-- walks this index and stops when the page is full, instead of sorting every company it holds.
create index party_company_name_idx on party_company (name, id);
