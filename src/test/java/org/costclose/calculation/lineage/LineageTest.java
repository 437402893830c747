package org.costclose.calculation.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.costclose.calculation.CalculationService;
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

/** Lineage of the steel case (DOMAIN.md) after its actual calculation: from the pig iron back to the GL entries. */
@DatabaseTest
class LineageTest {

    static final String LINEAGE = "/api/companies/steel/lineage?period=2026-10&version=ACTUAL&dimension=CostPurpose";

    @Autowired TestRestTemplate http;
    @Autowired DemoCompanyLoader demo;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired CalculationService calculations;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void calculateSteel() {
        demo.load("steel");
        ledger.processLedger("steel", "2026-10");
        production.processProduction("steel", "2026-10");
        calculations.calculate("steel", "2026-10", "ACTUAL");
    }

    @AfterEach
    void leaveTheSteelCaseBeforeAnyCalculation() {
        jdbc.update("DELETE FROM calculation_transaction WHERE company_id = 'steel'");
    }

    @Test
    void shouldExplainThePigIronsTotalCostDownToTheGlEntriesWhenTheSteelCaseIsCalculated() {
        JsonNode root = get(LINEAGE + "&value=Iron&lineStructure=STEEL&line=3_TC").get("root");

        assertThat(root.get("amount").decimalValue()).isEqualByComparingTo("667833.00");
        LineageAssert.addsUp(root);
        List<JsonNode> leaves = LineageAssert.leaves(root);
        assertThat(leaves).allSatisfy(leaf -> assertThat(leaf.has("stop")).isFalse());
        assertThat(ledgerLeaf(leaves, "CostPurpose", "Sint", "500111").get("amount").decimalValue())
                .isEqualByComparingTo("472500.00");
        assertThat(ids(ledgerLeaf(leaves, "CostPurpose", "Sint", "500111")))
                .containsExactly("ST-2026-10-0001", "ST-2026-10-0002", "ST-2026-10-0003");
        assertThat(ids(ledgerLeaf(leaves, "CostPurpose", "Sint", "500101"))).containsExactly("ST-2026-10-0005");
        assertThat(ids(ledgerLeaf(leaves, "CostPurpose", "Iron", "500111")))
                .containsExactly("ST-2026-10-0007", "ST-2026-10-0009");
        assertThat(ids(ledgerLeaf(leaves, "CostCenter", "SP", "600250"))).containsExactly("ST-2026-10-0013");
        assertThat(ids(ledgerLeaf(leaves, "CostCenter", "BF", "600250"))).containsExactly("ST-2026-10-0014");
        assertThat(ledgerLeaf(leaves, "CostCenter", "SP", "600250").get("amount").decimalValue())
                .isEqualByComparingTo("5333.00");
        assertThat(ledgerLeaf(leaves, "CostCenter", "BF", "600250").get("amount").decimalValue())
                .isEqualByComparingTo("10000.00");
    }

    @Test
    void shouldNameStepRuleSenderAndTheSendersBalanceWhenAPartWasReceived() {
        JsonNode root = get(LINEAGE + "&value=Iron&category=CP-CPwg").get("root");

        assertThat(root.get("amount").decimalValue()).isEqualByComparingTo("5333.00");
        JsonNode received = root.get("children").get(0);
        assertThat(received.get("kind").asText()).isEqualTo("RECEIVED");
        assertThat(received.get("step").get("id").asText()).isEqualTo("SINTER");
        assertThat(received.get("step").get("rule").asInt()).isEqualTo(2);
        assertThat(received.get("sender").get("value").asText()).isEqualTo("Sint");
        assertThat(received.get("sourceCategory").asText()).isEqualTo("CC-CPwg");
        assertThat(received.get("senderBalance").decimalValue()).isEqualByComparingTo("5333.00");
        JsonNode wages = received.get("children").get(0);
        assertThat(wages.get("step").get("id").asText()).isEqualTo("WAGES");
        assertThat(wages.get("sender").get("value").asText()).isEqualTo("SP");
        LineageAssert.addsUp(root);
    }

