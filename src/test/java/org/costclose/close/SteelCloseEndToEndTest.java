package org.costclose.close;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.costclose.calculation.SteelVariant;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steel demo's October close from start to locked period through the REST API, as the demo users: finance
 * starts it, an approver approves, an auditor reads balances and the audit trail. The job executor is off in
 * tests, so the test runs the close's jobs where the executor would.
 */
@DatabaseTest
class SteelCloseEndToEndTest {

    private static final String CLOSE = "/api/companies/steel/closes/2026-10";
    /** the sinter plant's cost moved onto the pig iron in the allocation trace's CSV at the currency's minor unit */
    private static final String SINTER_FLOW = "SINTER,1,CostPurpose Sint,CostPurpose Iron,CP-CPrm,500101,"
            + "-477833\\.00,1";

    @Autowired TestRestTemplate http;
    @Autowired DemoCompanyLoader demo;
    @Autowired ManagementService management;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void steel() {
        demo.load("steel");
    }

    @AfterEach
    void reopenForTheOtherTests() {
        jdbc.update("UPDATE fiscal_period SET state = 'OPEN' WHERE company_id = 'steel' AND period_id = '2026-10'");
        jdbc.update("DELETE FROM calculation_transaction WHERE company_id = 'steel'");
        jdbc.update("DELETE FROM final_statement WHERE company_id = 'steel'");
    }

    @Test
    void shouldCloseTheSteelMonthToALockedPeriodWithTheSteelCaseFiguresAndItsAuditTrail() {
        ResponseEntity<JsonNode> started = as("finance").postForEntity(CLOSE, null, JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String instance = started.getBody().get("processInstanceId").asText();
        CloseFixture.runJobs(management, instance);

        JsonNode waiting = as("approver").getForObject(CLOSE, JsonNode.class);
        assertThat(waiting.get("tasks")).singleElement().satisfies(task -> {
            assertThat(task.get("key").asText()).isEqualTo("approveAllocations");
            assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("approvers");
        });
        assertThat(jdbc.queryForObject("SELECT text_ FROM act_ru_variable WHERE proc_inst_id_ = ? AND name_ ="
                + " 'draftSummaryText'", String.class, instance)).matches("ACTUAL run \\d+: moved 985,999.00 in 12"
                + " transactions, sums to 0 \\(conserves\\)");
        ResponseEntity<JsonNode> byFinance = as("finance").postForEntity(task(waiting), decision("approve"), JsonNode.class);
        ResponseEntity<JsonNode> byAuditor = as("auditor").postForEntity(task(waiting), decision("approve"), JsonNode.class);
        ResponseEntity<JsonNode> approved = as("approver").postForEntity(task(waiting), decision("approve"), JsonNode.class);
        CloseFixture.runJobs(management, instance);

        assertThat(byFinance.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byAuditor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode closed = as("auditor").getForObject(CLOSE, JsonNode.class);
        assertThat(closed.get("state").asText()).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("SELECT state FROM fiscal_period WHERE company_id = 'steel'"
                + " AND period_id = '2026-10'", String.class)).isEqualTo("CLOSED");
        Map<String, BigDecimal> iron = SteelVariant.lines(as("auditor"), "ACTUAL", "CostPurpose");
        assertThat(iron.get("Iron 3_TC")).isEqualByComparingTo("667833.00");
        assertThat(iron.get("Iron 1_RM")).isEqualByComparingTo("652500.00");
        assertThat(iron.get("Iron 2_WG")).isEqualByComparingTo("15333.00");
        assertThat(iron.get("Iron 3_TT")).isEqualByComparingTo("111.31");
        assertThat(iron.get("Iron 7_NT")).isEqualByComparingTo("108.81");
        assertThat(iron.get("Sint 6_TS")).isEqualByComparingTo("0");
        // the final statements: CostCenter and CostPurpose through STEEL and the allocation trace and cost rates of
        // ACTUAL, each in the four formats
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM final_statement WHERE process_instance_id = ?",
                Long.class, instance)).isEqualTo(16L);
        JsonNode trace = storedFile(instance, "allocation-trace", "CSV");
        assertThat(as("auditor").getForObject("/api/companies/steel/statements/" + trace.get("id").asLong(),
                String.class)).containsPattern(SINTER_FLOW);
        JsonNode audit = as("auditor").getForObject(CLOSE + "/audit", JsonNode.class);
        assertThat(audit).filteredOn(entry -> !entry.get("type").asText().equals("refused"))
                .extracting(entry -> entry.get("activityId").asText() + " " + entry.get("user").asText(""))
                .containsExactly("closeStarted finance", "checkPeriod ", "reconcileAccounts ", "processLedger ",
                        "processProduction ", "calculate ", "draftStatements ", "chooseApprovalLevels ",
                        "approveAllocations approver", "post ", "finalStatements ", "lockPeriod ", "closeFinished ");
        // the shipped decision: steel's one level, on the amount its calculation moved
        assertThat(audit).filteredOn(entry -> entry.get("type").asText().equals("businessRuleTask"))
                .extracting(entry -> entry.get("decision").asText()).containsExactly("Approval for 985,999.00 moved");
        // finance's attempt reached the task and is on the record; the auditor was stopped at the door (403)
        assertThat(audit).filteredOn(entry -> entry.get("type").asText().equals("refused"))
                .extracting(entry -> entry.get("user").asText()).containsExactly("finance");
    }

    @Test
    void shouldRefuseImportsIntoTheLockedPeriodAfterTheClose() {
        jdbc.update("UPDATE fiscal_period SET state = 'CLOSED' WHERE company_id = 'steel' AND period_id = '2026-10'");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        String csv = "entry_id,date,account,amount,posting_layer,CostCenter\nLATE-1,2026-10-30,600250,1.00,CURRENT,SP\n";

        ResponseEntity<JsonNode> late = as("finance").postForEntity("/api/companies/steel/imports/gl-entries",
                new HttpEntity<>(csv, headers), JsonNode.class);

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(late.getBody().toString()).contains("period 2026-10 is locked");
    }

    /** the listing's entry of a report the close stored, in a format */
    private JsonNode storedFile(String instance, String report, String format) {
        JsonNode listed = as("auditor").getForObject("/api/companies/steel/statements?period=2026-10", JsonNode.class);
        for (JsonNode file : listed) {
            if (file.get("processInstanceId").asText().equals(instance) && file.get("report").asText().equals(report)
                    && file.get("format").asText().equals(format)) {
                return file;
            }
        }
        throw new AssertionError("the close stored no " + format + " " + report + ": " + listed);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private static String task(JsonNode status) {
        return CLOSE + "/tasks/" + status.get("tasks").get(0).get("id").asText();
    }

    private static Map<String, String> decision(String decision) {
        return Map.of("decision", decision);
    }
}
