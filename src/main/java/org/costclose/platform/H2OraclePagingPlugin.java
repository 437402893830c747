package org.costclose.platform;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda pages H2 with {@code LIMIT … OFFSET}, which H2 2.x rejects in Oracle mode. SQL:2008
 * {@code OFFSET … FETCH} works in every H2 mode, so the H2 entries of the engine's paging maps are
 * replaced before the engine builds its SQL. The maps are engine internals: H2OraclePagingPluginTest pins them.
 */
@Component
class H2OraclePagingPlugin extends AbstractProcessEnginePlugin {

    static final String OFFSET_FETCH = "OFFSET #{firstResult} ROWS FETCH NEXT #{maxResults} ROWS ONLY";
    static final String FETCH_FIRST = "FETCH FIRST #{maxResults} ROWS ONLY";
    private static final String H2 = "h2";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        replace(DbSqlSessionFactory.databaseSpecificLimitAfterStatements, OFFSET_FETCH);
        replace(DbSqlSessionFactory.databaseSpecificInnerLimitAfterStatements, OFFSET_FETCH);
        replace(DbSqlSessionFactory.databaseSpecificLimitAfterWithoutOffsetStatements, FETCH_FIRST);
        replace(DbSqlSessionFactory.optimizeDatabaseSpecificLimitAfterWithoutOffsetStatements, FETCH_FIRST);
    }

    private static void replace(Map<String, String> statements, String sql) {
        statements.put(H2, sql);
    }
}
