package org.costclose.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.costclose.close.CloseFixture.PERCENTAGES;
import static org.costclose.close.CloseFixture.PERIOD;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.costclose.close.CloseFixture;
import org.costclose.close.CloseService;
import org.costclose.close.CloseStatus;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupService;
import org.costclose.shared.CurrentUser;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.ErrorResponseException;

/**
 * Camunda's own authorization, as Cockpit, Tasklist and the engine's REST API meet it: each demo user calls the
 * engine with the groups the identity service gives them. The close of a small company waits in the finance
 * task "review the account changes" (a new account), then in the approvers' approval.
 */
@DatabaseTest
class EngineAuthorizationTest {

    @Autowired CloseService closes;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;
    @Autowired SetupService setup;
    @Autowired IntakeService intake;
    @Autowired CurrentUser user;
    @Autowired EngineGrants grants;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;
    CloseFixture plant;
    String close;

    @BeforeEach
    void waitingForFinance() {
        plant = new CloseFixture(setup, intake).load(PERCENTAGES).accounts("600300,Overtime,expense")
                .entries("G1,2026-10-05,600250,100.00,CURRENT,SP\n");
        close = user.actingFor("finance", () -> closes.start(plant.company, PERIOD)).processInstanceId();
        CloseFixture.runJobs(management, close);
    }

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void shouldLetFinanceStartAndWorkItsTasksButNeitherApproveNorCancelNorModifyTheClose() {
        Task review = as("finance", () -> tasks.createTaskQuery().processInstanceId(close).singleResult());
        assertThat(review.getTaskDefinitionKey()).isEqualTo("reviewAccountChanges");
        assertDenied("finance", () -> runtime.deleteProcessInstance(close, "not mine to cancel"));
        assertDenied("finance", () -> runtime.setVariable(close, "amount", 1));
        assertDenied("finance", () -> runtime.createProcessInstanceModification(close)
                .startBeforeActivity("post").execute());

        as("finance", () -> complete(review, "apply"));
        CloseFixture.runJobs(management, close);

        assertThat(as("finance", () -> tasks.createTaskQuery().processInstanceId(close).list())).isEmpty();
        Task approval = tasks.createTaskQuery().processInstanceId(close).singleResult();
        assertThat(approval.getTaskDefinitionKey()).isEqualTo("approveAllocations");
        assertDenied("finance2", () -> complete(approval, "approve"));
        // our API, the same refusal: 403 and an entry in the audit trail
        assertThatThrownBy(() -> user.actingFor("finance2", () -> closes.complete(plant.company, PERIOD,
                approval.getId(), new CloseService.Decision("approve", null, null))))
                .isInstanceOfSatisfying(ErrorResponseException.class, refused -> assertThat(refused.getMessage())
                        .isEqualTo("user finance2 is not in the groups of task 'Approve the allocations: Approval'"
                                + " [approvers]"));
        assertThat(refusals()).containsExactly("finance2 approveAllocations");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(close).singleResult()
                .getStartUserId()).isEqualTo("finance");
    }

    @Test
    void shouldLetAnApproverDecideOnlyTheApprovalAndStartNoClose() {
        Task review = tasks.createTaskQuery().processInstanceId(close).singleResult();
        assertThat(as("controller", () -> tasks.createTaskQuery().processInstanceId(close).list())).isEmpty();
        assertDenied("controller", () -> complete(review, "apply"));
        assertDenied("approver", () -> runtime.startProcessInstanceByKey("close-period", "C:2026-10",
                Map.of("companyId", plant.company, "periodId", PERIOD)));
        assertThatThrownBy(() -> user.actingFor("approver", () -> closes.start(plant.company, "2026-11")))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        refused -> assertThat(refused.getStatusCode().value()).isEqualTo(403));
        as("finance", () -> complete(review, "apply"));
        CloseFixture.runJobs(management, close);
        Task approval = tasks.createTaskQuery().processInstanceId(close).singleResult();

        List<Task> mine = as("controller", () -> tasks.createTaskQuery().taskCandidateGroup(Roles.APPROVERS).list());
        assertThat(mine).extracting(Task::getProcessInstanceId).contains(close);
        assertThat(as("controller", () -> tasks.createTaskQuery().list())).extracting(Task::getTaskDefinitionKey)
                .isSubsetOf("approveAllocations", "approveReopening", "resolveLedgerRejects",
                        "resolveProductionRejects");
        as("controller", () -> complete(approval, "approve"));
        CloseFixture.runJobs(management, close);

        assertThat(closes.status(plant.company, PERIOD).state()).isEqualTo("COMPLETED");
    }

    @Test
    void shouldLetAnAuditorReadTheHistoryAndTheOpenTaskButChangeNothing() {
        assertThat(as("auditor", () -> history.createHistoricProcessInstanceQuery().processInstanceId(close).list()))
                .hasSize(1);
        assertThat(as("auditor", () -> history.createHistoricActivityInstanceQuery().processInstanceId(close)
                .activityId("reconcileAccounts").count())).isEqualTo(1);
        assertThat(as("auditor", () -> runtime.getVariable(close, "companyId"))).isEqualTo(plant.company);
        Task review = as("auditor", () -> tasks.createTaskQuery().processInstanceId(close).singleResult());

        assertDenied("auditor", () -> complete(review, "apply"));
        assertDenied("auditor", () -> tasks.setVariable(review.getId(), "decision", "apply"));
        assertDenied("auditor", () -> tasks.claim(review.getId(), "auditor"));
        assertDenied("auditor", () -> runtime.setVariable(close, "companyId", "other"));
        assertDenied("auditor", () -> runtime.deleteProcessInstance(close, "audit"));
        assertDenied("auditor", () -> runtime.suspendProcessInstanceById(close));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(close).active().count()).isEqualTo(1);
    }

    @Test
    void shouldLetTheAdminGroupDoEverything() {
        // the group alone, without Camunda's camunda-admin (which the engine never checks)
        asGroups("admin", List.of(Roles.ADMIN), () -> {
            runtime.setVariable(close, "note", "checked by the admin");
            runtime.deleteProcessInstance(close, "admin cancels the test close");
            return null;
        });

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(close).count()).isZero();
        assertThat(history.createUserOperationLogQuery().processInstanceId(close).userId("admin").count())
                .isGreaterThanOrEqualTo(2);
        assertThat(authorizations.isUserAuthorized("admin", List.of(Roles.ADMIN), Permissions.ALL,
                Resources.AUTHORIZATION)).isTrue();
    }

    @Test
    void shouldCallTheEnginesRestApiAsTheSignedInAdmin() {
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var put = http.exchange("/engine-rest/process-instance/" + close + "/variables/note",
                org.springframework.http.HttpMethod.PUT,
                new org.springframework.http.HttpEntity<>("{\"value\": \"seen\", \"type\": \"String\"}", headers),
                String.class);

        assertThat(put.getStatusCode().value()).isEqualTo(204);
        // the engine knows who called: the operation log names the admin (an unauthenticated call names nobody)
        assertThat(history.createUserOperationLogQuery().processInstanceId(close).operationType("SetVariable").list())
                .extracting(entry -> entry.getUserId()).containsExactly("admin");
    }

    @Test
    void shouldOpenTheWebappsToEachGroupAsDocumented() {
        Map<String, List<Boolean>> access = Map.of(Roles.FINANCE, List.of(true, true, false),
                Roles.APPROVERS, List.of(true, true, false), Roles.AUDITORS, List.of(true, true, false),
                Roles.ADMIN, List.of(true, true, true));
        access.forEach((group, expected) -> assertThat(List.of("cockpit", "tasklist", "admin").stream()
                .map(app -> authorizations.isUserAuthorized("someone", List.of(group), Permissions.ACCESS,
                        Resources.APPLICATION, app)).toList()).as(group).isEqualTo(expected));
        assertThat(authorizations.isUserAuthorized("someone", List.of(Roles.AUDITORS),
                ProcessDefinitionPermissions.RETRY_JOB, Resources.PROCESS_DEFINITION, "close-period")).isFalse();
        assertThat(authorizations.isUserAuthorized("someone", List.of(Roles.FINANCE),
                ProcessDefinitionPermissions.RETRY_JOB, Resources.PROCESS_DEFINITION, "close-period")).isFalse();
        assertThat(authorizations.isUserAuthorized("someone", List.of(Roles.APPROVERS),
                ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "reopen-period")).isFalse();
    }

    @Test
    void shouldWriteNoGrantTwiceAndRestoreAnOpenTasksGrantWhenStartedAgain() {
        Task review = tasks.createTaskQuery().processInstanceId(close).singleResult();
        long before = rows();

        assertThat(grants.ensure()).isZero();
        assertThat(rows()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_"
                + " FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ IS NOT NULL GROUP BY GROUP_ID_, RESOURCE_TYPE_,"
                + " RESOURCE_ID_ HAVING COUNT(*) > 1) twice", Long.class)).isZero();

        // a task created while authorization was off has no grant for its candidate group: the start adds it
        jdbc.update("DELETE FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_ID_ = ?", review.getId());
        assertThat(as("finance", () -> tasks.createTaskQuery().processInstanceId(close).count())).isZero();
        assertThat(grants.ensure()).isEqualTo(1);
        assertThat(rows()).isEqualTo(before);
        assertThat(as("finance", () -> tasks.createTaskQuery().processInstanceId(close).count())).isEqualTo(1);
    }

    private long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION", Long.class);
    }

    private List<String> refusals() {
        JsonNode audit = http.getForObject("/api/companies/" + plant.company + "/closes/" + PERIOD + "/audit",
                JsonNode.class);
        List<String> refused = new java.util.ArrayList<>();
        audit.forEach(entry -> {
            if (entry.get("type").asText().equals("refused")) {
                refused.add(entry.get("user").asText() + " " + entry.get("activityId").asText());
            }
        });
        return refused;
    }

    private Void complete(Task task, String decision) {
        tasks.complete(task.getId(), Map.of("decision", decision));
        return null;
    }

    private void assertDenied(String userId, Runnable call) {
        assertThatThrownBy(() -> as(userId, () -> {
            call.run();
            return null;
        })).as(userId).isInstanceOf(AuthorizationException.class);
    }

    /** the engine call as the user, signed in with the groups the identity service holds for them */
    private <T> T as(String userId, Supplier<T> call) {
        return asGroups(userId, identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .toList(), call);
    }

    private <T> T asGroups(String userId, List<String> groups, Supplier<T> call) {
        identity.setAuthentication(userId, groups);
        try {
            return call.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
