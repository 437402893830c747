package org.costclose.balances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.costclose.setup.SetupService;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@DatabaseTest
class CostBalanceServiceTest {

    @Autowired CostBalanceService balances;
    @Autowired SetupService setup;
    @Autowired JdbcTemplate jdbc;
    BalanceFixture fixture;

    @BeforeEach
    void company() {
        fixture = new BalanceFixture(setup, jdbc);
    }

    @Test
    void shouldSumAmountFixedVariableAndQuantityByValueAndCategoryToTheCentWhenRead() {
        fixture.post("CostCenter", "A", "600250", "0.05", "0.03", null)
                .post("CostCenter", "A", "600250", "1234567.89", "617283.95", null)
                .post("CostCenter", "A", "600250", "-0.05", "-0.03", null)
                .post("CostCenter", "A", "500111", "100.01", "33.33", "12.5")
                .post("CostCenter", "A", "500111", "-0.15", "-0.05", "0.000001")
                .post("CostCenter", "B", "600250", "10.00", "5.00", null)
                .post("CostPurpose", "P1", "600250", "99.00", "0", null);
        fixture.produce("P1", "Output_t", "8400");
        // neither another version, nor another period, nor another dimension counts
        fixture.insert(BalanceFixture.PERIOD, "SIM", "LEDGER", "CostCenter", "A", "600250", BigDecimal.TEN, BigDecimal.ONE, null)
                .insert("2026-11", "ACTUAL", "LEDGER", "CostCenter", "A", "600250", BigDecimal.TEN, BigDecimal.ONE, null);

        CostBalances page = balances.page(scope("CostCenter", null, 0, 100, false));

        assertThat(page.totalValues()).isEqualTo(2);
        assertThat(page.rows()).map(BalanceRow.CategoryRow.class::cast).extracting(
                BalanceRow.CategoryRow::dimensionValue, BalanceRow.CategoryRow::valueName, BalanceRow.CategoryRow::category,
                row -> row.amount().toPlainString(), row -> row.fixedAmount().toPlainString(),
                row -> row.variableAmount().toPlainString(), row -> plain(row.quantity()),
                BalanceRow.CategoryRow::transactions).containsExactly(
                tuple("A", "Center A", "500111", "99.86", "33.28", "66.58", "12.500001", 2L),
                tuple("A", "Center A", "600250", "1234567.89", "617283.95", "617283.94", null, 3L),
                tuple("B", "Center B", "600250", "10.00", "5.00", "5.00", null, 1L));
        CostBalances purposes = balances.page(scope("CostPurpose", null, 0, 100, false));
        assertThat(purposes.rows()).map(BalanceRow.CategoryRow.class::cast)
                .extracting(BalanceRow.CategoryRow::category, row -> plain(row.quantity()), row -> row.amount().toPlainString())
                .containsExactly(tuple("600250", null, "99.00"), tuple("Output_t", "8400", "0.00"));
    }

    @Test
    void shouldPageOverValuesWithAllCategoriesOfAValueOnItsPageWhenACompanyHasManyValues() {
        for (int value = 1; value <= 250; value++) {
            String code = "V%03d".formatted(value);
            fixture.post("CostPurpose", code, "500111", "1.00", "0", null)
                    .post("CostPurpose", code, "600250", "2.00", "1.00", null);
        }

        CostBalances first = balances.page(scope("CostPurpose", null, 0, 100, false));
        CostBalances second = balances.page(scope("CostPurpose", null, 100, 100, false));
        CostBalances last = balances.page(scope("CostPurpose", null, 200, 100, false));
        CostBalances beyond = balances.page(scope("CostPurpose", null, 300, 100, false));

        assertThat(List.of(first, second, last, beyond)).extracting(CostBalances::totalValues).containsOnly(250L);
        assertThat(first.rows()).hasSize(200);
        assertThat(values(second)).first().isEqualTo("V101");
        assertThat(values(second)).last().isEqualTo("V200");
        assertThat(values(second)).hasSize(200);
        assertThat(values(last)).hasSize(100).last().isEqualTo("V250");
        assertThat(beyond.rows()).isEmpty();
    }

