-- The name a company is recognised by when it has neither EDRPOU nor a known phone: lower-case, no
-- legal form, no quotes or punctuation, with its city.
alter table party_company add column name_key varchar(400);
create index party_company_name_key_idx on party_company (name_key);
