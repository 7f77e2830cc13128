-- A client's requisites for its invoices: legal address and bank account (IBAN), as the client gives them.
alter table accounts_client add column legal_address varchar(400);
alter table accounts_client add column iban varchar(34);
alter table accounts_invoice add column buyer_iban varchar(34);
