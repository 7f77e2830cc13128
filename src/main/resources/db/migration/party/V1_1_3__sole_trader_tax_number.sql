-- A sole trader (ФОП) is known by the owner's tax number (РНОКПП, ten digits) where a legal entity has its
-- EDRPOU code; one company per number.
alter table party_company add column rnokpp varchar(10);
create unique index party_company_rnokpp_idx on party_company (rnokpp);
