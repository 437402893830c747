package org.costclose.calculation;

import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The portable way: calculation transactions in JDBC batches of {@value #BATCH_SIZE} through MyBatis. The batch
 * session uses the connection of the surrounding Spring transaction.
 */
final class BatchTransactionWriter extends TransactionWriter {

    private static final int BATCH_SIZE = 1000;

    private final SqlSession session;
    private final CalculationMapper mapper;
    private int pending;

    BatchTransactionWriter(SqlSessionFactory sessionFactory, CalculationMapper.NewRun run, long runId, int minorUnit) {
        super(run, runId, minorUnit);
        this.session = sessionFactory.openSession(ExecutorType.BATCH);
        this.mapper = session.getMapper(CalculationMapper.class);
    }

    @Override
    void insert(Posting posting) {
        Money money = posting.money();
        mapper.insertTransaction(new CalculationMapper.TransactionRow(run.companyId(), run.periodId(), run.versionId(),
                runId, posting.stepNo(), posting.stepId(), posting.ruleNo(), String.valueOf(posting.side()),
                posting.category(), posting.node().dimension(), posting.node().value(), posting.counter().dimension(),
                posting.counter().value(), posting.sourceCategory(), posting.basisQuantity(), posting.share(), posting.rate(),
                amount(money.total()), amount(money.fixed()), amount(money.variable())));
        if (++pending == BATCH_SIZE) {
            session.flushStatements();
            pending = 0;
        }
    }

    @Override
    public void close() {
        session.flushStatements();
        // the transaction is Spring's: closing the session neither commits nor rolls back the connection
        session.close();
    }
}
