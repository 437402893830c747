package org.costclose.balances;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** DOMAIN.md's steel case before any calculation step: the ledger and the output, through line structure STEEL. */
@DatabaseTest
class SteelCostBalanceTest {

    @Autowired DemoCompanyLoader demo;
    @Autowired LedgerProcessingService ledger;
    @Autowired ProductionProcessingService production;
    @Autowired CostBalanceService balances;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void loadSteel() {
        SteelOutput.load(demo, ledger, production);
    }

    @Test
    void shouldShowEachCostPurposesLinesAsTheSteelCaseSaysWhenReadThroughLineStructureSteel() {
        Map<String, BigDecimal> lines = lines("CostPurpose", false);

        assertThat(lines.get("Iron 1_RM")).isEqualTo(new BigDecimal("657833.00"));
        assertThat(lines.get("Iron 2_WG")).isEqualTo(new BigDecimal("0.00"));
        assertThat(lines.get("Iron 3_TC")).isEqualTo(new BigDecimal("657833.00"));
        assertThat(lines.get("Iron 3_TO")).isEqualTo(new BigDecimal("6000"));
        // 657,833 / 6,000 = 109.638333… rounded half up to cents
        assertThat(lines.get("Iron 3_TT")).isEqualTo(new BigDecimal("109.64"));
        assertThat(lines.get("Iron 4_CP")).isEqualByComparingTo("0");
        assertThat(lines.get("Iron 5_SL")).isEqualByComparingTo("0");
        assertThat(lines.get("Iron 6_TS")).isEqualByComparingTo("657833.00");
        assertThat(lines.get("Sint 1_RM")).isEqualByComparingTo("472500.00");
        assertThat(lines.get("Sint 4_CP")).isEqualByComparingTo("-477833.00");
        assertThat(lines.get("Sint 3_TO")).isEqualByComparingTo("8400");
        assertThat(lines.get("Sint 3_TT")).isEqualByComparingTo("56.25");
        assertThat(lines.get("Slag 5_SL")).isEqualByComparingTo("-15000.00");
        assertThat(lines.get("Slag 3_TO")).isEqualByComparingTo("1800");
        assertThat(lines.get("Slag 3_TT")).isEqualByComparingTo("0");
    }

    @Test
    void shouldSumTheWagesOfBothPlantsOnGroupPlantsWhenTheHierarchyIsAsked() {
        Map<String, BigDecimal> flat = lines("CostCenter", false);
        Map<String, BigDecimal> tree = lines("CostCenter", true);

        assertThat(flat.get("SP 2_WG")).isEqualByComparingTo("5333.00");
        assertThat(flat.get("BF 2_WG")).isEqualByComparingTo("10000.00");
        assertThat(flat).doesNotContainKey("PLANTS 2_WG");
        assertThat(tree.get("PLANTS 2_WG")).isEqualByComparingTo("15333.00");
        assertThat(tree.get("PLANTS 1_RM")).isEqualByComparingTo("0");
        assertThat(lines("CostPurpose", true).get("PRODUCTS 3_TO")).isEqualByComparingTo("16200");
    }

    private Map<String, BigDecimal> lines(String dimension, boolean hierarchy) {
        BalanceScope scope = balances.scope(SteelOutput.COMPANY, new BalanceParameters(SteelOutput.PERIOD, dimension,
                "STEEL", "ACTUAL", 0, 100, hierarchy), CostBalanceService.MAX_PAGE);
        Map<String, BigDecimal> lines = new HashMap<>();
        for (BalanceRow row : balances.page(scope).rows()) {
            BalanceRow.LineRow line = (BalanceRow.LineRow) row;
            lines.put(line.dimensionValue() + " " + line.line(), line.value());
        }
        return lines;
    }
}