    @Test
    void shouldExplainTheSinterToZeroWhenItSentEverythingOn() {
        JsonNode root = get(LINEAGE + "&value=Sint").get("root");

        assertThat(root.get("amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(root.get("children")).isNotEmpty();
        assertThat(kinds(root)).contains("OWN", "RECEIVED", "SENT");
        LineageAssert.addsUp(root);
    }

    @Test
    void shouldStopAtTheDepthWithTruncatedLeavesThatKeepTheirAmountsWhenTheDepthIsOne() {
        JsonNode root = get(LINEAGE + "&value=Iron&lineStructure=STEEL&line=3_TC&depth=1").get("root");

        assertThat(root.get("amount").decimalValue()).isEqualByComparingTo("667833.00");
        assertThat(LineageAssert.leaves(root)).filteredOn(leaf -> "RECEIVED".equals(leaf.get("kind").asText()))
                .isNotEmpty().allSatisfy(leaf -> assertThat(leaf.get("stop").asText()).isEqualTo("TRUNCATED"));
        LineageAssert.addsUp(root);
    }

    @Test
    void shouldAnswerAnEmptyTreeWhenTheValueHasNoBalance() {
        JsonNode root = get(LINEAGE + "&value=PRODUCTS").get("root");

        assertThat(root.get("amount").decimalValue()).isEqualByComparingTo("0");
        assertThat(root.get("children")).isEmpty();
    }

    @Test
    void shouldAnswerNotFoundNamingTheUnknownThing() {
        assertNotFound("/api/companies/nope/lineage?period=2026-10&dimension=CostPurpose&value=Iron", "'nope'");
        assertNotFound(LINEAGE.replace("2026-10", "2031-01") + "&value=Iron", "no period '2031-01'");
        assertNotFound(LINEAGE.replace("ACTUAL", "NOPE") + "&value=Iron", "no calculation version 'NOPE'");
        assertNotFound(LINEAGE + "&value=Gold", "no value 'Gold'");
        assertNotFound(LINEAGE.replace("CostPurpose", "Department") + "&value=PROD", "'Department'");
        assertNotFound(LINEAGE + "&value=Iron&category=999999", "no cost category '999999'");
        assertNotFound(LINEAGE + "&value=Iron&lineStructure=STEEL&line=9_XX", "no line '9_XX'");
    }

    @Test
    void shouldAnswerUnprocessableWhenTheDepthIsOutOfRangeOrACategoryAndALineAreBothAsked() {
        ResponseEntity<JsonNode> deep = http.getForEntity(LINEAGE + "&value=Iron&depth=0", JsonNode.class);
        ResponseEntity<JsonNode> both = http.getForEntity(LINEAGE + "&value=Iron&category=500111&lineStructure=STEEL"
                + "&line=3_TC", JsonNode.class);

        assertThat(deep.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(deep.getBody().get("errors").get(0).get("field").asText()).isEqualTo("depth");
        assertThat(both.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(both.getBody().get("errors").get(0).get("field").asText()).isEqualTo("line");
    }

    private void assertNotFound(String url, String detail) {
        ResponseEntity<JsonNode> answer = http.getForEntity(url, JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getBody().get("detail").asText()).contains(detail);
    }

    private JsonNode get(String url) {
        ResponseEntity<JsonNode> answer = http.getForEntity(url, JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static JsonNode ledgerLeaf(List<JsonNode> leaves, String dimension, String value, String category) {
        return leaves.stream().filter(leaf -> "OWN".equals(leaf.get("kind").asText())
                        && dimension.equals(leaf.get("dimension").asText()) && value.equals(leaf.get("value").asText())
                        && category.equals(leaf.get("category").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no leaf " + dimension + " " + value + " " + category));
    }

    private static List<String> ids(JsonNode leaf) {
        List<String> ids = new ArrayList<>();
        leaf.get("glEntries").get("first").forEach(id -> ids.add(id.asText()));
        assertThat(leaf.get("glEntries").get("count").asLong()).isEqualTo(ids.size());
        return ids;
    }

    private static List<String> kinds(JsonNode root) {
        return collect(root, node -> node.get("kind").asText());
    }

    private static <T> List<T> collect(JsonNode node, Function<JsonNode, T> what) {
        List<T> all = new ArrayList<>(List.of(what.apply(node)));
        if (node.has("children")) {
            node.get("children").forEach(child -> all.addAll(collect(child, what)));
        }
        return all;
    }
}
