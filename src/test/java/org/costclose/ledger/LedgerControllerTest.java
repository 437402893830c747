package org.costclose.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupService;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class LedgerControllerTest {

    @Autowired TestRestTemplate http;
    @Autowired SetupService setup;
    @Autowired IntakeService intake;
    @Autowired JdbcTemplate jdbc;
    LedgerFixture fixture;

    @BeforeEach
    void company() {
        fixture = new LedgerFixture(setup, intake).load(true, false);
        fixture.importAccounts();
        fixture.importEntries(LedgerProcessingServiceTest.ENTRIES + "R1,2026-10-07,700000,70.00,,CURRENT,,Iron\n");
    }

    @Test
    void shouldRunTheLedgerAndListRunsAndRejects() {
        ResponseEntity<JsonNode> run = http.postForEntity(path("/ledger-runs"), null, JsonNode.class);

        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(run.getBody().get("entriesIn").asLong()).isEqualTo(7);
        assertThat(run.getBody().get("entriesRejected").asLong()).isEqualTo(1);
        assertThat(run.getBody().get("reconciles").asBoolean()).isTrue();
        JsonNode runs = http.getForObject(path("/ledger-runs"), JsonNode.class);
        assertThat(runs).hasSize(1);
        JsonNode rejects = http.getForObject(path("/ledger-rejects"), JsonNode.class);
        assertThat(rejects.get("counts").get(0).get("reason").asText()).isEqualTo("NO_CATEGORY");
        assertThat(rejects.get("rejects").get(0).get("glEntryId").asText()).isEqualTo("R1");
        assertThat(rejects.get("rejects").get(0).get("explanation").asText()).contains("account 700000");
        JsonNode lineage = http.getForObject(path("/ledger-entries?category=401100&dimension=CostPurpose&value=Sint"),
                JsonNode.class);
        assertThat(lineage).hasSize(1);
        assertThat(lineage.get(0).asText()).isEqualTo("G1");
    }

    @Test
    void shouldAnswerConflictForALockedPeriodAndNotFoundForAnUnknownOne() {
        jdbc.update("UPDATE fiscal_period SET state = 'CLOSED' WHERE company_id = ? AND period_id = '2026-10'", fixture.company);

        ResponseEntity<JsonNode> locked = http.postForEntity(path("/ledger-runs"), null, JsonNode.class);
        ResponseEntity<JsonNode> unknown = http.postForEntity("/api/companies/" + fixture.company + "/periods/2031-01/ledger-runs",
                null, JsonNode.class);

        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(locked.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(locked.getBody().get("title").asText()).isEqualTo("Period locked");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("detail").asText()).contains("has no period 2031-01");
    }

    private String path(String tail) {
        return "/api/companies/" + fixture.company + "/periods/2026-10" + tail;
    }
}
