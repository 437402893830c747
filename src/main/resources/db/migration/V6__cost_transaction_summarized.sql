-- Ledger cost transactions are summarized per period × category × dimension value (entry_count GL
-- entries each): a month of ten million GL lines becomes a few hundred thousand rows instead of twenty
-- million. The GL entries behind a row are found exactly through the rules its run recorded
-- (ledger_run_account, ledger_run_dimension, ledger_run_layer). Production rows stay one per source row
-- and side (source_id). The table holds only derived data, so it is rebuilt rather than altered.
DROP TABLE cost_transaction;

CREATE TABLE cost_transaction (
    company_id      VARCHAR(40)    NOT NULL,
    period_id       VARCHAR(20)    NOT NULL,
    version_id      VARCHAR(40)    NOT NULL,
    source          VARCHAR(12)    NOT NULL CHECK (source IN ('LEDGER', 'PRODUCTION')),
    run_id          BIGINT         NOT NULL,
    category_id     VARCHAR(40)    NOT NULL,
    dimension_name  VARCHAR(40)    NOT NULL,
    dimension_value VARCHAR(40)    NOT NULL,
    source_id       VARCHAR(60),
    entry_count     BIGINT         NOT NULL,
    amount          NUMERIC(19, 4) NOT NULL,
    fixed_amount    NUMERIC(19, 4) NOT NULL,
    variable_amount NUMERIC(19, 4) NOT NULL,
    quantity        NUMERIC(19, 6),
    CHECK (fixed_amount + variable_amount = amount)
);
CREATE INDEX cost_transaction_period ON cost_transaction (company_id, period_id, source);
CREATE INDEX cost_transaction_balance ON cost_transaction (company_id, period_id, version_id, dimension_name,
                                                           dimension_value, category_id);
