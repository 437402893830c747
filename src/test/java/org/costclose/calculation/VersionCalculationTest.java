package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.setup.SetupService;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
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

/**
 * Budget and simulation versions on a variant of the steel demo: a budget model of the period (with one entry
 * the rules reject and one on the balance sheet), a budget version with the actual version's steps, and a
 * simulation of actual that gives 40 % of the blast furnace's wages to the slag.
 */
@DatabaseTest
class VersionCalculationTest {

    private static final String PERIOD = "/api/companies/steel/periods/2026-10";
    /** the steel case with other figures: Iron raw materials 654,000, wages 15,000, slag credit 18,000 */
    private static final String BUDGET = """
            entry_id,budget_model,date,account,amount,CostCenter,CostPurpose
            BU-2026-10-01,PLAN26,2026-10-01,500111,480000.00,,Sint
            BU-2026-10-02,PLAN26,2026-10-01,600250,6000.00,SP,
            BU-2026-10-03,PLAN26,2026-10-01,500101,-486000.00,,Sint
            BU-2026-10-04,PLAN26,2026-10-01,500111,486000.00,,Iron
            BU-2026-10-05,PLAN26,2026-10-01,500111,174000.00,,Iron
            BU-2026-10-06,PLAN26,2026-10-01,600250,9000.00,BF,
            BU-2026-10-07,PLAN26,2026-10-01,401100,-18000.00,,Slag
            BU-2026-10-08,PLAN26,2026-10-01,600250,123.45,,
            BU-2026-10-09,PLAN26,2026-10-01,140100,500.00,,
            """;
    private static final String ACTUAL_HEAD = "  - id: ACTUAL\n    name: Actual\n    kind: actual\n";
    private static final String BF_WAGES = "receivers: {dimension: CostPurpose, values: [Iron]}\n"
            + "            basis: {percentages: {Iron: 100}}\n            allocationCategory: CC-CPwg";

    @Autowired TestRestTemplate http;
    @Autowired DemoCompanyLoader demo;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired JdbcTemplate jdbc;
    @Autowired SetupService setup;

    @BeforeEach
    void loadTheSteelVariant() {
        demo.load("steel");
        ledger.processLedger("steel", "2026-10");
        production.processProduction("steel", "2026-10");
        // a budget version, a simulation of actual and one of the budget after ACTUAL
        SteelVariant.load(setup, content -> content + versions(content.substring(content.indexOf(ACTUAL_HEAD))));
        ResponseEntity<JsonNode> imported = post("/api/companies/steel/imports/gl-budget-entries", BUDGET);
        assertThat(imported.getStatusCode().is2xxSuccessful()).as(String.valueOf(imported.getBody())).isTrue();
    }

    @AfterEach
    void restoreTheDemo() {
        jdbc.update("UPDATE fiscal_period SET state = 'OPEN' WHERE company_id = 'steel' AND period_id = '2026-10'");
        demo.load("steel");
        jdbc.update("DELETE FROM calculation_transaction WHERE company_id = 'steel'");
        jdbc.update("DELETE FROM calculation_input WHERE company_id = 'steel'");
        jdbc.update("DELETE FROM cost_transaction WHERE company_id = 'steel' AND source = 'BUDGET'");
        jdbc.update("DELETE FROM budget_reject WHERE company_id = 'steel'");
        for (String table : List.of("budget_run_account", "budget_run_dimension")) {
            jdbc.update("DELETE FROM " + table + " WHERE run_id IN (SELECT run_id FROM budget_run"
                    + " WHERE company_id = 'steel')");
        }
        jdbc.update("DELETE FROM budget_run WHERE company_id = 'steel'");
    }

