package org.costclose.calculation;

import java.math.BigDecimal;

/**
 * Writes a run's postings as calculation transactions, counting them and the gross amount moved. It works on
 * the connection of the surrounding Spring transaction, so a failing run leaves the previous result intact.
 * {@link TransactionWriters} picks the way: JDBC batches anywhere, COPY on PostgreSQL; both write the same rows.
 */
abstract class TransactionWriter implements AutoCloseable {

    /** calculation_transaction's columns, in the order both writers fill them */
    static final String COLUMNS = "company_id, period_id, version_id, run_id, step_no, step_id, rule_no, side,"
            + " category_id, dimension_name, dimension_value, counter_dimension, counter_value, source_category,"
            + " basis_quantity, share, rate, amount, fixed_amount, variable_amount";

    final CalculationMapper.NewRun run;
    final long runId;
    final int minorUnit;
    private long written;
    private long moved;

    TransactionWriter(CalculationMapper.NewRun run, long runId, int minorUnit) {
        this.run = run;
        this.runId = runId;
        this.minorUnit = minorUnit;
    }

    final void write(Posting posting) {
        insert(posting);
        written++;
        if (posting.side() == Posting.DEBIT) {
            moved = Math.addExact(moved, Math.abs(posting.money().total()));
        }
    }

    /** sends one row (or queues it); {@link #close()} sends the rest */
    abstract void insert(Posting posting);

    @Override
    public abstract void close();

    long written() {
        return written;
    }

    /** the gross amount moved: the sum of the debits, each taken positive */
    BigDecimal moved() {
        return amount(moved);
    }

    BigDecimal amount(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, minorUnit);
    }
}
