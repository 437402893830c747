package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.costclose.intake.ImportKind;
import org.costclose.intake.IntakeService;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Machine hours of the blast furnace charged to its products at planned rates, its actual rate worked out, and
 * that rate adopted as the next period's planned rate: a company loaded through the real setup and intake paths.
 * Salaries (40 % fixed) sit on CostCenter BF; BF's route hours go to CostPurpose Iron and Slag.
 */
@DatabaseTest
class CostRateServiceTest {

    @Autowired CalculationService calculations;
    @Autowired CostRateService costRates;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired SetupService setup;
    @Autowired IntakeService intake;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestRestTemplate http;
    final String company = "R" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void company() {
        setup.load(company, List.of(new SetupFile("setup.yaml", """
                company: {id: %s, name: Cost rate test, currency: USD, minorUnit: 2}
                calendar: {type: monthly, from: 2026-09, to: 2026-11}
                dimensions:
                  - name: CostCenter
                    role: costCenter
                    values: [{code: BF, name: Blast furnace}]
                  - name: CostPurpose
                    role: costPurpose
                    values: [{code: Iron, name: Pig iron}, {code: Slag, name: Slag}]
                costCategories:
                  - {id: 600250, name: Salaries, kind: primary, fixedShare: 40, transactionControl: [CostCenter]}
                  - {id: MachineHours, name: Machine hours, kind: service, unit: h, creditDimension: CostCenter,
                     debitDimension: CostPurpose, transactionControl: [CostCenter, CostPurpose]}
                  - {id: CC-CPmh, name: Machine hours charged, kind: secondary, transactionControl: [CostCenter, CostPurpose]}
                postingLayers: [CURRENT]
                resources:
                  - {id: BF-FURNACE, category: MachineHours}
                calculationVersions:
                  - id: ACTUAL
                    name: Actual
                    kind: actual
                    steps:
                      - id: CHARGE
                        name: Machine hours at planned rates
                        kind: internalCostAllocation
                        rules:
                          - senders: {dimension: CostCenter, values: [BF]}
                            receivers: {dimension: CostPurpose, values: [Iron, Slag]}
                            basis: {serviceCategory: MachineHours}
                            rates: {BF: 20}
                            fixedRates: {BF: 5}
                            allocationCategory: CC-CPmh
                            offsetCategory: CC-CPmh
                      - id: RATES
                        name: Actual machine hour rate
                        kind: costRateCalculation
                        rules:
                          - senders: {dimension: CostCenter, values: [BF]}
                            moves: {categories: ["600250"]}
                            basis: {serviceCategory: MachineHours}
                  - id: SIM
                    name: What if the furnace charged only Iron
                    kind: simulation
                    basedOn: ACTUAL
                    steps:
                      - id: CHARGE
                        name: Machine hours at planned rates
                        kind: internalCostAllocation
                        rules:
                          - senders: {dimension: CostCenter, values: [BF]}
                            receivers: {dimension: CostPurpose, values: [Iron]}
                            basis: {serviceCategory: MachineHours}
                            rates: {BF: 20}
                            allocationCategory: CC-CPmh
                            offsetCategory: CC-CPmh
                """.formatted(company))), "test");
        load(ImportKind.ACCOUNTS, "account,name,type\n600250,Manufacturing salaries,expense\n");
        load(ImportKind.GL_ENTRIES, """
                entry_id,date,account,amount,posting_layer,CostCenter
                G9,2026-09-30,600250,1000.00,CURRENT,BF
                G10,2026-10-31,600250,1100.00,CURRENT,BF
                """);
        load(ImportKind.ROUTE_TRANSACTIONS, """
                transaction_id,order,resource,cost_center,cost_purpose,hours,date
                R1,B-1,BF-FURNACE,BF,Iron,30,2026-09-10
                R2,B-2,BF-FURNACE,BF,Slag,10,2026-09-11
                R3,B-3,BF-FURNACE,BF,Iron,40,2026-10-10
                """);
        for (String period : List.of("2026-09", "2026-10")) {
            ledger.processLedger(company, period);
            production.processProduction(company, period);
        }
    }

