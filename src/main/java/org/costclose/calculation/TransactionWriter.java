package org.costclose.calculation;

import java.math.BigDecimal;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Writes a run's postings as calculation transactions in JDBC batches through MyBatis. The batch session uses
 * the connection of the surrounding Spring transaction, so a failing run leaves the previous result intact.
 */
final class TransactionWriter implements AutoCloseable {

    private static final int BATCH_SIZE = 1000;

    private final SqlSession session;
    private final CalculationMapper mapper;
    private final CalculationMapper.NewRun run;
    private final long runId;
    private final int minorUnit;
    private int pending;
    private long written;
    private long moved;

    TransactionWriter(SqlSessionFactory sessionFactory, CalculationMapper.NewRun run, long runId, int minorUnit) {
        this.session = sessionFactory.openSession(ExecutorType.BATCH);
        this.mapper = session.getMapper(CalculationMapper.class);
        this.run = run;
        this.runId = runId;
        this.minorUnit = minorUnit;
    }

    void write(Posting posting) {
        Money money = posting.money();
        mapper.insertTransaction(new CalculationMapper.TransactionRow(run.companyId(), run.periodId(), run.versionId(),
                runId, posting.stepNo(), posting.stepId(), posting.ruleNo(), String.valueOf(posting.side()),
                posting.category(), posting.node().dimension(), posting.node().value(), posting.counter().dimension(),
                posting.counter().value(), posting.sourceCategory(), posting.basisQuantity(), posting.share(), posting.rate(),
                amount(money.total()), amount(money.fixed()), amount(money.variable())));
        written++;
        if (posting.side() == Posting.DEBIT) {
            moved = Math.addExact(moved, Math.abs(money.total()));
        }
        if (++pending == BATCH_SIZE) {
            session.flushStatements();
            pending = 0;
        }
    }

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

    @Override
    public void close() {
        session.flushStatements();
        // the transaction is Spring's: closing the session neither commits nor rolls back the connection
        session.close();
    }
}
