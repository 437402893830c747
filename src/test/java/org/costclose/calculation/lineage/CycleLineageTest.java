package org.costclose.calculation.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.costclose.calculation.CalculationService;
import org.costclose.intake.ImportKind;
import org.costclose.intake.IntakeService;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Two cost centers that serve each other, solved reciprocally: maintenance sends 20 % to power and 80 % to the
 * machine M1, power 10 % to maintenance and 90 % to M1; M1 is allocated to product P1. Exact totals:
 * T_MAINT = 1,000 + 0.1 T_POWER, T_POWER = 2,000.01 + 0.2 T_MAINT; P1 gets every cent: those 3,000.01 and M1's
 * own 500 + 12 × 1.00 (thirteen GL entries, more than a lineage lists), 3,512.01.
 */
@DatabaseTest
class CycleLineageTest {

    private static final String SETUP = """
            company: {id: %s, name: Lineage cycle, currency: USD, minorUnit: 2}
            calendar: {type: monthly, from: 2026-09, to: 2026-11}
            postingLayers: [CURRENT]
            dimensions:
              - name: CostCenter
                role: costCenter
                values: [{code: MAINT, name: Maintenance}, {code: POWER, name: Power}, {code: M1, name: Machine 1}]
              - name: CostPurpose
                role: costPurpose
                values: [{code: P1, name: Product 1}]
            costCategories:
              - {id: 600250, name: Salaries, kind: primary, fixedShare: 50, transactionControl: [CostCenter]}
              - {id: ALLOC, name: Allocated, kind: secondary, transactionControl: [CostCenter, CostPurpose]}
            calculationVersions:
              - id: ACTUAL
                name: Actual
                kind: actual
                cycleMethod: reciprocal
                steps:
                  - id: MAINT
                    name: Maintenance
                    kind: distribution
                    rules:
                      - senders: {dimension: CostCenter, values: [MAINT]}
                        moves: {categories: [600250]}
                        receivers: {dimension: CostCenter, values: [POWER, M1]}
                        basis: {percentages: {POWER: 20, M1: 80}}
                  - id: POWER
                    name: Power
                    kind: distribution
                    rules:
                      - senders: {dimension: CostCenter, values: [POWER]}
                        moves: {categories: [600250]}
                        receivers: {dimension: CostCenter, values: [MAINT, M1]}
                        basis: {percentages: {MAINT: 10, M1: 90}}
                  - id: PRODUCT
                    name: Machine to product
                    kind: allocation
                    rules:
                      - senders: {dimension: CostCenter, values: [M1]}
                        moves: {categories: [600250]}
                        receivers: {dimension: CostPurpose, values: [P1]}
                        basis: {percentages: {P1: 100}}
                        allocationCategory: ALLOC
                        offsetCategory: ALLOC
            """;

    @Autowired TestRestTemplate http;
    @Autowired SetupService setup;
    @Autowired IntakeService intake;
    @Autowired LedgerProcessingService ledger;
    @Autowired CalculationService calculations;

    private final String company = "Y" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void calculateTheCycle() {
        setup.load(company, List.of(new SetupFile("setup.yaml", SETUP.formatted(company))), "test");
        intake.importCsv(company, ImportKind.ACCOUNTS, "accounts.csv", csv("""
                account,name,type
                600250,Salaries,expense
                250100,Payables,liability
                """));
        intake.importCsv(company, ImportKind.GL_ENTRIES, "gl.csv", csv("""
                entry_id,date,account,amount,quantity,posting_layer,CostCenter,CostPurpose
                W1,2026-10-31,600250,1000.00,,CURRENT,MAINT,
                W2,2026-10-31,600250,2000.01,,CURRENT,POWER,
                W3,2026-10-31,600250,500.00,,CURRENT,M1,
                W4,2026-10-31,250100,-3512.01,,CURRENT,,
                """ + IntStream.rangeClosed(1, 12).mapToObj("X%02d,2026-10-31,600250,1.00,,CURRENT,M1,\n"::formatted)
                .collect(Collectors.joining())));
        ledger.processLedger(company, "2026-10");
        calculations.calculate(company, "2026-10", "ACTUAL");
    }

    @Test
    void shouldStopWithACycleLeafNamingTheLoopAndStillAddUpWhenTwoCentersServeEachOther() {
        JsonNode root = lineage("CostPurpose", "P1");

        assertThat(root.get("amount").decimalValue()).isEqualByComparingTo("3512.01");
        LineageAssert.addsUp(root);
        List<JsonNode> cycles = LineageAssert.leaves(root).stream().filter(leaf -> leaf.has("stop")).toList();
        assertThat(cycles).isNotEmpty().allSatisfy(leaf -> assertThat(leaf.get("stop").asText()).isEqualTo("CYCLE"));
        // reached through maintenance's part of M1 and through power's part: the loop seen from either side
        assertThat(cycles).extracting(leaf -> texts(leaf.get("cycle"))).containsExactlyInAnyOrder(
                List.of("CostCenter MAINT", "CostCenter POWER", "CostCenter MAINT"),
                List.of("CostCenter POWER", "CostCenter MAINT", "CostCenter POWER"));
        assertThat(LineageAssert.leaves(root)).filteredOn(leaf -> "OWN".equals(leaf.get("kind").asText()))
                .extracting(leaf -> leaf.get("glEntries").get("first").get(0).asText())
                .contains("W1", "W2", "W3");
    }

    @Test
    void shouldListTheFirstGlEntriesAndLinkTheRestWhenATransactionSumsMoreThanTen() {
        JsonNode machine = lineage("CostPurpose", "P1").get("children").get(0).get("children").get(0);

        assertThat(machine.get("kind").asText()).isEqualTo("OWN");
        assertThat(machine.get("amount").decimalValue()).isEqualByComparingTo("512.00");
        JsonNode entries = machine.get("glEntries");
        assertThat(entries.get("count").asLong()).isEqualTo(13);
        assertThat(texts(entries.get("first"))).hasSize(LineageService.FIRST_ENTRIES).startsWith("W3", "X01");
        assertThat(entries.get("more").asText()).isEqualTo("/api/companies/" + company + "/periods/2026-10/"
                + "ledger-entries?category=600250&dimension=CostCenter&value=M1&offset=10&limit=100");
        List<String> rest = texts(http.getForObject(entries.get("more").asText(), JsonNode.class));
        assertThat(rest).containsExactly("X10", "X11", "X12");
    }

    @Test
    void shouldExplainACycleMemberToZeroWhenItSentEverythingOn() {
        JsonNode root = lineage("CostCenter", "MAINT");

        assertThat(root.get("amount").decimalValue()).isEqualByComparingTo("0");
        LineageAssert.addsUp(root);
    }

    private JsonNode lineage(String dimension, String value) {
        return http.getForObject("/api/companies/" + company + "/lineage?period=2026-10&dimension=" + dimension
                + "&value=" + value, JsonNode.class).get("root");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