    @Test
    void shouldCostTheBudgetToTheCentWhenTheBudgetVersionIsCalculated() {
        ResponseEntity<JsonNode> run = calculate("2026-10", "PLAN");

        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(run.getBody().get("conserves").asBoolean()).isTrue();
        assertThat(run.getBody().get("inputVersion").asText()).isEqualTo("PLAN");
        Map<String, BigDecimal> products = lines("PLAN", "CostPurpose");
        assertThat(products.get("Iron 1_RM")).isEqualByComparingTo("654000.00");
        assertThat(products.get("Iron 2_WG")).isEqualByComparingTo("15000.00");
        assertThat(products.get("Iron 3_TC")).isEqualByComparingTo("669000.00");
        // output from the period's production (budgets carry money only)
        assertThat(products.get("Iron 3_TO")).isEqualByComparingTo("6000");
        assertThat(products.get("Iron 3_TT")).isEqualByComparingTo("111.50");
        assertThat(products.get("Iron 6_TS")).isEqualByComparingTo("651000.00");
        assertThat(products.get("Iron 7_NT")).isEqualByComparingTo("108.50");
        assertThat(products.get("Sint 6_TS")).isEqualByComparingTo("0");
        assertThat(lines("PLAN", "CostCenter").get("BF 6_TS")).isEqualByComparingTo("0");
        // the ledger's actual cost transactions (here before any actual calculation) are not the budget's
        assertThat(lines("ACTUAL", "CostPurpose").get("Iron 1_RM")).isEqualByComparingTo("657833.00");
    }

    @Test
    void shouldProcessTheBudgetLikeTheLedgerWhenTheBudgetVersionIsCalculated() {
        calculate("2026-10", "PLAN");
        List<Map<String, Object>> first = budgetTransactions();

        calculate("2026-10", "PLAN");

        // one per category and value: the two raw-material entries of Iron are one
        assertThat(budgetTransactions()).hasSize(6).isEqualTo(first);
        JsonNode budgetRun = http.getForObject(PERIOD + "/budget-runs?version=PLAN", JsonNode.class).get(0);
        assertThat(budgetRun.get("entriesIn").asLong()).isEqualTo(9);
        assertThat(budgetRun.get("entriesProcessed").asLong()).isEqualTo(7);
        assertThat(budgetRun.get("entriesRejected").asLong()).isEqualTo(1);
        assertThat(budgetRun.get("amountRejected").decimalValue()).isEqualByComparingTo("123.45");
        // the balance-sheet entry
        assertThat(budgetRun.get("entriesIgnored").asLong()).isEqualTo(1);
        assertThat(budgetRun.get("amountIgnored").decimalValue()).isEqualByComparingTo("500.00");
        JsonNode reject = http.getForObject(PERIOD + "/budget-rejects?version=PLAN", JsonNode.class).get(0);
        assertThat(reject.get("glEntryId").asText()).isEqualTo("BU-2026-10-08");
        assertThat(reject.get("reason").asText()).isEqualTo("MISSING_DIMENSION");
        assertThat(reject.get("dimensionName").asText()).isEqualTo("CostCenter");
        // wages are fixed (fixed share 100 %), materials variable
        assertThat(jdbc.queryForObject("SELECT SUM(fixed_amount) FROM cost_transaction WHERE company_id = 'steel'"
                + " AND version_id = 'PLAN' AND category_id = '600250'", BigDecimal.class)).isEqualByComparingTo("15000");
    }

    @Test
    void shouldRefuseTheBudgetVersionWhenThePeriodIsLocked() {
        jdbc.update("UPDATE fiscal_period SET state = 'CLOSED' WHERE company_id = 'steel' AND period_id = '2026-10'");

        ResponseEntity<JsonNode> run = calculate("2026-10", "PLAN");

        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(budgetTransactions()).isEmpty();
    }

    @Test
    void shouldRefuseTheBudgetVersionWhenItsModelHasNoEntriesInThePeriod() {
        ResponseEntity<JsonNode> run = calculate("2026-09", "PLAN");

        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(run.getBody().get("errors").get(0).get("reason").asText())
                .contains("budget model PLAN26 has no GL budget entries in period 2026-09");
    }

