-- Cheaper writes of cost transactions (#4, ledger benchmark): every row a ledger run writes maintained two
-- indexes. cost_transaction_period (company, period, source) is redundant next to the balance index
-- (company, period, dimension, value): every statement on cost_transaction (the re-run deletes by source, run
-- totals, calculation inputs, lineage, balances through cost_posting) names the company and the period, which
-- the balance index's first two columns bound, and a period's rows of other sources are few next to its ledger
-- rows; the dimension value usage count names the company, the dimension and the values, which it bounds
-- better than the period index could. The table has no foreign key to drop (V13 rebuilt it without one).
DROP INDEX cost_transaction_period;
