package org.costclose.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.costclose.intake.ImportKind;
import org.costclose.intake.ImportRecord;
import org.costclose.intake.IntakeService;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The steel case of DOMAIN.md, as a newcomer finds it after the first start. */
@DatabaseTest
class DemoCompanyLoaderTest {

    @Autowired DemoCompanyLoader loader;
    @Autowired IntakeService intake;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void loadDemo() {
        loader.load("steel");
    }

    @Test
    void shouldLoadTheSteelLedgerOfOctoberToTheCent() {
        assertThat(count("gl_entry")).isEqualTo(15);
        assertThat(amount("SELECT SUM(amount) FROM gl_entry WHERE company_id = 'steel'")).isEqualByComparingTo("0.00");
        assertThat(amount("SELECT SUM(g.amount) FROM gl_entry g JOIN account a ON a.company_id = g.company_id"
                + " AND a.account_no = g.account_no WHERE g.company_id = 'steel' AND a.account_type IN ('REVENUE', 'EXPENSE')"))
                .isEqualByComparingTo("652833.00");
        assertThat(accountTotal("500111", "Sint")).isEqualByComparingTo("472500.00");
        assertThat(accountTotal("500111", "Iron")).isEqualByComparingTo("657833.00");
        assertThat(accountTotal("500101", "Sint")).isEqualByComparingTo("-477833.00");
        assertThat(accountTotal("401100", "Slag")).isEqualByComparingTo("-15000.00");
        assertThat(amount("SELECT amount FROM gl_entry WHERE company_id = 'steel' AND account_no = '600250' AND dim_1 = 'SP'"))
                .isEqualByComparingTo("5333.00");
        assertThat(amount("SELECT amount FROM gl_entry WHERE company_id = 'steel' AND account_no = '600250' AND dim_1 = 'BF'"))
                .isEqualByComparingTo("10000.00");
        assertThat(jdbc.queryForList("SELECT DISTINCT period_id FROM gl_entry WHERE company_id = 'steel'", String.class))
                .containsExactly("2026-10");
        assertThat(count("account")).isEqualTo(8);
    }

    @Test
    void shouldLoadTheReportedAsFinishedQuantities() {
        assertThat(count("finished_quantity")).isEqualTo(7);
        assertThat(finished("Sint")).isEqualByComparingTo("8400");
        assertThat(finished("Iron")).isEqualByComparingTo("6000");
        assertThat(finished("Slag")).isEqualByComparingTo("1800");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finished_quantity WHERE company_id = 'steel' AND cost_purpose = 'Iron'",
                Integer.class)).isEqualTo(3);
    }

    @Test
    void shouldLoadNothingTwiceWhenStartedAgain() {
        loader.load("steel");
        // other test classes load variants of the steel setup, each a version: count from the demo's own
        int versions = jdbc.queryForObject("SELECT COUNT(*) FROM setup_version WHERE company_id = 'steel'", Integer.class);

        List<ImportRecord> again = loader.load("steel");

        assertThat(again).extracting(ImportRecord::kind).containsExactly("ACCOUNTS", "GL_ENTRIES", "REPORTED_FINISHED");
        assertThat(again).extracting(ImportRecord::outcome).containsOnly(ImportRecord.UNCHANGED);
        assertThat(count("gl_entry")).isEqualTo(15);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM setup_version WHERE company_id = 'steel'", Integer.class))
                .isEqualTo(versions);
    }

    @Test
    void shouldImportEveryDocumentedExampleFileIntoTheDemoCompany() throws IOException {
        for (ImportKind kind : ImportKind.values()) {
            Path example = Path.of("docs/examples", kind.slug() + ".csv");
            try (InputStream input = Files.newInputStream(example)) {
                ImportRecord record = intake.importCsv("steel", kind, example.getFileName().toString(), input);
                assertThat(record.outcome()).as(kind.slug()).isIn(ImportRecord.STORED, ImportRecord.UNCHANGED);
            }
        }
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE company_id = 'steel'", Integer.class);
    }

    private BigDecimal amount(String sql) {
        return jdbc.queryForObject(sql, BigDecimal.class);
    }

    private BigDecimal accountTotal(String account, String costPurpose) {
        return jdbc.queryForObject("SELECT SUM(amount) FROM gl_entry WHERE company_id = 'steel' AND account_no = ? AND dim_2 = ?",
                BigDecimal.class, account, costPurpose);
    }

    private BigDecimal finished(String costPurpose) {
        return jdbc.queryForObject("SELECT SUM(quantity) FROM finished_quantity WHERE company_id = 'steel' AND cost_purpose = ?",
                BigDecimal.class, costPurpose);
    }
}
