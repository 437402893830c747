package org.costclose.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * H2 in Oracle mode counts two rows equal in a unique constraint when their non-null columns are equal, as Oracle
 * does. Camunda's H2 schema keeps group grants and user grants apart by a null user or group id, so the second
 * group granted the same resource would break {@code ACT_UNIQ_AUTH_USER}; on Oracle itself Camunda builds these
 * indexes over expressions instead. After the engine has created its schema, the two constraints are declared
 * again with {@code NULLS DISTINCT} (the SQL standard's rule, as on PostgreSQL).
 */
@Component
class H2OracleNullsPlugin extends AbstractProcessEnginePlugin {

    static final Map<String, String> CONSTRAINTS = Map.of("ACT_UNIQ_AUTH_USER", "TYPE_, USER_ID_, RESOURCE_TYPE_,"
            + " RESOURCE_ID_", "ACT_UNIQ_AUTH_GROUP", "TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!"h2".equals(configuration.getDatabaseType())) {
            return;
        }
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (var constraint : CONSTRAINTS.entrySet()) {
                statement.execute("ALTER TABLE ACT_RU_AUTHORIZATION DROP CONSTRAINT IF EXISTS " + constraint.getKey());
                statement.execute("ALTER TABLE ACT_RU_AUTHORIZATION ADD CONSTRAINT " + constraint.getKey()
                        + " UNIQUE NULLS DISTINCT (" + constraint.getValue() + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot declare the engine's authorization constraints on H2", e);
        }
    }
}
