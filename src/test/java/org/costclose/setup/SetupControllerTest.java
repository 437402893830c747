package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.setup.SetupYaml.forCompany;

import com.fasterxml.jackson.databind.JsonNode;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Each test uses its own company: REST calls commit. */
@DatabaseTest
class SetupControllerTest {

    @Autowired TestRestTemplate http;

    @Test
    void shouldAnswerCreatedThenOkWhenTheSameSetupIsPutTwice() {
        ResponseEntity<JsonNode> created = put("rest-put", forCompany("rest-put"), "application/yaml");
        ResponseEntity<JsonNode> same = put("rest-put", "# unchanged\n" + forCompany("rest-put"), "text/plain");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/companies/rest-put/setup");
        assertThat(created.getBody().get("changed").asBoolean()).isTrue();
        assertThat(created.getBody().get("contentHash").asText()).hasSize(64);
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(same.getBody().get("changed").asBoolean()).isFalse();
        assertThat(same.getBody().get("setupId")).isEqualTo(created.getBody().get("setupId"));
    }

    @Test
    void shouldAnswerTheStoredYamlOfTheActiveVersionWhenAskedForIt() {
        String yaml = "# as loaded\n" + forCompany("rest-yaml");
        put("rest-yaml", yaml, "application/yaml");

        ResponseEntity<String> answer = http.getForEntity("/api/companies/rest-yaml/setup/yaml", String.class);
        ResponseEntity<JsonNode> unknown = http.getForEntity("/api/companies/rest-none/setup/yaml", JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/yaml"))).isTrue();
        assertThat(answer.getBody()).isEqualTo(yaml);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldAnswerAProblemListingEveryErrorWhenTheSetupHasErrors() {
        String broken = forCompany("rest-bad").replace("fixedShare: 100", "fixedShare: 101")
                .replace("role: costPurpose", "role: purpose");

        ResponseEntity<JsonNode> answer = put("rest-bad", broken, "application/x-yaml");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = answer.getBody().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("file").asText()).isEqualTo("setup.yaml");
        assertThat(errors.get(0).get("row").asLong()).isEqualTo(11);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("dimensions[1].role");
        assertThat(errors.get(1).get("field").asText()).isEqualTo("costCategories[0].fixedShare");
        assertThat(http.getForEntity("/api/companies/rest-bad/setup", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldListCompaniesWhenOneWasLoaded() {
        put("rest-list", forCompany("rest-list"), "text/yaml");

        JsonNode companies = http.getForObject("/api/companies", JsonNode.class);

        JsonNode company = null;
        for (JsonNode candidate : companies) {
            company = "rest-list".equals(candidate.get("id").asText()) ? candidate : company;
        }
        assertThat(company).isNotNull();
        assertThat(company.get("name").asText()).isEqualTo("Acme");
        assertThat(company.get("currency").asText()).isEqualTo("EUR");
        assertThat(company.get("activeSetupId").asLong()).isPositive();
        assertThat(company.get("loadedAt").asText()).endsWith("Z");
    }

    @Test
    void shouldShowTheActiveSetupAndItsHistoryWhenAskedForASetup() {
        long first = put("rest-get", forCompany("rest-get"), "application/yaml").getBody().get("setupId").asLong();
        JsonNode second = put("rest-get", forCompany("rest-get").replace("name: Wages", "name: Salaries"),
                "application/yaml").getBody();

        JsonNode setup = http.getForObject("/api/companies/rest-get/setup", JsonNode.class);

        assertThat(setup.get("setupId").asLong()).isEqualTo(second.get("setupId").asLong());
        assertThat(setup.get("contentHash").asText()).isEqualTo(second.get("contentHash").asText());
        assertThat(setup.get("loadedBy").asText()).isEqualTo("admin");
        assertThat(setup.get("source").asText()).isEqualTo("PUT /api/companies/rest-get/setup");
        assertThat(setup.at("/setup/costCategories/0/name").asText()).isEqualTo("Salaries");
        assertThat(setup.at("/setup/dimensions/0/role").asText()).isEqualTo("costCenter");
        assertThat(setup.at("/setup/calendar/from").asText()).isEqualTo("2026-01");
        assertThat(setup.get("history")).hasSize(2);
        assertThat(setup.at("/history/1/setupId").asLong()).isEqualTo(first);
    }

    @Test
    void shouldAnswerNotFoundProblemWhenTheCompanyIsUnknown() {
        ResponseEntity<JsonNode> answer = http.getForEntity("/api/companies/nobody/setup", JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("detail").asText()).isEqualTo("Company nobody does not exist");
    }

    @Test
    void shouldDescribeTheSetupEndpointsWhenTheOpenApiDocumentIsRequested() {
        JsonNode paths = http.getForObject("/v3/api-docs", JsonNode.class).get("paths");

        assertThat(paths.has("/api/companies")).isTrue();
        assertThat(paths.at("/~1api~1companies~1{company}~1setup/put/summary").asText())
                .isEqualTo("Load a company's setup from one YAML document");
        assertThat(paths.at("/~1api~1companies~1{company}~1setup/get/responses").has("404")).isTrue();
    }

    private ResponseEntity<JsonNode> put(String company, String yaml, String contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        return http.exchange("/api/companies/" + company + "/setup", HttpMethod.PUT, new HttpEntity<>(yaml, headers),
                JsonNode.class);
    }
}