    @Test
    void shouldMoveOtherFiguresOntoTheProductsWhenASimulationChangesABasisAndLeaveActualAsItIs() {
        calculate("2026-10", "ACTUAL");
        List<Map<String, Object>> actualRows = jdbc.queryForList("SELECT * FROM calculation_transaction"
                + " WHERE company_id = 'steel' AND version_id = 'ACTUAL' ORDER BY step_no, rule_no, dimension_value, side,"
                + " source_category");

        ResponseEntity<JsonNode> run = calculate("2026-10", "WHATIF");

        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(run.getBody().get("inputVersion").asText()).isEqualTo("ACTUAL");
        Map<String, BigDecimal> simulated = lines("WHATIF", "CostPurpose");
        assertThat(simulated.get("Iron 2_WG")).isEqualByComparingTo("11333.00");
        assertThat(simulated.get("Iron 3_TC")).isEqualByComparingTo("663833.00");
        assertThat(simulated.get("Slag 2_WG")).isEqualByComparingTo("4000.00");
        assertThat(lines("ACTUAL", "CostPurpose").get("Iron 3_TC")).isEqualByComparingTo("667833.00");
        assertThat(jdbc.queryForList("SELECT * FROM calculation_transaction WHERE company_id = 'steel'"
                + " AND version_id = 'ACTUAL' ORDER BY step_no, rule_no, dimension_value, side, source_category"))
                .isEqualTo(actualRows);
        // the simulation reads actual's input, it never copies it
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cost_transaction WHERE company_id = 'steel'"
                + " AND version_id = 'WHATIF'", Long.class)).isZero();
    }

    @Test
    void shouldCompareTheVersionsPerProductAndLineWhenAskedForActualAgainstTheSimulation() {
        calculate("2026-10", "ACTUAL");
        calculate("2026-10", "WHATIF");
        String query = PERIOD + "/version-comparison?versions=ACTUAL,WHATIF&dimension=CostPurpose&lineStructure=STEEL";

        JsonNode comparison = http.getForObject(query, JsonNode.class);

        Map<String, JsonNode> rows = new HashMap<>();
        comparison.get("rows").forEach(row -> rows.put(row.get("dimensionValue").asText() + " "
                + row.get("line").asText(), row));
        JsonNode iron = rows.get("Iron 3_TC");
        assertThat(iron.get("baseValue").decimalValue()).isEqualByComparingTo("667833.00");
        assertThat(iron.get("otherValue").decimalValue()).isEqualByComparingTo("663833.00");
        assertThat(iron.get("difference").decimalValue()).isEqualByComparingTo("-4000.00");
        // −4,000 / 667,833 = −0.599 %
        assertThat(iron.get("percent").decimalValue()).isEqualByComparingTo("-0.60");
        JsonNode slag = rows.get("Slag 2_WG");
        assertThat(slag.get("difference").decimalValue()).isEqualByComparingTo("4000.00");
        assertThat(slag.get("percent").isNull()).isTrue();
        assertThat(rows.get("Iron 3_TO").get("difference").decimalValue()).isEqualByComparingTo("0");
        String csv = getCsv(query).getBody();
        assertThat(csv).startsWith("dimension_value,value_name,line,line_name,kind,category,ACTUAL,WHATIF,difference,percent")
                .contains("Iron,Pig iron,3_TC,Total cost,total,,667833.00,663833.00,-4000.00,-0.60");
    }

    @Test
    void shouldNameTheProblemWhenTheComparisonIsAskedForOneVersion() {
        ResponseEntity<JsonNode> answer = http.getForEntity(PERIOD + "/version-comparison?versions=ACTUAL"
                + "&dimension=CostPurpose", JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("versions");
    }

    @Test
    void shouldExportEntriesThatReimportAndAddUpToTheBudgetWhenTheBudgetIsExported() {
        long runId = calculate("2026-10", "PLAN").getBody().get("runId").asLong();

        ResponseEntity<String> export = getCsv(PERIOD + "/calculations/PLAN/budget-export?model=PLAN26-RESULT");

        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getHeaders().getFirst("X-Total-Amount")).isEqualTo("651000.00");
        String csv = export.getBody();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("entry_id,budget_model,date,account,amount,CostPurpose");
        // Iron's wages from the blast furnace, booked on the wages account the version names for CC-CPwg
        assertThat(csv).contains("PLAN26-RESULT,2026-10-31,600250,9000.00,Iron").hasLineCount(13);
        ResponseEntity<JsonNode> imported = post("/api/companies/steel/imports/gl-budget-entries", csv);
        assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM gl_budget_entry WHERE company_id = 'steel'"
                + " AND budget_model = 'PLAN26-RESULT' AND entry_id LIKE ?", BigDecimal.class, "CC" + runId + "-%"))
                .isEqualByComparingTo("651000.00");
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM gl_budget_entry WHERE company_id = 'steel'"
                + " AND budget_model = 'PLAN26-RESULT' AND account_no = '600250' AND entry_id LIKE ?", BigDecimal.class,
                "CC" + runId + "-%")).isEqualByComparingTo("15000.00");
        // the same export again stores nothing new
        assertThat(post("/api/companies/steel/imports/gl-budget-entries", csv).getBody().get("outcome").asText())
                .isEqualTo("UNCHANGED");
    }

    @Test
    void shouldRefuseTheExportWhenTheVersionIsNoBudgetOrTheModelIsItsOwn() {
        calculate("2026-10", "PLAN");

        ResponseEntity<String> actual = getCsv(PERIOD + "/calculations/ACTUAL/budget-export");
        ResponseEntity<String> ownModel = getCsv(PERIOD + "/calculations/PLAN/budget-export?model=PLAN26");

        assertThat(actual.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(actual.getBody()).contains("only a budget version's result is exported");
        assertThat(ownModel.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(ownModel.getBody()).contains("counted twice");
    }

    @Test
    void shouldRefuseTheSimulationWhenThePeriodIsOutsideItsPeriods() {
        ResponseEntity<JsonNode> run = calculate("2026-11", "WHATIF");

        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode error = run.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("period");
        assertThat(error.get("reason").asText()).contains("runs in periods 2026-10 to 2026-10 only, not in 2026-11");
    }

    @Test
    void shouldAskForTheBudgetFirstWhenASimulationOfItHasNoInputYet() {
        ResponseEntity<JsonNode> early = calculate("2026-10", "PLANSIM");
        calculate("2026-10", "PLAN");

        ResponseEntity<JsonNode> run = calculate("2026-10", "PLANSIM");

        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(early.getBody().get("errors").get(0).get("reason").asText()).contains("calculate PLAN first");
        assertThat(run.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(run.getBody().get("inputVersion").asText()).isEqualTo("PLAN");
        // the budget's steps without the slag credit: the slag keeps its budgeted sales
        Map<String, BigDecimal> products = lines("PLANSIM", "CostPurpose");
        assertThat(products.get("Iron 3_TC")).isEqualByComparingTo("669000.00");
        assertThat(products.get("Slag 6_TS")).isEqualByComparingTo("-18000.00");
    }

    private static String versions(String actual) {
        assertThat(actual).contains(BF_WAGES);
        String budget = actual.replace(ACTUAL_HEAD, "  - id: PLAN\n    name: Budget 2026\n    kind: budget\n"
                + "    budgetModel: PLAN26\n    exportAccounts: {CC-CPwg: \"600250\", CP-CPwg: \"600250\","
                + " CP-CPrm: \"500111\", CP-CPsl: \"401100\"}\n");
        String whatIf = actual.replace(ACTUAL_HEAD, "  - id: WHATIF\n    name: Slag bears blast furnace wages\n"
                        + "    kind: simulation\n    basedOn: ACTUAL\n    periods: {from: 2026-10, to: 2026-10}\n")
                .replace(BF_WAGES, "receivers: {dimension: CostPurpose, values: [Iron, Slag]}\n"
                        + "            basis: {percentages: {Iron: 60, Slag: 40}}\n            allocationCategory: CC-CPwg");
        String planSim = actual.substring(0, actual.indexOf("      - id: SLAG")).replace(ACTUAL_HEAD,
                "  - id: PLANSIM\n    name: Budget without the slag credit\n    kind: simulation\n    basedOn: PLAN\n");
        return budget + whatIf + planSim;
    }

    private ResponseEntity<JsonNode> calculate(String period, String version) {
        return http.postForEntity("/api/companies/steel/periods/" + period + "/calculations?version=" + version, null,
                JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String url, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        return http.postForEntity(url, new HttpEntity<>(csv, headers), JsonNode.class);
    }

    private ResponseEntity<String> getCsv(String url) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv"), MediaType.APPLICATION_PROBLEM_JSON));
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private List<Map<String, Object>> budgetTransactions() {
        return jdbc.queryForList("SELECT category_id, dimension_name, dimension_value, entry_count, amount, fixed_amount,"
                + " variable_amount FROM cost_transaction WHERE company_id = 'steel' AND version_id = 'PLAN'"
                + " AND source = 'BUDGET' ORDER BY category_id, dimension_name, dimension_value");
    }

    private Map<String, BigDecimal> lines(String version, String dimension) {
        return SteelVariant.lines(http, version, dimension);
    }
}
