package org.costclose.balances;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.costclose.setup.model.IdRange;
import org.costclose.setup.model.LineKind;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;
import org.junit.jupiter.api.Test;

class LineEvaluatorTest {

    @Test
    void shouldSumCategoriesListedOrInARangeTimesTheSignWhenACategoryLineIsEvaluated() {
        LineStructure structure = structure(
                new StructureLine("RM", "Materials", LineKind.CATEGORY, 1, List.of("CP-CPrm"),
                        List.of(new IdRange("9", "100")), List.of(), null),
                new StructureLine("SL", "Sales", LineKind.CATEGORY, -1, List.of("401100"), List.of(), List.of(), null));

        Map<String, LineValue> lines = evaluate(structure, balance("10", "1.00", "0.40", null),
                balance("100", "2.00", "0", "5"), balance("101", "1000.00", "0", null),
                balance("CP-CPrm", "3.00", "3.00", null), balance("401100", "-15000.00", "0", "-1000"));

        // 9..100 holds 10 and 100 (numbers compare as numbers), not 101
        assertThat(lines.get("RM").value()).isEqualByComparingTo("6.00");
        assertThat(lines.get("RM").fixedAmount()).isEqualByComparingTo("3.40");
        assertThat(lines.get("RM").variableAmount()).isEqualByComparingTo("2.60");
        assertThat(lines.get("RM").quantity()).isEqualByComparingTo("5");
        assertThat(lines.get("SL").value()).isEqualByComparingTo("15000.00");
        assertThat(lines.get("SL").quantity()).isEqualByComparingTo("1000");
    }

    @Test
    void shouldSumTotalsOfTotalsWhatEverTheOrderOfTheLinesWhenTotalLinesNestEachOther() {
        LineStructure structure = structure(
                total("ALL", -1, "TC", "SL"),
                category("RM", "500111"), category("WG", "600250"),
                total("TC", 1, "RM", "WG"),
                category("SL", "401100"));

        Map<String, LineValue> lines = evaluate(structure, balance("500111", "657833.00", "0", null),
                balance("600250", "15333.00", "15333.00", null), balance("401100", "-15000.00", "0", null));

        assertThat(lines.get("TC").value()).isEqualByComparingTo("673166.00");
        assertThat(lines.get("TC").fixedAmount()).isEqualByComparingTo("15333.00");
        assertThat(lines.get("ALL").value()).isEqualByComparingTo("-658166.00");
        assertThat(lines.get("ALL").fixedAmount()).isEqualByComparingTo("-15333.00");
    }

    @Test
    void shouldSumOnlyServiceCategoryQuantitiesWhenAQuantityLineIsEvaluated() {
        LineStructure structure = structure(new StructureLine("TO", "Output", LineKind.QUANTITY, 1,
                List.of("Output_t", "500111"), List.of(), List.of(), null));

        Map<String, LineValue> lines = evaluate(structure, balance("Output_t", "0", "0", "8400"),
                balance("Output_t", "0", "0", "-2400.5"), balance("500111", "10.00", "0", "77"));

        assertThat(lines.get("TO").value()).isEqualByComparingTo("5999.5");
        assertThat(lines.get("TO").amount()).isNull();
    }

    @Test
    void shouldRoundHalfUpToTwoDecimalsAndGiveNullOnDivisionByZeroWhenACalculationLineIsEvaluated() {
        LineStructure structure = structure(category("TC", "500111"),
                new StructureLine("TO", "Output", LineKind.QUANTITY, 1, List.of("Output_t"), List.of(), List.of(), null),
                calculation("TT", "TC / TO"), calculation("HALF", "TC / 8"), calculation("NEG", "-(TC / 8) * 1"),
                calculation("OFTT", "TT * 2"));

        Map<String, LineValue> perTon = evaluate(structure, balance("500111", "657833.00", "0", null),
                balance("Output_t", "0", "0", "6000"));
        Map<String, LineValue> noOutput = evaluate(structure, balance("500111", "0.10", "0", null));

        assertThat(perTon.get("TT").value()).isEqualTo(new BigDecimal("109.64"));
        assertThat(perTon.get("OFTT").value()).isEqualTo(new BigDecimal("219.28"));
        assertThat(noOutput.get("HALF").value()).isEqualTo(new BigDecimal("0.01"));
        assertThat(noOutput.get("NEG").value()).isEqualTo(new BigDecimal("-0.01"));
        assertThat(noOutput.get("TT").value()).isNull();
        assertThat(noOutput.get("OFTT").value()).isNull();
        assertThat(noOutput.get("TO").value()).isEqualByComparingTo("0");
    }

    @Test
    void shouldFindTheCategoriesBehindATotalOrACalculationWhenDrillingALine() {
        LineStructure structure = structure(
                new StructureLine("RM", "Materials", LineKind.CATEGORY, 1, List.of(), List.of(new IdRange("500000", "599999")),
                        List.of(), null),
                category("WG", "600250"), total("TC", 1, "RM", "WG"),
                new StructureLine("TO", "Output", LineKind.QUANTITY, 1, List.of("Output_t"), List.of(), List.of(), null),
                calculation("TT", "TC / TO"));

        Set<String> categories = LineCoverage.categories(structure, structure.line("TT").orElseThrow(),
                List.of("401100", "500111", "500112", "600250", "Output_t"), Set.of("Output_t"));

        assertThat(categories).containsExactly("500111", "500112", "600250", "Output_t");
    }

    private static Map<String, LineValue> evaluate(LineStructure structure, CostBalanceMapper.CategoryBalance... balances) {
        return new LineEvaluator(structure, Set.of("Output_t")).evaluate(Arrays.asList(balances)).stream()
                .collect(Collectors.toMap(line -> line.line().id(), line -> line));
    }

    private static CostBalanceMapper.CategoryBalance balance(String category, String amount, String fixed, String quantity) {
        BigDecimal total = new BigDecimal(amount);
        return new CostBalanceMapper.CategoryBalance("V", "Value", category, total, new BigDecimal(fixed),
                total.subtract(new BigDecimal(fixed)), quantity == null ? null : new BigDecimal(quantity), 1);
    }

    private static LineStructure structure(StructureLine... lines) {
        return new LineStructure("S", "Structure", List.of(lines));
    }

    private static StructureLine category(String id, String category) {
        return new StructureLine(id, id, LineKind.CATEGORY, 1, List.of(category), List.of(), List.of(), null);
    }

    private static StructureLine total(String id, int sign, String... lines) {
        return new StructureLine(id, id, LineKind.TOTAL, sign, List.of(), List.of(), List.of(lines), null);
    }

    private static StructureLine calculation(String id, String formula) {
        return new StructureLine(id, id, LineKind.CALCULATION, 1, List.of(), List.of(), List.of(), formula);
    }
}
