-- The fixed part is no longer summed entry by entry: a cost transaction's fixed part is its amount × its
-- category's fixed share, rounded once (LedgerMapper.insertCostTransactions). The work rows drop the column.
ALTER TABLE ledger_run_summary DROP COLUMN fixed_amount;
