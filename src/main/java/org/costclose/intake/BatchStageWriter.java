package org.costclose.intake;

import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * The portable path: JDBC batches of {@value #BATCH_SIZE} inserts through MyBatis. The batch session
 * uses the connection of the surrounding Spring transaction, so a rejected file rolls back with it.
 */
final class BatchStageWriter implements StageWriter {

    static final int BATCH_SIZE = 1000;

    private final SqlSession session;
    private final EntryMapper mapper;
    private final EntryMapper.EntryTable table;
    private int pending;

    BatchStageWriter(SqlSessionFactory sessionFactory, EntryMapper.EntryTable table) {
        this.session = sessionFactory.openSession(ExecutorType.BATCH);
        this.mapper = session.getMapper(EntryMapper.class);
        this.table = table;
    }

    @Override
    public void write(ParsedRow row) {
        mapper.insertStageRow(new EntryMapper.StageRow(table.stageTable(), table.columnList(), table.companyId(),
                table.importId(), row.rowNo(), row.hash(), row.values()));
        if (++pending == BATCH_SIZE) {
            session.flushStatements();
            pending = 0;
        }
    }

    @Override
    public void finish() {
        session.flushStatements();
        pending = 0;
    }

    @Override
    public void close() {
        // the transaction is Spring's: closing the session neither commits nor rolls back the connection
        session.close();
    }
}
