package org.costclose.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Final statements are stored once per close and served unchanged, whatever the rendering does later. */
@DatabaseTest
class FinalStatementTest {

    /** the sinter plant's cost moved onto the pig iron in the allocation trace's CSV, at the currency's minor unit */
    private static final String SINTER_FLOW = "SINTER,1,CostPurpose Sint,CostPurpose Iron,CP-CPrm,500101,"
            + "-477833\\.00,1";

    @Autowired TestRestTemplate http;
    @Autowired DemoCompanyLoader demo;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired JdbcTemplate jdbc;
    @Autowired FinalStatementService finals;
    @Autowired StatementSettings settings;

    private final String close = "test-close-" + UUID.randomUUID();

    @BeforeEach
    void calculateSteel() {
        SteelStatements.calculate(demo, ledger, production, http);
    }

    @AfterEach
    void reset() {
        settings.locale(Locale.US);
        jdbc.update("DELETE FROM final_statement WHERE process_instance_id = ?", close);
        SteelStatements.reset(demo, jdbc);
    }

    @Test
    void shouldKeepExactlyOneSetWhenTheStepIsRetried() {
        int first = finals.store("steel", "2026-10", List.of("ACTUAL"), close, "steel-2026-10");
        int retried = finals.store("steel", "2026-10", List.of("ACTUAL"), close, "steel-2026-10");

        // two cost-accounting dimensions × one line structure × four formats, and two reports × four formats
        assertThat(first).isEqualTo(16);
        assertThat(retried).isEqualTo(16);
        assertThat(jdbc.queryForList("SELECT kind, report_id, COUNT(*) AS files FROM final_statement"
                + " WHERE process_instance_id = ? GROUP BY kind, report_id ORDER BY kind, report_id", close))
                .extracting(row -> row.get("kind") + " " + row.get("report_id") + " " + row.get("files"))
                .containsExactly("DIMENSION - 8", "REPORT allocation-trace 4", "REPORT cost-rates 4");
    }

    @Test
    void shouldServeTheStoredReportsAsSignedOffWhenTheCalculationChangedSinceTheClose() {
        finals.store("steel", "2026-10", List.of("ACTUAL"), close, "steel-2026-10");
        JsonNode csv = storedReport("allocation-trace", "CSV");
        JsonNode html = storedReport("allocation-trace", "HTML");
        // the period is reopened and its calculation undone: on demand the trace is empty now
        jdbc.update("DELETE FROM calculation_transaction WHERE company_id = 'steel'");
        settings.locale(Locale.GERMANY);

        ResponseEntity<byte[]> served = http.getForEntity("/api/companies/steel/statements/" + csv.get("id").asLong(),
                byte[].class);
        byte[] stored = jdbc.queryForObject("SELECT content FROM final_statement WHERE statement_id = ?", byte[].class,
                csv.get("id").asLong());
        String servedHtml = http.getForObject("/api/companies/steel/statements/" + html.get("id").asLong(),
                String.class);
        String onDemand = http.getForObject("/api/companies/steel/reports/allocation-trace?period=2026-10&format=html",
                String.class);

        assertThat(csv.get("kind").asText()).isEqualTo("REPORT");
        assertThat(csv.get("dimension").isNull()).isTrue();
        assertThat(csv.get("lineStructure").isNull()).isTrue();
        assertThat(csv.get("fileName").asText()).isEqualTo("allocation-trace-steel-2026-10-ACTUAL.csv");
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(served.getBody()).isEqualTo(stored);
        assertThat(FinalStatementService.sha256(served.getBody())).isEqualTo(csv.get("sha256").asText());
        assertThat(served.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(csv.get("sha256").asText());
        assertThat(served.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("allocation-trace-steel-2026-10-ACTUAL.csv");
        // as the close signed it off
        assertThat(new String(served.getBody(), StandardCharsets.UTF_8)).containsPattern(SINTER_FLOW);
        assertThat(servedHtml).contains("955,666.00").doesNotContain("955.666,00");
        assertThat(onDemand).contains("none: the version is not calculated");
        assertThat(storedReport("cost-rates", "XLSX").get("fileName").asText())
                .isEqualTo("cost-rates-steel-2026-10-ACTUAL.xlsx");
    }

    @Test
    void shouldServeTheStoredBytesUnchangedWhenTheFormattingChangedSinceTheClose() {
        finals.store("steel", "2026-10", List.of("ACTUAL"), close, "steel-2026-10");
        JsonNode html = stored("HTML");
        settings.locale(Locale.GERMANY);

        ResponseEntity<byte[]> served = http.getForEntity("/api/companies/steel/statements/" + html.get("id").asLong(),
                byte[].class);
        String onDemand = http.getForObject(SteelStatements.DIMENSION + "&format=html", String.class);

        assertThat(html.get("kind").asText()).isEqualTo("DIMENSION");
        assertThat(html.get("report").isNull()).isTrue();
        assertThat(html.get("lineStructure").asText()).isEqualTo("STEEL");
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(FinalStatementService.sha256(served.getBody())).isEqualTo(html.get("sha256").asText());
        assertThat(served.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(html.get("sha256").asText());
        assertThat(new String(served.getBody(), StandardCharsets.UTF_8)).contains("667,833.00")
                .doesNotContain("667.833,00");
        assertThat(onDemand).contains("667.833,00");
        JsonNode xlsx = stored("XLSX");
        byte[] workbook = http.getForObject("/api/companies/steel/statements/" + xlsx.get("id").asLong(), byte[].class);
        assertThat(FinalStatementService.sha256(workbook)).isEqualTo(xlsx.get("sha256").asText());
        assertThat(http.getForEntity("/api/companies/steel/statements/999999999", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** the listing's entry of this close's CostPurpose statement in a format */
    private JsonNode stored(String format) {
        return listed(format, statement -> statement.get("dimension").asText().equals("CostPurpose"));
    }

    /** the listing's entry of this close's report in a format */
    private JsonNode storedReport(String report, String format) {
        return listed(format, statement -> statement.get("report").asText().equals(report));
    }

    private JsonNode listed(String format, Predicate<JsonNode> which) {
        JsonNode listed = http.getForObject("/api/companies/steel/statements?period=2026-10", JsonNode.class);
        for (JsonNode statement : listed) {
            if (statement.get("processInstanceId").asText().equals(close) && statement.get("format").asText().equals(format)
                    && which.test(statement)) {
                return statement;
            }
        }
        throw new AssertionError("no such stored " + format + " file of " + close + " in " + listed);
    }
}
