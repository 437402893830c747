-- 1. Account reconciliation proposes UNBLOCK when an account was unblocked in the ERP and its category is
-- still blocked. The kind's CHECK is unnamed (each database names it differently), so the table is rebuilt.
CREATE TABLE reconciliation_change_v17 (
    run_id        BIGINT       NOT NULL REFERENCES reconciliation_run (run_id),
    change_no     INTEGER      NOT NULL,
    kind          VARCHAR(10)  NOT NULL CHECK (kind IN ('CREATE', 'RENAME', 'BLOCK', 'UNBLOCK', 'REMOVE')),
    account_no    VARCHAR(40)  NOT NULL,
    category_id   VARCHAR(40)  NOT NULL,
    current_name  VARCHAR(200),
    proposed_name VARCHAR(200),
    outcome       VARCHAR(500),
    PRIMARY KEY (run_id, change_no)
);
INSERT INTO reconciliation_change_v17 (run_id, change_no, kind, account_no, category_id, current_name, proposed_name,
                                       outcome)
SELECT run_id, change_no, kind, account_no, category_id, current_name, proposed_name, outcome
  FROM reconciliation_change;
DROP TABLE reconciliation_change;
ALTER TABLE reconciliation_change_v17 RENAME TO reconciliation_change;

-- 2. A production cost transaction is one side of a source row of one kind: route hours, reported-as-finished
-- output, project hours or a manual service transaction. Their ids are unique per kind only, so the stored
-- identity is (source_kind, source_id); null for ledger and budget rows. Rows stored before carry no kind
-- until their period is processed again (service flows then pair their sides as before, by id alone).
ALTER TABLE cost_transaction ADD source_kind VARCHAR(10)
    CHECK (source_kind IS NULL OR source_kind IN ('ROUTE', 'FINISHED', 'PROJECT', 'SERVICE'));

DROP VIEW cost_posting;
CREATE VIEW cost_posting AS
SELECT company_id, period_id, version_id, source, run_id, category_id, dimension_name, dimension_value, source_kind,
       source_id, entry_count, amount, fixed_amount, variable_amount, quantity
  FROM cost_transaction
UNION ALL
SELECT t.company_id, t.period_id, i.version_id, t.source, t.run_id, t.category_id, t.dimension_name,
       t.dimension_value, t.source_kind, t.source_id, t.entry_count, t.amount, t.fixed_amount, t.variable_amount,
       t.quantity
  FROM calculation_input i
  JOIN cost_transaction t ON t.company_id = i.company_id AND t.period_id = i.period_id
                         AND t.version_id = i.input_version
                         AND (i.input_source IS NULL OR t.source = i.input_source)
UNION ALL
SELECT company_id, period_id, version_id, 'CALCULATION', run_id, category_id, dimension_name, dimension_value,
       CAST(NULL AS VARCHAR(10)), CAST(CONCAT(CONCAT(step_id, '#'), CAST(rule_no AS VARCHAR(10))) AS VARCHAR(60)), 1,
       amount, fixed_amount, variable_amount, CAST(NULL AS NUMERIC(19, 6))
  FROM calculation_transaction;
