package org.costclose.close;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.costclose.close.CloseFixture.PERCENTAGES;
import static org.costclose.close.CloseFixture.PERIOD;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupService;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.InvalidInputException;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The close process on a small company with the real delegates: each path through processes/close-period.bpmn. */
@DatabaseTest
class CloseProcessTest {

    @Autowired CloseService closes;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired SetupService setup;
    @Autowired IntakeService intake;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;
    @Autowired CurrentUser user;
    @Autowired IdentityService identity;
    CloseFixture plant;

    @BeforeEach
    void plant() {
        BpmnAwareTests.init(engine);
        plant = new CloseFixture(setup, intake).load(PERCENTAGES).accounts()
                .entries("G1,2026-10-05,600250,100.00,CURRENT,SP\n");
    }

    @Test
    void shouldCalculateAwaitApprovalThenPostAndLockWhenNothingNeedsAPerson() {
        ProcessInstance close = start();

        assertThat(close).isWaitingAt("approveAllocations");
        assertThat(close).hasPassed("checkPeriod", "reconcileAccounts", "processLedger", "processProduction",
                "calculate", "draftStatements");
        assertThat(close).variables().containsEntry("ledgerRejected", 0L).containsEntry("reconciliationChanges", 0);
        assertThat(allocated()).isEqualByComparingTo("100.00");
        decide(close, "approveAllocations", "approve", null, null);

        assertThat(close).isEnded().hasPassed("post", "finalStatements", "lockPeriod");
        assertThat(state()).isEqualTo("CLOSED");
        assertThat(closes.status(plant.company, PERIOD).state()).isEqualTo("COMPLETED");
        assertThat(closes.status(plant.company, PERIOD).startedBy()).isEqualTo("finance");
    }

    @Test
    void shouldAskFinanceToReviewAndThenApplyTheAccountChangesWhenTheChartHasANewAccount() {
        plant.accounts("600300,Overtime,expense");

        ProcessInstance close = start();

        assertThat(close).isWaitingAt("reviewAccountChanges").task().hasCandidateGroup("finance");
        assertThat(close).variables().containsEntry("reconciliationChanges", 1);
        decide(close, "reviewAccountChanges", "apply", null, null);

        assertThat(close).hasPassed("applyAccountChanges").isWaitingAt("approveAllocations");
        assertThat(jdbc.queryForObject("SELECT applied_by FROM reconciliation_run WHERE company_id = ?", String.class,
                plant.company)).isEqualTo("finance2");
    }

