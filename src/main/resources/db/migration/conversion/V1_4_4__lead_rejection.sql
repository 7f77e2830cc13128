-- Why a closer turned a lead down.
alter table conversion_lead add column rejection_reason varchar(1000);
