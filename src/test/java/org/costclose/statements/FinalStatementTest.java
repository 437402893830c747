package org.costclose.statements;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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

        // two cost-accounting dimensions × one line structure × four formats
        assertThat(first).isEqualTo(8);
        assertThat(retried).isEqualTo(8);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM final_statement WHERE process_instance_id = ?",
                Long.class, close)).isEqualTo(8L);
    }

    @Test
    void shouldServeTheStoredBytesUnchangedWhenTheFormattingChangedSinceTheClose() {
        finals.store("steel", "2026-10", List.of("ACTUAL"), close, "steel-2026-10");
        JsonNode html = stored("HTML");
        settings.locale(Locale.GERMANY);

        ResponseEntity<byte[]> served = http.getForEntity("/api/companies/steel/statements/" + html.get("id").asLong(),
                byte[].class);
        String onDemand = http.getForObject(SteelStatements.DIMENSION + "&format=html", String.class);

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
        JsonNode listed = http.getForObject("/api/companies/steel/statements?period=2026-10", JsonNode.class);
        for (JsonNode statement : listed) {
            if (statement.get("processInstanceId").asText().equals(close) && statement.get("format").asText().equals(format)
                    && statement.get("dimension").asText().equals("CostPurpose")) {
                return statement;
            }
        }
        throw new AssertionError("no stored " + format + " statement of " + close + " in " + listed);
    }
}
