package org.costclose.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class PlatformStartupTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identityService;
    @Autowired RepositoryService repositoryService;
    @Autowired TestRestTemplate http;

    @Test
    void shouldMigrateOurSchemaBeforeTheEngineCreatesItsTablesWhenTheDatabaseStartsEmpty() {
        // the test profile cleans the schema first; had the engine run before Flyway, clean would have
        // dropped its tables and the engine could not have answered the queries below
        Integer migrations = jdbc.queryForObject(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE", Integer.class);
        assertThat(migrations).isGreaterThanOrEqualTo(2);
        assertThat(identityService.createUserQuery().userId("admin").count()).isEqualTo(1);
    }

    @Test
    void shouldPageEngineQueriesWhenTheDatabaseIsH2InOracleMode() {
        // the six demo users, paged
        assertThat(identityService.createUserQuery().orderByUserId().asc().listPage(1, 2))
                .extracting(user -> user.getId()).containsExactly("approver", "auditor");
        assertThat(repositoryService.createProcessDefinitionQuery().listPage(1, 5)).isNotNull();
        Map<String, String> limits = DbSqlSessionFactory.databaseSpecificLimitAfterStatements;
        assertThat(limits.get("h2")).isEqualTo(H2OraclePagingPlugin.OFFSET_FETCH);
        assertThat(List.of(DbSqlSessionFactory.databaseSpecificInnerLimitAfterStatements.get("h2"),
                DbSqlSessionFactory.databaseSpecificLimitAfterWithoutOffsetStatements.get("h2"),
                DbSqlSessionFactory.optimizeDatabaseSpecificLimitAfterWithoutOffsetStatements.get("h2")))
                .containsExactly(H2OraclePagingPlugin.OFFSET_FETCH, H2OraclePagingPlugin.FETCH_FIRST,
                        H2OraclePagingPlugin.FETCH_FIRST);
    }

    @Test
    void shouldReportHealthAndServeTheOpenApiDescription() {
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("\"UP\"");
        var openApi = http.getForEntity("/v3/api-docs", String.class);
        assertThat(openApi.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(openApi.getBody()).contains("\"openapi\"");
    }
}
