-- Which of the company's cargo services an order was for (orders from before this version have none).
alter table accounts_order add column service varchar(20);
