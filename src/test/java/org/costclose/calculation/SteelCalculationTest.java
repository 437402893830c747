package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.PeriodProcessing;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.setup.SetupService;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.DatabaseKind;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** DOMAIN.md's steel case end to end: ledger, output, the actual calculation, read through line structure STEEL. */
@DatabaseTest
class SteelCalculationTest {

    static final String CALCULATE = "/api/companies/steel/periods/2026-10/calculations?version=ACTUAL";

    @Autowired TestRestTemplate http;
    @Autowired DemoCompanyLoader demo;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired JdbcTemplate jdbc;
    @Autowired SetupService setup;
    @Autowired CostRateService costRates;
    @Autowired VersionInputs inputs;
    @Autowired CalculationMapper mapper;
    @Autowired PeriodProcessing periods;
    @Autowired CurrentUser currentUser;
    @Autowired SqlSessionFactory sessionFactory;
    @Autowired DataSource dataSource;
    @Autowired DatabaseKind database;
    @Autowired TransactionTemplate transaction;

    @BeforeEach
    void loadSteel() {
        demo.load("steel");
        ledger.processLedger("steel", "2026-10");
        production.processProduction("steel", "2026-10");
    }

    @AfterEach
    void leaveTheSteelCaseBeforeAnyCalculation() {
        demo.load("steel");
        jdbc.update("DELETE FROM calculation_transaction WHERE company_id = 'steel'");
    }

    @Test
    void shouldCostThePigIronAsTheSteelCaseSaysWhenTheActualVersionIsCalculated() {
        ResponseEntity<JsonNode> run = http.postForEntity(CALCULATE, null, JsonNode.class);

        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(run.getBody().get("conserves").asBoolean()).isTrue();
        assertThat(run.getBody().get("amountSum").decimalValue()).isEqualByComparingTo("0");
        // gross: wages 5,333 + 10,000; the sinter's 472,500 and −477,833 raw materials and 5,333 wages; slag −15,000
        assertThat(run.getBody().get("amountMoved").decimalValue()).isEqualByComparingTo("985999.00");
        Map<String, BigDecimal> products = lines("CostPurpose");
        assertThat(products.get("Iron 3_TC")).isEqualByComparingTo("667833.00");
        assertThat(products.get("Iron 1_RM")).isEqualByComparingTo("652500.00");
        assertThat(products.get("Iron 2_WG")).isEqualByComparingTo("15333.00");
        assertThat(products.get("Iron 3_TO")).isEqualByComparingTo("6000");
        assertThat(products.get("Iron 3_TT")).isEqualByComparingTo("111.31");
        assertThat(products.get("Iron 6_TS")).isEqualByComparingTo("652833.00");
        assertThat(products.get("Iron 7_NT")).isEqualByComparingTo("108.81");
        assertThat(products.get("Sint 6_TS")).isEqualByComparingTo("0");
        assertThat(products.get("Slag 6_TS")).isEqualByComparingTo("0");
        Map<String, BigDecimal> centers = lines("CostCenter");
        assertThat(centers.get("SP 6_TS")).isEqualByComparingTo("0");
        assertThat(centers.get("BF 6_TS")).isEqualByComparingTo("0");
    }

