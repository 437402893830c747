package org.costclose.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

@DatabaseTest
class IntakeControllerTest extends IntakeTestBase {

    @Autowired TestRestTemplate http;

    @Test
    void shouldAnswerCreatedThenOkWhenTheSameCsvIsPostedTwice() {
        ResponseEntity<JsonNode> first = post("gl-entries", GlEntryIntakeTest.GOOD);
        ResponseEntity<JsonNode> second = post("gl-entries", GlEntryIntakeTest.GOOD);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getBody().get("rowsStored").asLong()).isEqualTo(4);
        assertThat(first.getBody().get("fileName").asText()).isEqualTo("gl-october.csv");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(second.getBody().get("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(second.getBody().get("summary").asText()).startsWith("nothing new");
    }

    @Test
    void shouldAnswerProblemDetailsNamingRowColumnAndValueWhenAFileIsRejected() {
        ResponseEntity<JsonNode> answer = post("gl-entries", "entry_id,date,account,amount\nE1,2026-10-01,500111,1.001\n");

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = answer.getBody();
        assertThat(problem.get("title").asText()).isEqualTo("gl-entries file rejected");
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("errorCount").asLong()).isEqualTo(1);
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("file").asText()).isEqualTo("gl-october.csv");
        assertThat(error.get("row").asLong()).isEqualTo(2);
        assertThat(error.get("field").asText()).isEqualTo("amount");
        assertThat(error.get("value").asText()).isEqualTo("1.001");
        assertThat(error.get("reason").asText()).isEqualTo("has 3 decimals; the currency allows 2");

        long importId = problem.get("importId").asLong();
        JsonNode detail = http.getForObject("/api/companies/" + company + "/imports/" + importId, JsonNode.class);
        assertThat(detail.get("importRecord").get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(detail.get("errors").get(0).get("field").asText()).isEqualTo("amount");
    }

    @Test
    void shouldAcceptAMultipartUpload() {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(GlEntryIntakeTest.GOOD.getBytes()) {
            @Override
            public String getFilename() {
                return "upload-oct.csv";
            }
        });
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<JsonNode> answer = http.postForEntity("/api/companies/" + company + "/imports/gl-entries",
                new HttpEntity<>(body, headers), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getBody().get("fileName").asText()).isEqualTo("upload-oct.csv");
    }

    @Test
    void shouldAnswerNotFoundProblemsForAnUnknownKindOrCompany() {
        ResponseEntity<JsonNode> kind = post("invoices", "x\n1\n");
        ResponseEntity<JsonNode> unknownCompany = http.exchange("/api/companies/nope/imports/gl-entries",
                org.springframework.http.HttpMethod.POST, csvEntity("entry_id\n"), JsonNode.class);

        assertThat(kind.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(kind.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(kind.getBody().get("detail").asText()).contains("unknown import kind 'invoices'", "gl-entries");
        assertThat(unknownCompany.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownCompany.getBody().get("detail").asText()).contains("unknown company 'nope'");
    }

    @Test
    void shouldImportJsonRowsWithExactAmountsAndNameTheRowOfABadOne() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String rows = """
                [{"entry_id": "J1", "date": "2026-10-05", "account": "600250", "amount": 0.10, "CostCenter": "SP"},
                 {"entry_id": "J2", "date": "2026-10-05", "account": "600250", "amount": 1234567.89}]
                """;

        ResponseEntity<JsonNode> stored = http.postForEntity("/api/companies/" + company + "/imports/gl-entries",
                new HttpEntity<>(rows, headers), JsonNode.class);
        ResponseEntity<JsonNode> rejected = http.postForEntity("/api/companies/" + company + "/imports/gl-entries",
                new HttpEntity<>("[{\"entry_id\": \"J3\", \"date\": \"2026-10-05\", \"account\": \"600250\", \"amount\": 0.125}]",
                        headers), JsonNode.class);

        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM gl_entry WHERE company_id = ?", java.math.BigDecimal.class,
                company)).isEqualByComparingTo("1234567.99");
        assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rejected.getBody().get("errors").get(0).get("row").asLong()).isEqualTo(2);
        assertThat(rejected.getBody().get("errors").get(0).get("value").asText()).isEqualTo("0.125");
    }

    @Test
    void shouldListImportsNewestFirst() {
        post("gl-entries", GlEntryIntakeTest.GOOD);

        JsonNode list = http.getForObject("/api/companies/" + company + "/imports?limit=5", JsonNode.class);

        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("kind").asText()).isEqualTo("GL_ENTRIES");
        assertThat(list.get(1).get("kind").asText()).isEqualTo("ACCOUNTS");
    }

    @Test
    void shouldMarkUnlistedAccountsRemovedWhenACompleteChartIsPosted() {
        ResponseEntity<JsonNode> answer = http.exchange("/api/companies/" + company + "/imports/accounts?complete=true",
                org.springframework.http.HttpMethod.POST, csvEntity("account,name,type\n401100,Sales,revenue\n"),
                JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getBody().get("rowsUpdated").asLong()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE company_id = ? AND in_chart = 'Y'",
                Integer.class, company)).isEqualTo(1);
    }

    @Test
    void shouldAnswerProblemDetailsWhenCompleteIsAskedForAnotherKind() {
        ResponseEntity<JsonNode> answer = http.exchange("/api/companies/" + company + "/imports/gl-entries?complete=true",
                org.springframework.http.HttpMethod.POST, csvEntity(GlEntryIntakeTest.GOOD), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("complete");
        assertThat(count("gl_entry")).isZero();
    }

    private ResponseEntity<JsonNode> post(String kind, String csv) {
        return http.exchange("/api/companies/" + company + "/imports/" + kind + "?fileName=gl-october.csv",
                org.springframework.http.HttpMethod.POST, csvEntity(csv), JsonNode.class);
    }

    private static HttpEntity<String> csvEntity(String csv) {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return new HttpEntity<>(csv, headers);
    }
}