    @Test
    void shouldStopForAFixAndReconcileAgainWhenTheAccountChangesAreRejected() {
        plant.accounts("600300,Overtime,expense");
        ProcessInstance close = start();

        decide(close, "reviewAccountChanges", "reject", "600300 belongs to another company", null);
        assertThat(close).isWaitingAt("fixAccounts");
        decide(close, "fixAccounts", null, null, null);

        assertThat(close).isWaitingAt("reviewAccountChanges");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reconciliation_run WHERE company_id = ?", Long.class,
                plant.company)).isEqualTo(2);
    }

    @Test
    void shouldComeBackToTheRejectsUntilTheyAreWaivedWithAReason() {
        plant.entries("G2,2026-10-06,600250,50.00,CURRENT,\n");
        ProcessInstance close = start();
        assertThat(close).isWaitingAt("resolveLedgerRejects").task().hasCandidateGroup("finance");
        assertThat(close).variables().containsEntry("ledgerRejected", 1L);

        decide(close, "resolveLedgerRejects", "rerun", null, null);
        assertThat(close).isWaitingAt("resolveLedgerRejects");
        InvalidInputException noReason = catchThrowableOfType(InvalidInputException.class,
                () -> decide(close, "resolveLedgerRejects", "waive", null, " "));
        assertThat(close).isWaitingAt("resolveLedgerRejects");
        decide(close, "resolveLedgerRejects", "waive", null, "blank cost center booked by mistake; reversed in November");

        assertThat(noReason.errors().get(0).field()).isEqualTo("reason");
        assertThat(noReason.errors().get(0).reason()).contains("needs a written reason");
        assertThat(close).isWaitingAt("approveAllocations");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_run WHERE company_id = ?", Long.class,
                plant.company)).isEqualTo(2);
    }

    @Test
    void shouldCalculateTheBudgetVersionBesideTheActualOneWhenTheMonthHasABudget() {
        plant.loadWithBudget().budget("B1,B2026,2026-10-15,600250,80.00,SP\n");

        ProcessInstance close = start();

        assertThat(close).isWaitingAt("approveAllocations");
        assertThat((String) runtime.getVariable(close.getId(), "budgetCalculationRunIds")).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM calculation_transaction WHERE company_id = ?"
                + " AND version_id = 'B' AND dimension_name = 'CostPurpose'", BigDecimal.class, plant.company))
                .isEqualByComparingTo("80.00");
        assertThat(allocated()).isEqualByComparingTo("180.00");
    }

    @Test
    void shouldSkipTheBudgetVersionWhenTheMonthHasNoBudget() {
        plant.loadWithBudget();

        ProcessInstance close = start();

        assertThat(close).isWaitingAt("approveAllocations");
        assertThat(close).variables().containsEntry("budgetCalculationRunIds", "");
        assertThat(allocated()).isEqualByComparingTo("100.00");
    }

    @Test
    void shouldStopAtTheProductionRejectsUntilAnApproverWaivesThem() {
        // a resource the setup does not know: its hours cannot be placed under a service category
        plant.routeHours("""
                transaction_id,order,resource,cost_center,cost_purpose,hours,date
                R1,B-1,SP-PRESS,SP,Sint,3,2026-10-01
                """);
        ProcessInstance close = start();
        assertThat(close).isWaitingAt("resolveProductionRejects").task().hasCandidateGroup("approvers");
        assertThat(close).variables().containsEntry("productionRejected", 1L);

        decide(close, "resolveProductionRejects", "waive", null, "the press gets its resource next month");

        assertThat(close).isWaitingAt("approveAllocations");
    }

    @Test
    void shouldSendTheCloseBackThroughCalculationWhenTheApproverRejects() {
        ProcessInstance close = start();

        InvalidInputException noComment = catchThrowableOfType(InvalidInputException.class,
                () -> decide(close, "approveAllocations", "reject", null, null));
        decide(close, "approveAllocations", "reject", "the wages belong to the blast furnace", null);
        assertThat(close).isWaitingAt("reworkAllocations").task().hasCandidateGroup("finance");
        decide(close, "reworkAllocations", null, null, null);

        assertThat(noComment.errors().get(0).reason()).contains("needs a comment");
        assertThat(close).isWaitingAt("approveAllocations");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calculation_run WHERE company_id = ?", Long.class,
                plant.company)).isEqualTo(2);
        assertThat(allocated()).isEqualByComparingTo("100.00");
    }

    @Test
    void shouldVoidTheApprovalAndProcessAgainWhenTheDataChangedBeforePosting() {
        ProcessInstance close = start();
        plant.entries("G3,2026-10-07,600250,25.00,CURRENT,SP\n");

        decide(close, "approveAllocations", "approve", null, null);

        assertThat(close).isWaitingAt("approveAllocations");
        assertThat(close).variables().containsEntry("signOffVoidBecause", "gl_entry");
        assertThat(http.getForObject(url() + "/audit", JsonNode.class))
                .filteredOn(entry -> entry.get("activityId").asText().equals("post")).first()
                .satisfies(post -> assertThat(post.get("fingerprint").asText()).isEqualTo("void, changed: gl_entry"));
        assertThat(state()).isEqualTo("OPEN");
        // processed and calculated again: the new entry is in the result the approvers now see
        assertThat(allocated()).isEqualByComparingTo("125.00");
        decide(close, "approveAllocations", "approve", null, null);
        assertThat(close).isEnded();
        assertThat(state()).isEqualTo("CLOSED");
    }

    @Test
    void shouldVoidTheApprovalWhenTheSetupChangedBeforePosting() {
        ProcessInstance close = start();
        plant.load(PERCENTAGES.replace("Sint: 100", "Sint: 100.0"));

        decide(close, "approveAllocations", "approve", null, null);

        assertThat(close).isWaitingAt("approveAllocations");
        assertThat(close).variables().containsEntry("signOffVoidBecause", "setup");
    }

    @Test
    void shouldRaiseAnIncidentAndGoOnAfterAFixWhenTheCalculationFails() {
        plant.load(CloseFixture.NO_OUTPUT);
        ProcessInstance close = start();

        assertThat(close).isWaitingAt("calculate");
        CloseStatus failed = closes.status(plant.company, PERIOD);
        assertThat(failed.incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.activityId()).isEqualTo("calculate");
            assertThat(incident.message()).contains("is zero for every receiver");
        });
        plant.load(PERCENTAGES);
        management.setJobRetries(management.createJobQuery().processInstanceId(close.getId()).singleResult().getId(), 1);
        CloseFixture.runJobs(management, close.getId());

        assertThat(close).isWaitingAt("approveAllocations");
        assertThat(closes.status(plant.company, PERIOD).incidents()).isEmpty();
        assertThat(allocated()).isEqualByComparingTo("100.00");
    }

    @Test
    void shouldRefuseASecondStartAndAStartOnALockedPeriodOverHttp() {
        ResponseEntity<JsonNode> first = http.postForEntity(url(), null, JsonNode.class);
        ResponseEntity<JsonNode> second = http.postForEntity(url(), null, JsonNode.class);
        jdbc.update("UPDATE fiscal_period SET state = 'CLOSED' WHERE company_id = ? AND period_id = '2026-09'",
                plant.company);
        ResponseEntity<JsonNode> locked = http.postForEntity(url().replace(PERIOD, "2026-09"), null, JsonNode.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody().get("businessKey").asText()).isEqualTo(plant.company + ":" + PERIOD);
        assertThat(first.getBody().get("activities").get(0).asText()).isEqualTo("checkPeriod");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getBody().get("detail").asText()).contains("one close per company and period");
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(locked.getBody().get("detail").asText()).contains("is CLOSED, not OPEN");
    }

    @Test
    void shouldRefuseADecisionTheTaskDoesNotTakeOverHttp() {
        ProcessInstance close = start();
        String task = closes.status(plant.company, PERIOD).tasks().get(0).id();

        ResponseEntity<JsonNode> wrong = http.postForEntity(url() + "/tasks/" + task,
                new CloseService.Decision("maybe", null, null), JsonNode.class);
        ResponseEntity<JsonNode> unknown = http.postForEntity(url() + "/tasks/nope",
                new CloseService.Decision("approve", null, null), JsonNode.class);

        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(wrong.getBody().toString()).contains("takes one of [approve, reject]");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(close).isWaitingAt("approveAllocations");
    }

    @Test
    void shouldReplayEveryStepWithItsUserDecisionAndWaiverReasonWhenTheAuditIsRead() {
        plant.entries("G2,2026-10-06,600250,50.00,CURRENT,\n");
        ProcessInstance close = start();
        decide(close, "resolveLedgerRejects", "waive", null, "blank cost center; reversed in November");
        decide(close, "approveAllocations", "approve", "fine", null);

        JsonNode audit = http.getForObject(url() + "/audit", JsonNode.class);
        ResponseEntity<String> csv = http.exchange(url() + "/audit", org.springframework.http.HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(csvHeaders()), String.class);

        assertThat(audit).extracting(entry -> entry.get("activityId").asText()).containsExactly("closeStarted",
                "checkPeriod", "reconcileAccounts", "processLedger", "resolveLedgerRejects", "processProduction",
                "calculate", "draftStatements", "chooseApprovalLevels", "approveAllocations", "post", "finalStatements", "lockPeriod",
                "closeFinished");
        assertThat(audit).allSatisfy(entry -> {
            assertThat(entry.get("outcome").asText()).isEqualTo("completed");
            assertThat(entry.get("end").isNull()).isFalse();
        });
        JsonNode waiver = audit.get(4);
        assertThat(waiver.get("decision").asText()).isEqualTo("waive");
        assertThat(waiver.get("reason").asText()).isEqualTo("blank cost center; reversed in November");
        assertThat(waiver.get("user").asText()).isEqualTo("controller");
        assertThat(audit.get(9).get("decision").asText()).isEqualTo("approve");
        assertThat(audit.get(9).get("comment").asText()).isEqualTo("fine");
        assertThat(audit.get(0).get("user").asText()).isEqualTo("finance");
        assertThat(audit.get(9).get("user").asText()).isEqualTo("approver");
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getBody().lines().findFirst().orElseThrow())
                .isEqualTo("activity_id,name,type,start,end,outcome,user,decision,comment,reason,waived_rejects,"
                        + "fingerprint");
        assertThat(waiver.get("waivedRejects").asLong()).isEqualTo(1);
        assertThat(audit.get(7).get("fingerprint").asText()).startsWith("setup=").contains(";gl_entry=2/")
                .contains(";calculation=2/");
        assertThat(audit.get(10).get("fingerprint").asText()).isEqualTo(audit.get(7).get("fingerprint").asText());
        assertThat(csv.getBody()).contains("resolveLedgerRejects,Resolve rejected entries,userTask,")
                .contains(",completed,controller,waive,,blank cost center; reversed in November,1,");
        assertThat(audit.get(8).get("decision").asText()).isEqualTo("Approval for 100.00 moved");
        assertThat(csv.getBody().lines()).hasSize(15);
    }

    @Test
    void shouldShowTheFailedAttemptsOfAStepInTheAuditWhenItRaisedAnIncident() {
        plant.load(CloseFixture.NO_OUTPUT);
        ProcessInstance close = start();
        plant.load(PERCENTAGES);
        management.setJobRetries(management.createJobQuery().processInstanceId(close.getId()).singleResult().getId(), 1);
        CloseFixture.runJobs(management, close.getId());

        JsonNode audit = http.getForObject(url() + "/audit", JsonNode.class);

        assertThat(audit).filteredOn(entry -> entry.get("type").asText().equals("incident")).singleElement()
                .satisfies(incident -> {
                    assertThat(incident.get("activityId").asText()).isEqualTo("calculate");
                    assertThat(incident.get("outcome").asText()).isEqualTo("resolved");
                    assertThat(incident.get("comment").asText()).contains("is zero for every receiver");
                });
    }

    @Test
    void shouldRefuseTheApprovalWith403AndAnAuditEntryWhenTheApproverWaivedTheRejects() {
        plant.entries("G2,2026-10-06,600250,50.00,CURRENT,\n");
        ProcessInstance close = start();
        decide(close, "resolveLedgerRejects", "waive", null, "blank cost center; reversed in November");

        CloseForbiddenException fourEyes = catchThrowableOfType(CloseForbiddenException.class,
                () -> decideAs("controller", close, "approveAllocations", "approve", null, null));

        assertThat(fourEyes.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(fourEyes.getMessage()).isEqualTo("four-eyes: controller resolved its rejected entries and may not"
                + " approve its allocations");
        assertThat(close).isWaitingAt("approveAllocations");
        JsonNode refused = http.getForObject(url() + "/audit", JsonNode.class);
        assertThat(refused).filteredOn(entry -> entry.get("type").asText().equals("refused")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("user").asText()).isEqualTo("controller");
                    assertThat(entry.get("activityId").asText()).isEqualTo("approveAllocations");
                    assertThat(entry.get("comment").asText()).startsWith("four-eyes");
                });
        decideAs("approver", close, "approveAllocations", "approve", null, null);
        assertThat(close).isEnded();
    }

    @Test
    void shouldRefuseAnApproverWhoStartedTheCloseAndFinanceAtTheApprovalAndAtAWaiver() {
        String both = CloseFixture.financeApprover(identity);
        CloseStatus started = user.actingFor(both, () -> closes.start(plant.company, PERIOD));
        ProcessInstance close = runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId())
                .singleResult();
        CloseFixture.runJobs(management, close.getId());

        CloseForbiddenException starter = catchThrowableOfType(CloseForbiddenException.class,
                () -> decideAs(both, close, "approveAllocations", "approve", null, null));
        CloseForbiddenException finance = catchThrowableOfType(CloseForbiddenException.class,
                () -> decideAs("finance2", close, "approveAllocations", "approve", null, null));

        assertThat(starter.getMessage()).contains("four-eyes: both started the close");
        assertThat(finance.getMessage()).contains("user finance2 is not in the groups of task 'Approve the allocations:"
                + " Approval' [approvers]");
        decideAs("controller", close, "approveAllocations", "approve", null, null);
        assertThat(close).isEnded();
    }

    @Test
    void shouldLetOnlyAnApproverWaiveRejects() {
        plant.entries("G2,2026-10-06,600250,50.00,CURRENT,\n");
        ProcessInstance close = start();

        CloseForbiddenException finance = catchThrowableOfType(CloseForbiddenException.class,
                () -> decideAs("finance2", close, "resolveLedgerRejects", "waive", null, "looks fine"));

        assertThat(finance.getMessage()).isEqualTo("only an approver waives rejected entries; finance2 is not one");
        assertThat(close).isWaitingAt("resolveLedgerRejects");
    }

    @Test
    void shouldApproveLevelByLevelWithADifferentApproverAtEachWhenTheSetupNamesLevels() {
        plant.load(PERCENTAGES, """
                approvalLevels:
                  - {name: Controller, group: approvers}
                  - {name: CFO, group: approvers}
                """);
        ProcessInstance close = start();
        assertThat(closes.status(plant.company, PERIOD).tasks().get(0).name())
                .isEqualTo("Approve the allocations: Controller");

        decideAs("approver", close, "approveAllocations", "approve", null, null);
        assertThat(closes.status(plant.company, PERIOD).tasks().get(0).name()).isEqualTo("Approve the allocations: CFO");
        CloseForbiddenException twice = catchThrowableOfType(CloseForbiddenException.class,
                () -> decideAs("approver", close, "approveAllocations", "approve", null, null));
        decideAs("controller", close, "approveAllocations", "reject", "the slag credit is missing", null);
        decide(close, "reworkAllocations", null, null, null);
        // a new draft: approved afresh from the first level
        decideAs("approver", close, "approveAllocations", "approve", null, null);
        decideAs("controller", close, "approveAllocations", "approve", null, null);

        assertThat(twice.getMessage()).isEqualTo("four-eyes: approver approved an earlier level of these allocations");
        assertThat(close).isEnded();
        JsonNode audit = http.getForObject(url() + "/audit", JsonNode.class);
        // the shipped decision asks every level the setup names, once per draft
        assertThat(audit).filteredOn(entry -> entry.get("type").asText().equals("businessRuleTask"))
                .extracting(entry -> entry.get("decision").asText())
                .containsExactly("Controller, CFO for 100.00 moved", "Controller, CFO for 100.00 moved");
        assertThat(audit).filteredOn(entry -> entry.get("type").asText().equals("userTask"))
                .extracting(entry -> entry.get("name").asText() + " " + entry.get("user").asText() + " "
                        + entry.get("decision").asText(""))
                .containsExactly("Approve the allocations: Controller approver approve",
                        "Approve the allocations: CFO controller reject",
                        "Rework the allocations finance2 ",
                        "Approve the allocations: Controller approver approve",
                        "Approve the allocations: CFO controller approve");
    }

    @Test
    void shouldAskOnlyTheApprovalLevelsTheDecisionChoosesForTheAmountMoved() throws Exception {
        plant.load(PERCENTAGES, """
                approvalLevels:
                  - {name: Controller, group: approvers}
                  - {name: CFO, group: approvers}
                """);
        // this company's rule ahead of the shipped one: under 1,000.00 moved the controller alone signs off
        String deployment = deployApprovalLevels("""
                <rule id="smallCloses">
                  <inputEntry id="smallClosesCompany"><text>"%s"</text></inputEntry>
                  <inputEntry id="smallClosesAmount"><text>&lt; 1000</text></inputEntry>
                  <outputEntry id="smallClosesCount"><text>1</text></outputEntry>
                </rule>""".formatted(plant.company));
        try {
            ProcessInstance close = start();

            assertThat(close).hasPassed("draftStatements", "chooseApprovalLevels").isWaitingAt("approveAllocations");
            assertThat(close).variables().containsEntry("amountMoved", 100.0).containsEntry("approvalLevelCount", 1)
                    .containsEntry("approvalLevelsChosen", "Controller");
            assertThat(closes.status(plant.company, PERIOD).tasks().get(0).name())
                    .isEqualTo("Approve the allocations: Controller");
            decideAs("approver", close, "approveAllocations", "approve", null, null);

            assertThat(close).isEnded().hasPassed("post", "lockPeriod");
            JsonNode audit = http.getForObject(url() + "/audit", JsonNode.class);
            assertThat(audit).filteredOn(entry -> entry.get("type").asText().equals("businessRuleTask"))
                    .extracting(entry -> entry.get("name").asText() + ": " + entry.get("decision").asText())
                    .containsExactly("Choose the approval levels: Controller for 100.00 moved");
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    /** a new version of the shipped decision with the rule added first; returns the deployment to delete */
    private String deployApprovalLevels(String rule) throws java.io.IOException {
        String shipped;
        try (var in = getClass().getResourceAsStream("/processes/approval-levels.dmn")) {
            shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String withRule = shipped.replace("<rule id=\"everyLevel\">", rule + "\n      <rule id=\"everyLevel\">");
        assertThat(withRule).isNotEqualTo(shipped);
        return engine.getRepositoryService().createDeployment().name("approval levels, test")
                .addString("approval-levels.dmn", withRule).deploy().getId();
    }

    @Test
    void shouldDateTheApprovalOnTheCalendarsWorkingDaySkippingHolidaysAndShowItOverdueWhenThatDayHasPassed() {
        plant.load(PERCENTAGES, """
                closeCalendar:
                  - {task: approveAllocations, workingDay: 3}
                closeHolidays: [2026-11-01, 2026-11-03]
                """);
        ProcessInstance close = start();

        CloseStatus.OpenTask approval = closes.status(plant.company, PERIOD).tasks().get(0);

        // October 2026 ends on a Saturday: working days 2, 4 and 5 November (the holiday on Sunday 1st is harmless)
        assertThat(approval.due()).isEqualTo(java.time.Instant.parse("2026-11-05T23:59:59Z"));
        assertThat(approval.overdue()).isEqualTo(java.time.Instant.now().isAfter(approval.due()));
        assertThat(close).isWaitingAt("approveAllocations");
    }

    private static org.springframework.http.HttpHeaders csvHeaders() {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setAccept(java.util.List.of(org.springframework.http.MediaType.parseMediaType("text/csv")));
        return headers;
    }

    private ProcessInstance start() {
        CloseStatus status = user.actingFor("finance", () -> closes.start(plant.company, PERIOD));
        ProcessInstance close = runtime.createProcessInstanceQuery().processInstanceId(status.processInstanceId())
                .singleResult();
        CloseFixture.runJobs(management, close.getId());
        return close;
    }

    /** decides as the user whose job it is: an approver approves and waives, finance2 does finance's tasks */
    private void decide(ProcessInstance close, String taskKey, String decision, String comment, String reason) {
        String who = "approveAllocations".equals(taskKey) ? "approver" : "waive".equals(decision) ? "controller"
                : "finance2";
        decideAs(who, close, taskKey, decision, comment, reason);
    }

    private void decideAs(String who, ProcessInstance close, String taskKey, String decision, String comment,
            String reason) {
        CloseStatus status = closes.status(plant.company, PERIOD);
        String task = status.tasks().stream().filter(open -> open.key().equals(taskKey)).findFirst().orElseThrow().id();
        user.actingFor(who, () -> closes.complete(plant.company, PERIOD, task,
                new CloseService.Decision(decision, comment, reason)));
        CloseFixture.runJobs(management, close.getId());
    }

    private String url() {
        return "/api/companies/" + plant.company + "/closes/" + PERIOD;
    }

    private String state() {
        return jdbc.queryForObject("SELECT state FROM fiscal_period WHERE company_id = ? AND period_id = ?", String.class,
                plant.company, PERIOD);
    }

    private BigDecimal allocated() {
        return jdbc.queryForObject("SELECT SUM(amount) FROM calculation_transaction WHERE company_id = ?"
                + " AND dimension_name = 'CostPurpose' AND category_id = 'CC-CPwg'", BigDecimal.class, plant.company);
    }
}
