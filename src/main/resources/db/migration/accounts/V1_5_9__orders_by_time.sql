-- Reports read orders by when they were placed, across all clients.
create index accounts_order_at_idx on accounts_order (ordered_at);
