package org.costclose.balances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class CostBalanceControllerTest {

    static final String BALANCES = "/api/companies/steel/cost-balances?period=2026-10&dimension=CostPurpose";

    @Autowired TestRestTemplate http;
    @Autowired DemoCompanyLoader demo;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void loadSteel() {
        SteelOutput.load(demo, ledger, production);
    }

    @Test
    void shouldAnswerAPageOfLineRowsWithPagingMetadataWhenAskedForJson() {
        JsonNode page = http.getForObject(BALANCES + "&lineStructure=STEEL&limit=2&offset=0", JsonNode.class);

        assertThat(page.get("company").asText()).isEqualTo("steel");
        assertThat(page.get("period").asText()).isEqualTo("2026-10");
        assertThat(page.get("version").asText()).isEqualTo("ACTUAL");
        assertThat(page.get("dimension").asText()).isEqualTo("CostPurpose");
        assertThat(page.get("lineStructure").asText()).isEqualTo("STEEL");
        assertThat(page.get("offset").asLong()).isZero();
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("totalValues").asLong()).isEqualTo(3);
        assertThat(page.get("rows")).hasSize(18);
        JsonNode perTon = row(page, "Iron", "3_TT");
        assertThat(perTon.get("value").decimalValue()).isEqualByComparingTo("109.64");
        assertThat(perTon.get("kind").asText()).isEqualTo("calculation");
        assertThat(perTon.get("valueName").asText()).isEqualTo("Pig iron");
        JsonNode rawMaterials = row(page, "Iron", "1_RM");
        assertThat(rawMaterials.get("amount").decimalValue()).isEqualByComparingTo("657833.00");
        assertThat(rawMaterials.get("variableAmount").decimalValue()).isEqualByComparingTo("657833.00");
        assertThat(rawMaterials.get("fixedAmount").decimalValue()).isEqualByComparingTo("0");
        assertThat(rawMaterials.get("group").asBoolean()).isFalse();
    }

    @Test
    void shouldStreamTheSameRowsAsCsvWhenAcceptIsTextCsv() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));

        ResponseEntity<String> csv = http.exchange(BALANCES + "&lineStructure=STEEL", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(csv.getHeaders().getFirst("X-Total-Values")).isEqualTo("3");
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("dimension_value,value_name,group,line,line_name,kind,value,amount,"
                + "fixed_amount,variable_amount,quantity");
        assertThat(lines).contains("Iron,Pig iron,false,3_TC,Total cost,total,657833.00,657833.00,0.00,657833.00,10800",
                "Iron,Pig iron,false,3_TT,Cost per ton,calculation,109.64,,,,");
        assertThat(lines).hasSize(1 + 3 * 9);
    }

    @Test
    void shouldDrillFromIronsRawMaterialsToItsTransactionsAndOnToTheGlEntry() {
        JsonNode drill = http.getForObject("/api/companies/steel/cost-transactions?period=2026-10&dimension=CostPurpose"
                + "&value=Iron&lineStructure=STEEL&line=1_RM", JsonNode.class);

        assertThat(drill.get("total").asLong()).isEqualTo(1);
        assertThat(texts(drill.get("categories"))).containsExactly("500111", "CP-CPrm");
        JsonNode rawMaterials = drill.get("transactions").get(0);
        assertThat(rawMaterials.get("source").asText()).isEqualTo("LEDGER");
        assertThat(rawMaterials.get("amount").decimalValue()).isEqualByComparingTo("657833.00");
        assertThat(rawMaterials.get("entryCount").asLong()).isEqualTo(2);
        assertThat(texts(rawMaterials.get("glEntries"))).containsExactly("ST-2026-10-0007", "ST-2026-10-0009");

        JsonNode entry = http.getForObject("/api/companies/steel/gl-entries/ST-2026-10-0009", JsonNode.class);

        assertThat(entry.get("accountNo").asText()).isEqualTo("500111");
        assertThat(entry.get("amount").decimalValue()).isEqualByComparingTo("180000.00");
        assertThat(entry.get("dimensions").get("CostPurpose").asText()).isEqualTo("Iron");
        assertThat(entry.get("dimensions").get("CostCenter").isNull()).isTrue();
        assertThat(entry.get("quantity").decimalValue()).isEqualByComparingTo("2400");
        assertThat(entry.get("voucher").asText()).isEqualTo("PRD-IRON-1");
    }

    @Test
    void shouldDrillIntoAGroupsDescendantsAndOneCategoryWhenAskedForTheHierarchy() {
        JsonNode drill = http.getForObject("/api/companies/steel/cost-transactions?period=2026-10&dimension=CostPurpose"
                + "&value=PRODUCTS&category=Output_t&hierarchy=true", JsonNode.class);

        assertThat(texts(drill.get("transactions"), "sourceId")).containsExactly("RAF-2026-10-0002", "RAF-2026-10-0003",
                "RAF-2026-10-0004", "RAF-2026-10-0001", "RAF-2026-10-0005", "RAF-2026-10-0006", "RAF-2026-10-0007");
        assertThat(texts(drill.get("transactions"), "source")).containsOnly("PRODUCTION");
    }

    @Test
    void shouldAnswerProblemsNamingEachBadParameter() {
        ResponseEntity<JsonNode> company = http.getForEntity("/api/companies/nosuch/cost-balances?period=2026-10&dimension=X",
                JsonNode.class);
        ResponseEntity<JsonNode> bad = http.getForEntity("/api/companies/steel/cost-balances?period=2031-01"
                + "&dimension=Department&lineStructure=NOPE&version=BUDGET&offset=-1&limit=5000", JsonNode.class);
        ResponseEntity<JsonNode> entry = http.getForEntity("/api/companies/steel/gl-entries/NOPE", JsonNode.class);
        ResponseEntity<JsonNode> drill = http.getForEntity("/api/companies/steel/cost-transactions?period=2026-10"
                + "&dimension=CostPurpose&line=1_RM", JsonNode.class);

        assertThat(company.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(company.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(company.getBody().get("detail").asText()).isEqualTo("unknown company 'nosuch'");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(texts(bad.getBody().get("errors"), "field"))
                .containsExactly("period", "version", "dimension", "lineStructure", "offset", "limit");
        assertThat(entry.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(drill.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(texts(drill.getBody().get("errors"), "field")).containsExactly("value", "lineStructure");
    }

    @Test
    void shouldAnswerAProblemNotCsvWhenACsvRequestIsInvalid() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));

        ResponseEntity<String> csv = http.exchange("/api/companies/steel/cost-balances?period=2026-10&dimension=Nope",
                HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(csv.getBody()).contains("\"field\":\"dimension\"");
    }

    private static JsonNode row(JsonNode page, String value, String line) {
        for (JsonNode row : page.get("rows")) {
            if (row.get("dimensionValue").asText().equals(value) && row.get("line").asText().equals(line)) {
                return row;
            }
        }
        throw new AssertionError("no row " + value + " " + line);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }
}
