-- Clients a company already had when it started with Relay come in with their order history; they have
-- no first deal in Relay.
alter table accounts_client alter column first_deal_id drop not null;
alter table accounts_client add column source varchar(12) default 'FIRST_SALE' not null;
