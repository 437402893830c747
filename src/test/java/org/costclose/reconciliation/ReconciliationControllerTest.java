package org.costclose.reconciliation;

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

@DatabaseTest
class ReconciliationControllerTest {

    @Autowired TestRestTemplate http;
    @Autowired SetupService setups;
    @Autowired IntakeService intake;
    ReconciliationFixture fixture;
    String base;

    @BeforeEach
    void newCompany() {
        fixture = new ReconciliationFixture(setups, intake).load();
        base = "/api/companies/" + fixture.company + "/reconciliations";
    }

    @Test
    void shouldAnswerCreatedWithTheProposalThenOkWithTheApplication() {
        fixture.importChart("account,name,type\n700000,Other expenses,expense\n");

        ResponseEntity<JsonNode> created = http.postForEntity(base, null, JsonNode.class);
        long runId = created.getBody().get("runId").asLong();
        ResponseEntity<JsonNode> applied = http.postForEntity(base + "/" + runId + "/apply", null, JsonNode.class);
        JsonNode listed = http.getForObject(base, JsonNode.class);
        JsonNode shown = http.getForObject(base + "/" + runId, JsonNode.class);
        String yaml = http.getForObject("/api/companies/" + fixture.company + "/setup/yaml", String.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasToString(base + "/" + runId);
        JsonNode change = created.getBody().get("changes").get(0);
        assertThat(change.get("kind").asText()).isEqualTo("CREATE");
        assertThat(change.get("categoryId").asText()).isEqualTo("700000");
        assertThat(change.get("proposedName").asText()).isEqualTo("Other expenses");
        assertThat(created.getBody().get("counts").get("CREATE").asLong()).isEqualTo(1);
        assertThat(created.getBody().get("counts").get("REMOVE").asLong()).isZero();
        assertThat(created.getBody().get("applied").asBoolean()).isFalse();
        assertThat(applied.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(applied.getBody().get("application").get("appliedBy").asText()).isNotBlank();
        assertThat(applied.getBody().get("application").get("setupId").asLong())
                .isEqualTo(setups.company(fixture.company).orElseThrow().activeSetupId());
        assertThat(applied.getBody().get("changes").get(0).get("outcome").asText()).isEqualTo("created");
        assertThat(listed).hasSize(1);
        assertThat(shown.get("applied").asBoolean()).isTrue();
        assertThat(yaml).contains("- id: 700000\n  name: Other expenses\n");
    }

    @Test
    void shouldAnswerConflictProblemsWhenAProposalIsStaleOrAppliedTwice() {
        fixture.importChart("account,name,type\n700000,Other expenses,expense\n");
        long stale = http.postForEntity(base, null, JsonNode.class).getBody().get("runId").asLong();
        fixture.importChart("account,name,type\n600250,Wages,expense\n");
        long fresh = http.postForEntity(base, null, JsonNode.class).getBody().get("runId").asLong();

        ResponseEntity<JsonNode> staleAnswer = http.postForEntity(base + "/" + stale + "/apply", null, JsonNode.class);
        http.postForEntity(base + "/" + fresh + "/apply", null, JsonNode.class);
        ResponseEntity<JsonNode> twice = http.postForEntity(base + "/" + fresh + "/apply", null, JsonNode.class);

        assertThat(staleAnswer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(staleAnswer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(staleAnswer.getBody().get("type").asText()).isEqualTo("urn:costclose:problem:stale-proposal");
        assertThat(staleAnswer.getBody().get("detail").asText()).contains("the chart of accounts changed since proposal " + stale);
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody().get("type").asText()).isEqualTo("urn:costclose:problem:proposal-applied");
    }

    @Test
    void shouldAnswerProblemsWhenTheProposalOrCompanyIsUnknownOrThereIsNothingToApply() {
        long empty = http.postForEntity(base, null, JsonNode.class).getBody().get("runId").asLong();

        ResponseEntity<JsonNode> noChanges = http.postForEntity(base + "/" + empty + "/apply", null, JsonNode.class);
        ResponseEntity<JsonNode> unknownRun = http.getForEntity(base + "/999999999", JsonNode.class);
        ResponseEntity<JsonNode> unknownCompany = http.postForEntity("/api/companies/nobody/reconciliations", null,
                JsonNode.class);

        assertThat(noChanges.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(noChanges.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknownRun.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownRun.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknownCompany.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