    @Test
    void shouldAddGroupRowsSummingOwnAndDescendantsPostingsWhenAskedForTheHierarchy() {
        fixture.post("CostCenter", "A", "600250", "100.00", "50.00", null)
                .post("CostCenter", "B", "600250", "200.00", "100.00", null)
                .post("CostCenter", "C", "600250", "50.00", "25.00", null)
                .post("CostCenter", "C", "500111", "7.00", "0", "3")
                .post("CostCenter", "G1", "600250", "1.00", "0.50", null);

        CostBalances flat = balances.page(scope("CostCenter", null, 0, 100, false));
        CostBalances tree = balances.page(scope("CostCenter", null, 0, 100, true));

        assertThat(flat.totalValues()).isEqualTo(4);
        assertThat(flat.rows()).map(BalanceRow.CategoryRow.class::cast).noneMatch(BalanceRow.CategoryRow::group);
        assertThat(tree.totalValues()).isEqualTo(5);
        assertThat(tree.rows()).map(BalanceRow.CategoryRow.class::cast).extracting(BalanceRow.CategoryRow::dimensionValue,
                BalanceRow.CategoryRow::group, BalanceRow.CategoryRow::category, row -> row.amount().toPlainString(),
                row -> row.fixedAmount().toPlainString()).containsExactly(
                tuple("A", false, "600250", "100.00", "50.00"),
                tuple("ALL", true, "500111", "7.00", "0.00"),
                tuple("ALL", true, "600250", "351.00", "175.50"),
                tuple("B", false, "600250", "200.00", "100.00"),
                tuple("C", false, "500111", "7.00", "0.00"),
                tuple("C", false, "600250", "50.00", "25.00"),
                tuple("G1", true, "600250", "301.00", "150.50"));
        CostBalances secondPage = balances.page(scope("CostCenter", null, 1, 2, true));
        assertThat(values(secondPage)).containsExactly("ALL", "ALL", "B");
    }

    @Test
    void shouldEvaluateTheLineStructurePerValueWhenOneIsGiven() {
        fixture.post("CostPurpose", "P1", "500111", "600.00", "0", "10")
                .post("CostPurpose", "P1", "500112", "300.00", "0", null)
                .post("CostPurpose", "P1", "600250", "100.00", "50.00", null)
                .post("CostPurpose", "P1", "401100", "-1500.00", "0", null)
                .post("CostPurpose", "P2", "600250", "7.00", "3.50", null);
        fixture.produce("P1", "Output_t", "3");

        CostBalances page = balances.page(scope("CostPurpose", "T", 0, 100, false));

        assertThat(page.rows()).map(BalanceRow.LineRow.class::cast)
                .filteredOn(row -> row.dimensionValue().equals("P1"))
                .extracting(BalanceRow.LineRow::line, row -> plain(row.value())).containsExactly(
                        tuple("L_RM", "900.00"), tuple("L_WG", "100.00"), tuple("L_TC", "1000.00"),
                        tuple("L_TO", "3"), tuple("L_TT", "333.33"), tuple("L_SL", "1500.00"),
                        tuple("L_RE", "-2500.00"));
        assertThat(page.rows()).map(BalanceRow.LineRow.class::cast)
                .filteredOn(row -> row.dimensionValue().equals("P2"))
                .extracting(BalanceRow.LineRow::line, row -> plain(row.value())).containsExactly(
                        tuple("L_RM", "0.00"), tuple("L_WG", "7.00"), tuple("L_TC", "7.00"),
                        tuple("L_TO", "0"), tuple("L_TT", null), tuple("L_SL", "0.00"), tuple("L_RE", "-7.00"));
    }

    private BalanceScope scope(String dimension, String structure, long offset, int limit, boolean hierarchy) {
        return balances.scope(fixture.company, new BalanceParameters(BalanceFixture.PERIOD, dimension, structure,
                "ACTUAL", offset, limit, hierarchy), CostBalanceService.MAX_PAGE);
    }

    private static List<String> values(CostBalances page) {
        List<String> values = new ArrayList<>();
        page.rows().forEach(row -> values.add((String) row.cells().get(0)));
        return values;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