    @Test
    void shouldWriteIdenticalRowsInsteadOfDoublingWhenTheVersionIsCalculatedTwice() {
        http.postForEntity(CALCULATE, null, JsonNode.class);
        List<Map<String, Object>> first = transactions();

        ResponseEntity<JsonNode> again = http.postForEntity(CALCULATE, null, JsonNode.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(transactions()).hasSize(12).isEqualTo(first);
        assertThat(again.getBody().get("transactionsOut").asLong()).isEqualTo(12);
        JsonNode runs = http.getForObject("/api/companies/steel/periods/2026-10/calculations", JsonNode.class);
        assertThat(runs.get(0).get("runId").asLong()).isEqualTo(again.getBody().get("runId").asLong());
    }

    @Test
    void shouldSummarizeWhatEachStepMovedAndWhatReachedEachValueWhenTheRunIsRead() {
        long runId = http.postForEntity(CALCULATE, null, JsonNode.class).getBody().get("runId").asLong();

        JsonNode summary = http.getForObject("/api/companies/steel/calculation-runs/" + runId, JsonNode.class);

        assertThat(summary.get("run").get("conserves").asBoolean()).isTrue();
        JsonNode steps = summary.get("steps");
        assertThat(steps).extracting(step -> step.get("stepId").asText()).containsExactly("WAGES", "SINTER", "SLAG");
        // wages 5,333 + 10,000; the sinter's |472,500| + |−477,833| + 5,333; the slag credit |−15,000|
        assertThat(steps.get(0).get("amountMoved").decimalValue()).isEqualByComparingTo("15333.00");
        assertThat(steps.get(1).get("amountMoved").decimalValue()).isEqualByComparingTo("955666.00");
        assertThat(steps.get(2).get("amountMoved").decimalValue()).isEqualByComparingTo("15000.00");
        assertThat(steps).allSatisfy(step -> assertThat(step.get("amountSum").decimalValue()).isZero());
        assertThat(steps.get(1).get("transactions").asLong()).isEqualTo(6);
        Map<String, BigDecimal> byValue = new java.util.HashMap<>();
        summary.get("totalsByValue").forEach(value -> byValue.put(value.get("dimensionName").asText() + " "
                + value.get("dimensionValue").asText(), value.get("amount").decimalValue()));
        // the pig iron took the wages 10,000, the sinter (472,500 − 477,833 + 5,333 = 0) and the slag credit −15,000
        assertThat(byValue.get("CostPurpose Iron")).isEqualByComparingTo("-5000.00");
        assertThat(byValue.get("CostPurpose Slag")).isEqualByComparingTo("15000.00");
        assertThat(byValue.get("CostCenter SP")).isEqualByComparingTo("-5333.00");
        assertThat(byValue.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isZero();
    }

    @Test
    @Tag("postgres-only")
    @DisplayName("COPY and JDBC batches store the same rows (PostgreSQL's fast path beside the portable one)")
    void shouldStoreTheSameRowsWhenTheRunIsWrittenByCopyOrByJdbcBatches() {
        assertThat(database.isPostgres()).as("COPY is PostgreSQL's: this test runs in the postgres execution").isTrue();
        var batches = new CalculationService(mapper, periods,
                new TransactionWriters(sessionFactory, dataSource, false), currentUser, costRates, inputs);
        var copies = new CalculationService(mapper, periods,
                new TransactionWriters(sessionFactory, dataSource, true), currentUser, costRates, inputs);

        CalculationRun batched = transaction.execute(status -> batches.calculate("steel", "2026-10", "ACTUAL"));
        List<Map<String, Object>> batchRows = transactions();
        CalculationRun copied = transaction.execute(status -> copies.calculate("steel", "2026-10", "ACTUAL"));

        assertThat(transactions()).hasSize(12).isEqualTo(batchRows);
        assertThat(copied.transactionsOut()).isEqualTo(batched.transactionsOut()).isEqualTo(12);
        assertThat(copied.amountMoved()).isEqualByComparingTo(batched.amountMoved()).isEqualByComparingTo("985999.00");
        assertThat(copied.amountSum()).isEqualByComparingTo("0");
    }

    @Test
    void shouldAnswerNotFoundWhenTheVersionIsUnknown() {
        ResponseEntity<JsonNode> run = http.postForEntity(CALCULATE.replace("ACTUAL", "NOPE"), null, JsonNode.class);

        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(run.getBody().get("detail").asText()).contains("no calculation version 'NOPE'");
    }

    @Test
    void shouldKeepThePreviousResultAndNameTheRuleWhenARunFails() {
        http.postForEntity(CALCULATE, null, JsonNode.class);
        List<Map<String, Object>> before = transactions();
        long runsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM calculation_run WHERE company_id = 'steel'", Long.class);
        // the slag credit by each receiver's sales: the pig iron has none, so nothing can decide the shares
        SteelVariant.loadWith(setup, "basis: {percentages: {Iron: 100}}\n            allocationCategory: CP-CPsl",
                "basis: {lineStructure: STEEL, line: 5_SL}\n            allocationCategory: CP-CPsl");

        ResponseEntity<JsonNode> failed = http.postForEntity(CALCULATE, null, JsonNode.class);

        assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode error = failed.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("calculationVersions[ACTUAL].steps[SLAG].rules[0]");
        assertThat(error.get("value").asText()).isEqualTo("Slag");
        assertThat(error.get("reason").asText()).contains("zero for every receiver of CostPurpose Slag");
        assertThat(transactions()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calculation_run WHERE company_id = 'steel'", Long.class))
                .isEqualTo(runsBefore);
    }

    /** the period's calculation transactions without their run id, in a stable order */
    private List<Map<String, Object>> transactions() {
        return jdbc.queryForList("SELECT step_no, step_id, rule_no, side, category_id, dimension_name, dimension_value,"
                + " counter_dimension, counter_value, source_category, basis_quantity, share, amount, fixed_amount,"
                + " variable_amount FROM calculation_transaction WHERE company_id = 'steel' AND period_id = '2026-10'"
                + " ORDER BY step_no, rule_no, source_category, dimension_value, side");
    }

    private Map<String, BigDecimal> lines(String dimension) {
        return SteelVariant.lines(http, "ACTUAL", dimension);
    }
}
