-- A payment recorded by mistake is cancelled with its reason, not deleted: the invoice's history keeps it.
-- An overpayment (above what was due, recorded only when the person confirmed it) is marked as one.
alter table accounts_payment add column overpayment boolean default false not null;
alter table accounts_payment add column cancelled_at timestamp with time zone;
alter table accounts_payment add column cancelled_by uuid;
alter table accounts_payment add column cancel_reason varchar(500);