    @Test
    void shouldChargeAtTheRulesRateStoreTheActualRateAndShowTheUnabsorbedCostWhenNothingWasAdopted() {
        calculations.calculate(company, "2026-09", "ACTUAL");

        // 30 h and 10 h × (5 fixed + 15 variable): Iron 600.00, Slag 200.00
        assertThat(charged("2026-09", "Iron")).isEqualByComparingTo("600.00");
        assertThat(charged("2026-09", "Slag")).isEqualByComparingTo("200.00");
        assertThat(jdbc.queryForObject("SELECT fixed_amount FROM calculation_transaction WHERE company_id = ?"
                + " AND period_id = '2026-09' AND dimension_value = 'Iron'", java.math.BigDecimal.class, company))
                .isEqualByComparingTo("150.00");
        var rate = costRates.actual(company, "2026-09", "ACTUAL");
        assertThat(rate).singleElement().satisfies(bf -> {
            assertThat(bf.categoryId()).isEqualTo("MachineHours");
            assertThat(bf.dimensionValue()).isEqualTo("BF");
            assertThat(bf.cost()).isEqualByComparingTo("1000.00");
            assertThat(bf.quantity()).isEqualByComparingTo("40");
            // 400.00 fixed and 600.00 variable over 40 h
            assertThat(bf.fixedRate()).isEqualByComparingTo("10");
            assertThat(bf.variableRate()).isEqualByComparingTo("15");
            assertThat(bf.rate()).isEqualByComparingTo("25");
            assertThat(bf.plannedRate()).isEqualByComparingTo("20");
            assertThat(bf.chargedQuantity()).isEqualByComparingTo("40");
            assertThat(bf.absorbed()).isEqualByComparingTo("800.00");
            assertThat(bf.unabsorbed()).isEqualByComparingTo("200.00");
        });
    }

    @Test
    void shouldChargeTheNextPeriodAtTheAdoptedActualRateWhenTheRatesAreAdopted() {
        CalculationRun september = calculations.calculate(company, "2026-09", "ACTUAL");

        CostRateService.Adoption adoption = costRates.adopt(company, "2026-09", "ACTUAL");
        CostRateService.Adoption again = costRates.adopt(company, "2026-09", "ACTUAL");
        calculations.calculate(company, "2026-10", "ACTUAL");

        assertThat(adoption.toPeriod()).isEqualTo("2026-10");
        assertThat(again.rates()).singleElement().satisfies(planned -> {
            assertThat(planned.rate()).isEqualByComparingTo("25");
            assertThat(planned.fixedRate()).isEqualByComparingTo("10");
            assertThat(planned.originPeriod()).isEqualTo("2026-09");
            assertThat(planned.originRunId()).isEqualTo(september.runId());
        });
        assertThat(costRates.plannedRates(company, "2026-10", "ACTUAL")).hasSize(1);
        // 40 h × (10 + 15), not the rule's default of 20
        assertThat(charged("2026-10", "Iron")).isEqualByComparingTo("1000.00");
        assertThat(costRates.actual(company, "2026-10", "ACTUAL")).singleElement().satisfies(bf -> {
            assertThat(bf.rate()).isEqualByComparingTo("27.5");
            assertThat(bf.plannedRate()).isEqualByComparingTo("25");
            assertThat(bf.unabsorbed()).isEqualByComparingTo("100.00");
        });
    }

