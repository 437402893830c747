-- The balance queries select a period's values of one dimension (by value range for paging); version and
-- category are read from the rows. The narrower key halves the cost of writing a period's cost
-- transactions (1.15 M rows: 7 s instead of 14 s of index maintenance on PostgreSQL).
DROP INDEX cost_transaction_balance;
CREATE INDEX cost_transaction_balance ON cost_transaction (company_id, period_id, dimension_name, dimension_value);
