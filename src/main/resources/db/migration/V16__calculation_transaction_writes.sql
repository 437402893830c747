-- Cheaper writes of calculation transactions (#5, calculation benchmark): a large run writes millions of rows,
-- and PostgreSQL spent more time on two things per row than on the row itself.
-- 1. The foreign key run_id -> calculation_run goes: it checked (and share-locked) the one run row for every
--    transaction written. The run row is inserted first in the same transaction as its transactions, a failed
--    run rolls both back, and runs are never deleted, so no transaction can lose its run
--    (CalculationRerunTest: a run that fails after rows reached the database leaves no row and no run).
-- 2. The balance index loses its last column, category_id: every query reads one version's rows of a dimension,
--    or one value's, and sums or filters categories itself; keyed by the value, the index holds one entry per
--    value with a list of rows (PostgreSQL deduplicates equal keys) instead of one per value and category.
-- The key has no portable name to drop, so the table is rebuilt with its rows (the view on it goes and comes
-- back), as V13 did for cost_transaction; its checks now have names, so a later change can drop them.

CREATE TABLE calculation_transaction_v16 (
    company_id        VARCHAR(40)    NOT NULL,
    period_id         VARCHAR(20)    NOT NULL,
    version_id        VARCHAR(40)    NOT NULL,
    run_id            BIGINT         NOT NULL,
    step_no           INTEGER        NOT NULL,
    step_id           VARCHAR(40)    NOT NULL,
    rule_no           INTEGER        NOT NULL,
    side              CHAR(1)        NOT NULL,
    category_id       VARCHAR(40)    NOT NULL,
    dimension_name    VARCHAR(40)    NOT NULL,
    dimension_value   VARCHAR(40)    NOT NULL,
    counter_dimension VARCHAR(40)    NOT NULL,
    counter_value     VARCHAR(40)    NOT NULL,
    source_category   VARCHAR(40)    NOT NULL,
    basis_quantity    NUMERIC(28, 8) NOT NULL,
    share             NUMERIC(19, 12) NOT NULL,
    amount            NUMERIC(19, 4) NOT NULL,
    fixed_amount      NUMERIC(19, 4) NOT NULL,
    variable_amount   NUMERIC(19, 4) NOT NULL,
    rate              NUMERIC(19, 6),
    CONSTRAINT calculation_transaction_side CHECK (side IN ('D', 'C')),
    CONSTRAINT calculation_transaction_split CHECK (fixed_amount + variable_amount = amount)
);
INSERT INTO calculation_transaction_v16 (company_id, period_id, version_id, run_id, step_no, step_id, rule_no, side,
                                         category_id, dimension_name, dimension_value, counter_dimension,
                                         counter_value, source_category, basis_quantity, share, amount, fixed_amount,
                                         variable_amount, rate)
SELECT company_id, period_id, version_id, run_id, step_no, step_id, rule_no, side, category_id, dimension_name,
       dimension_value, counter_dimension, counter_value, source_category, basis_quantity, share, amount,
       fixed_amount, variable_amount, rate
  FROM calculation_transaction;
DROP VIEW cost_posting;
DROP TABLE calculation_transaction;
ALTER TABLE calculation_transaction_v16 RENAME TO calculation_transaction;
CREATE INDEX calculation_transaction_balance ON calculation_transaction (company_id, period_id, version_id,
                                                                         dimension_name, dimension_value);
CREATE INDEX calculation_transaction_run ON calculation_transaction (run_id);

-- What cost balances read (as V13 made it): a version's own cost transactions, those of its inputs, and its
-- calculation's.
CREATE VIEW cost_posting AS
SELECT company_id, period_id, version_id, source, run_id, category_id, dimension_name, dimension_value, source_id,
       entry_count, amount, fixed_amount, variable_amount, quantity
  FROM cost_transaction
UNION ALL
SELECT t.company_id, t.period_id, i.version_id, t.source, t.run_id, t.category_id, t.dimension_name,
       t.dimension_value, t.source_id, t.entry_count, t.amount, t.fixed_amount, t.variable_amount, t.quantity
  FROM calculation_input i
  JOIN cost_transaction t ON t.company_id = i.company_id AND t.period_id = i.period_id
                         AND t.version_id = i.input_version
                         AND (i.input_source IS NULL OR t.source = i.input_source)
UNION ALL
SELECT company_id, period_id, version_id, 'CALCULATION', run_id, category_id, dimension_name, dimension_value,
       CAST(CONCAT(CONCAT(step_id, '#'), CAST(rule_no AS VARCHAR(10))) AS VARCHAR(60)), 1, amount, fixed_amount,
       variable_amount, CAST(NULL AS NUMERIC(19, 6))
  FROM calculation_transaction;