    @Test
    void shouldChargeASimulationAtThePlannedRatesOfTheVersionItIsBasedOn() {
        calculations.calculate(company, "2026-09", "ACTUAL");
        costRates.adopt(company, "2026-09", "ACTUAL");
        calculations.calculate(company, "2026-10", "ACTUAL");

        calculations.calculate(company, "2026-10", "SIM");

        // 40 h × the adopted 25 (not the rule's default of 20)
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM calculation_transaction WHERE company_id = ?"
                + " AND period_id = '2026-10' AND version_id = 'SIM' AND dimension_value = 'Iron'",
                java.math.BigDecimal.class, company)).isEqualByComparingTo("1000.00");
    }

    @Test
    void shouldAdoptOnlyWhenThereAreRatesAndANextPeriodWhenTheCloseAdoptsThem() {
        calculations.calculate(company, "2026-09", "ACTUAL");

        var october = costRates.adoptIfRated(company, "2026-09", "ACTUAL");
        var unrated = costRates.adoptIfRated(company, "2026-10", "ACTUAL");

        assertThat(october).hasValueSatisfying(adoption -> assertThat(adoption.toPeriod()).isEqualTo("2026-10"));
        assertThat(unrated).isEmpty();
        assertThat(costRates.plannedRates(company, "2026-10", "ACTUAL")).singleElement()
                .satisfies(planned -> assertThat(planned.rate()).isEqualByComparingTo("25"));
        assertThat(costRates.plannedRates(company, "2026-11", "ACTUAL")).isEmpty();
    }

    @Test
    void shouldReplaceTheActualRatesInsteadOfDoublingWhenThePeriodIsCalculatedAgain() {
        calculations.calculate(company, "2026-09", "ACTUAL");
        CalculationRun again = calculations.calculate(company, "2026-09", "ACTUAL");

        assertThat(jdbc.queryForList("SELECT run_id FROM cost_rate WHERE company_id = ?", Long.class, company))
                .containsExactly(again.runId());
    }

    @Test
    void shouldRefuseToAdoptWhenThereIsNoNextPeriodNoRateOrTheNextPeriodIsLocked() {
        calculations.calculate(company, "2026-09", "ACTUAL");

        ResponseEntity<String> last = adopt("2026-11");
        ResponseEntity<String> none = adopt("2026-10");
        jdbc.update("UPDATE fiscal_period SET state = 'CLOSED' WHERE company_id = ? AND period_id = '2026-10'", company);
        ResponseEntity<String> locked = adopt("2026-09");

        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(last.getBody()).contains("there is no period after 2026-11");
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(none.getBody()).contains("no actual cost rates of version ACTUAL in period 2026-10");
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(costRates.plannedRates(company, "2026-10", "ACTUAL")).isEmpty();
    }

    @Test
    void shouldListTheRatesOverHttp() {
        calculations.calculate(company, "2026-09", "ACTUAL");

        ResponseEntity<String> rates = http.getForEntity("/api/companies/{c}/periods/2026-09/cost-rates", String.class,
                company);

        assertThat(rates.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rates.getBody()).contains("\"categoryId\":\"MachineHours\"").contains("\"unabsorbed\":200.0");
    }

    @Test
    void shouldEndTheLineageOfAChargeAtItsRateWhenAProductsBalanceIsExplained() {
        calculations.calculate(company, "2026-09", "ACTUAL");

        com.fasterxml.jackson.databind.JsonNode root = http.getForObject("/api/companies/{c}/lineage?period=2026-09"
                + "&dimension=CostPurpose&value=Iron&category=CC-CPmh", com.fasterxml.jackson.databind.JsonNode.class,
                company).get("root");

        assertThat(root.get("amount").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(root.get("children")).singleElement().satisfies(charge -> {
            assertThat(charge.get("kind").asText()).isEqualTo("RECEIVED");
            assertThat(charge.get("stop").asText()).isEqualTo("RATE");
            assertThat(charge.get("amount").decimalValue()).isEqualByComparingTo("600.00");
            assertThat(charge.has("children")).isFalse();
        });
    }

    private ResponseEntity<String> adopt(String period) {
        return http.postForEntity("/api/companies/{c}/periods/{p}/cost-rates/adopt?version=ACTUAL", null,
                String.class, company, period);
    }

    private java.math.BigDecimal charged(String period, String product) {
        return jdbc.queryForObject("SELECT SUM(amount) FROM calculation_transaction WHERE company_id = ?"
                + " AND period_id = ? AND dimension_value = ? AND category_id = 'CC-CPmh'", java.math.BigDecimal.class,
                company, period, product);
    }

    private void load(ImportKind kind, String csv) {
        intake.importCsv(company, kind, kind.slug() + ".csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
