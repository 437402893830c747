-- Cost rates. A charge of an internal cost allocation records the rate it charged at. A cost rate calculation
-- stores each sender's actual rate per service category (replaced with the version's calculation of the period),
-- and adopting a period's actual rates makes them the planned rates of the next period.

ALTER TABLE calculation_transaction ADD rate NUMERIC(19, 6);

CREATE TABLE cost_rate (
    company_id      VARCHAR(40)    NOT NULL,
    period_id       VARCHAR(20)    NOT NULL,
    version_id      VARCHAR(40)    NOT NULL,
    run_id          BIGINT         NOT NULL REFERENCES calculation_run (run_id),
    step_no         INTEGER        NOT NULL,
    step_id         VARCHAR(40)    NOT NULL,
    rule_no         INTEGER        NOT NULL,
    category_id     VARCHAR(40)    NOT NULL,
    dimension_name  VARCHAR(40)    NOT NULL,
    dimension_value VARCHAR(40)    NOT NULL,
    cost            NUMERIC(19, 4) NOT NULL,
    fixed_cost      NUMERIC(19, 4) NOT NULL,
    variable_cost   NUMERIC(19, 4) NOT NULL,
    quantity        NUMERIC(28, 8) NOT NULL,
    -- null when the sender delivered nothing: a cost without a rate
    rate            NUMERIC(19, 6),
    fixed_rate      NUMERIC(19, 6),
    variable_rate   NUMERIC(19, 6),
    PRIMARY KEY (run_id, step_no, rule_no, category_id, dimension_name, dimension_value),
    CHECK (fixed_cost + variable_cost = cost)
);
CREATE INDEX cost_rate_period ON cost_rate (company_id, period_id, version_id);

CREATE TABLE planned_cost_rate (
    company_id      VARCHAR(40)    NOT NULL,
    period_id       VARCHAR(20)    NOT NULL,
    version_id      VARCHAR(40)    NOT NULL,
    category_id     VARCHAR(40)    NOT NULL,
    dimension_name  VARCHAR(40)    NOT NULL,
    dimension_value VARCHAR(40)    NOT NULL,
    rate            NUMERIC(19, 6) NOT NULL,
    fixed_rate      NUMERIC(19, 6) NOT NULL,
    variable_rate   NUMERIC(19, 6) NOT NULL,
    -- where the rate came from: the period and calculation run whose actual rate it was
    origin_period   VARCHAR(20)    NOT NULL,
    origin_run_id   BIGINT         NOT NULL REFERENCES calculation_run (run_id),
    adopted_by      VARCHAR(100)   NOT NULL,
    adopted_at      TIMESTAMP      NOT NULL,
    PRIMARY KEY (company_id, period_id, version_id, category_id, dimension_name, dimension_value),
    FOREIGN KEY (company_id, period_id) REFERENCES fiscal_period (company_id, period_id),
    CHECK (fixed_rate + variable_rate = rate)
);
