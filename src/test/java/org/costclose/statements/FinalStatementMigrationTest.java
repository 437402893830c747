package org.costclose.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.costclose.support.DatabaseTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V20 on a database that already holds final statements: they keep their rows and ids, the next close's files get
 * new ids, and the unique key holds for statements and reports alike. Migrated in a schema of its own.
 */
@DatabaseTest
class FinalStatementMigrationTest {

    private static final String SCHEMA = "final_v20";
    private static final String TABLE = "\"" + SCHEMA + "\".final_statement";
    private static final byte[] CONTENT = {1, 2, 3};

    @Autowired Flyway flyway;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void dropTheSchema() {
        migration("latest").clean();
    }

    @Test
    void shouldKeepTheStoredStatementsAndTheirIdsWhenReportsAreAdded() {
        migration("19").migrate();
        jdbc.update("INSERT INTO " + TABLE + " (company_id, period_id, version_id, process_instance_id, kind,"
                + " dimension_name, line_structure_id, file_format, file_name, content, content_length, sha256,"
                + " rendered_at, rendered_by) VALUES ('steel', '2026-10', 'ACTUAL', 'close-1', 'DIMENSION',"
                + " 'CostPurpose', 'STEEL', 'CSV', 'statement.csv', ?, 3, 'hash', CURRENT_TIMESTAMP, 'system')",
                CONTENT);
        long before = jdbc.queryForObject("SELECT statement_id FROM " + TABLE, Long.class);

        migration("20").migrate();
        insert("DIMENSION", "-", "CostCenter", "STEEL");
        insert("REPORT", "allocation-trace", "-", "-");

        assertThat(jdbc.queryForList("SELECT statement_id, kind, report_id, dimension_name FROM " + TABLE
                + " ORDER BY statement_id")).extracting(row -> row.get("kind") + " " + row.get("report_id") + " "
                + row.get("dimension_name")).containsExactly("DIMENSION - CostPurpose", "DIMENSION - CostCenter",
                "REPORT allocation-trace -");
        assertThat(jdbc.queryForObject("SELECT content FROM " + TABLE + " WHERE statement_id = ?", byte[].class,
                before)).isEqualTo(CONTENT);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT statement_id) FROM " + TABLE, Long.class)).isEqualTo(3L);
        assertThatThrownBy(() -> insert("REPORT", "allocation-trace", "-", "-"))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> insert("DIMENSION", "-", "CostCenter", "STEEL"))
                .isInstanceOf(DuplicateKeyException.class);
        // a report has no dimension, a dimension statement no report
        assertThatThrownBy(() -> insert("REPORT", "cost-rates", "CostCenter", "-"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert("DIMENSION", "cost-rates", "CostCenter", "STEEL"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insert(String kind, String report, String dimension, String structure) {
        jdbc.update("INSERT INTO " + TABLE + " (company_id, period_id, version_id, process_instance_id, kind,"
                + " report_id, dimension_name, line_structure_id, file_format, file_name, content, content_length,"
                + " sha256, rendered_at, rendered_by) VALUES ('steel', '2026-10', 'ACTUAL', 'close-1', ?, ?, ?, ?, 'CSV',"
                + " 'file.csv', ?, 3, 'hash', CURRENT_TIMESTAMP, 'system')", kind, report, dimension, structure,
                CONTENT);
    }

    private Flyway migration(String target) {
        return Flyway.configure().configuration(flyway.getConfiguration()).schemas(SCHEMA).defaultSchema(SCHEMA)
                .cleanDisabled(false).target(target).load();
    }
}
