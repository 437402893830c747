-- A run's GL entries summed per account and dimension values in use (in scope), plus one row for all
-- entries out of scope. Every rule of a run depends on that key alone, so rejects, cost transactions and
-- totals are computed from these rows in one pass over the month's entries instead of one pass each.
-- Work rows of a run in progress: the run deletes its own when it finishes (no index, no foreign key).
CREATE TABLE ledger_run_summary (
    run_id       BIGINT         NOT NULL,
    in_scope     CHAR(1)        NOT NULL CHECK (in_scope IN ('Y', 'N')),
    rejected     CHAR(1)        DEFAULT 'N' NOT NULL CHECK (rejected IN ('Y', 'N')),
    account_no   VARCHAR(40),
    dim_1        VARCHAR(40),
    dim_2        VARCHAR(40),
    dim_3        VARCHAR(40),
    dim_4        VARCHAR(40),
    dim_5        VARCHAR(40),
    dim_6        VARCHAR(40),
    dim_7        VARCHAR(40),
    dim_8        VARCHAR(40),
    entry_count  BIGINT         NOT NULL,
    amount       NUMERIC(19, 4) NOT NULL,
    fixed_amount NUMERIC(19, 4),
    quantity     NUMERIC(19, 6)
);
