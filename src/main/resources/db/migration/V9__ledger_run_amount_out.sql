-- A run's total out: the sum of the cost transactions it wrote (an entry counts once per dimension it
-- posts into), beside the total in of the GL entries it read.
ALTER TABLE ledger_run ADD amount_out NUMERIC(19, 4) DEFAULT 0 NOT NULL;
