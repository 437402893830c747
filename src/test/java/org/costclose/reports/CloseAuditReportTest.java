package org.costclose.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.support.DatabaseTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** The close audit report after the steel demo's October close, approved by an approver with a comment. */
@DatabaseTest
class CloseAuditReportTest {

    private static final String CLOSE = "/api/companies/steel/closes/2026-10";
    private static final String REPORT = "/api/companies/steel/reports/close-audit?period=2026-10";

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
    }

    @Test
    void shouldShowTheApproversDecisionAndTheDraftsFingerprintWhenTheCloseAuditIsRendered() {
        String instance = http.withBasicAuth("finance", "demo").postForEntity(CLOSE, null, JsonNode.class).getBody()
                .get("processInstanceId").asText();
        runJobs(instance);
        JsonNode waiting = http.withBasicAuth("approver", "demo").getForObject(CLOSE, JsonNode.class);
        String task = CLOSE + "/tasks/" + waiting.get("tasks").get(0).get("id").asText();
        assertThat(http.withBasicAuth("approver", "demo").postForEntity(task, Map.of("decision", "approve",
                "comment", "Pig iron at 111.31 <ok>"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        runJobs(instance);

        Document html = ReportDocuments.html(http.withBasicAuth("auditor", "demo"), REPORT);
        String pdf = ReportDocuments.pdfText(http.withBasicAuth("auditor", "demo"), REPORT);

        var approval = html.select("tbody tr").stream().filter(row -> row.text().contains("approveAllocations"))
                .findFirst().orElseThrow().select("td").eachText();
        assertThat(approval.get(1)).isEqualTo("approveAllocations");
        assertThat(approval.subList(5, 9)).containsExactly("completed", "approver", "approve", "Pig iron at 111.31 <ok>");
        var draft = html.select("tbody tr").stream().filter(row -> row.text().contains("draftStatements"))
                .findFirst().orElseThrow().select("td").eachText();
        var post = html.select("tbody tr").stream().filter(row -> row.select("td").get(1).text().equals("post"))
                .findFirst().orElseThrow().select("td").eachText();
        // the posting found the inputs as the approved draft had them
        assertThat(draft.get(11)).isNotEqualTo("–").isEqualTo(post.get(11));
        assertThat(html.select("tbody tr td:eq(1)").eachText()).containsSubsequence("closeStarted", "calculate",
                "approveAllocations", "post", "lockPeriod", "closeFinished");
        assertThat(pdf).contains("Close audit report", "approveAllocations", "approver");
    }

    private void runJobs(String instance) {
        for (int round = 0; round < 100; round++) {
            var jobs = management.createJobQuery().processInstanceId(instance).withRetriesLeft().list();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                management.executeJob(job.getId());
            }
        }
    }
}
