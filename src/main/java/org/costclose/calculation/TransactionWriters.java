package org.costclose.calculation;

import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.costclose.shared.DatabaseKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Opens a run's transaction writer: COPY on PostgreSQL (several times faster), JDBC batches elsewhere. */
@Component
class TransactionWriters {

    private final SqlSessionFactory sessionFactory;
    private final DataSource dataSource;
    private final boolean copy;

    @Autowired
    TransactionWriters(SqlSessionFactory sessionFactory, DataSource dataSource, DatabaseKind database) {
        this(sessionFactory, dataSource, database.isPostgres());
    }

    /** {@code copy} only on PostgreSQL; tests compare the two ways there */
    TransactionWriters(SqlSessionFactory sessionFactory, DataSource dataSource, boolean copy) {
        this.sessionFactory = sessionFactory;
        this.dataSource = dataSource;
        this.copy = copy;
    }

    TransactionWriter open(CalculationMapper.NewRun run, long runId, int minorUnit) {
        return copy ? new CopyTransactionWriter(dataSource, run, runId, minorUnit)
                : new BatchTransactionWriter(sessionFactory, run, runId, minorUnit);
    }
}
