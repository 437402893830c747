package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.costclose.calculation.EngineFixture.center;
import static org.costclose.calculation.EngineFixture.product;

import java.util.List;
import org.costclose.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The engine on the small plant of {@link EngineFixture}: each step kind, basis and part, to the cent. */
class CalculationEngineTest {

    private static String version(String steps) {
        return "calculationVersions:\n  - id: ACTUAL\n    name: Actual\n    kind: actual\n    steps:\n" + steps.stripIndent().indent(6);
    }

    private static final String WAGES_TO_PRODUCTS_BY_AREA = version("""
                  - id: AREA
                    name: Wages by floor area
                    kind: allocation
                    rules:
                      - senders: {dimension: CostCenter, values: [M1]}
                        moves: {categories: ["600000"]}
                        receivers: {dimension: CostPurpose, values: [P1, P2, P3]}
                        basis: {statistic: Area}
                        allocationCategory: ALLOC
                        offsetCategory: ALLOC
            """);

    @Test
    void shouldSplitFixedAndVariableCentExactWhenAnAllocationUsesAStatistic() {
        var plant = new EngineFixture(WAGES_TO_PRODUCTS_BY_AREA)
                .cost(center("M1"), "600000", 400_00, 600_01)
                .quantity(product("P1"), "Area", "1").quantity(product("P2"), "Area", "1").quantity(product("P3"), "Area", "1");

        List<Posting> postings = plant.run();

        // fixed 400.00 / 3 = 133.34 + 133.33 + 133.33; variable 600.01 / 3 = 200.01 + 200.00 + 200.00
        assertThat(plant.book.money(product("P1"), "ALLOC")).isEqualTo(new Money(133_34, 200_01));
        assertThat(plant.book.money(product("P2"), "ALLOC")).isEqualTo(new Money(133_33, 200_00));
        assertThat(plant.book.money(product("P3"), "ALLOC")).isEqualTo(new Money(133_33, 200_00));
        assertThat(plant.total(center("M1"), "ALLOC")).isEqualTo(-1000_01);
        assertThat(plant.total(center("M1"), "600000")).isEqualTo(1000_01);
        assertThat(postings).hasSize(6);
        assertThat(plant.sumOfPostings()).isZero();
        Posting debit = postings.get(0);
        assertThat(debit.side()).isEqualTo(Posting.DEBIT);
        assertThat(debit.node()).isEqualTo(product("P1"));
        assertThat(debit.counter()).isEqualTo(center("M1"));
        assertThat(debit.sourceCategory()).isEqualTo("600000");
        assertThat(debit.share()).isEqualByComparingTo("0.333333333333");
        assertThat(debit.stepId()).isEqualTo("AREA");
    }

    @Test
    void shouldKeepTheCategoryWhenADistributionMovesCostWithinTheDimension() {
        var plant = new EngineFixture(version("""
                  - id: DIST
                    name: Maintenance to the machines
                    kind: distribution
                    rules:
                      - senders: {dimension: CostCenter, values: [MAINT]}
                        moves: {categories: ["600000", "610000"]}
                        receivers: {dimension: CostCenter, nodes: [ALL]}
                        basis: {quantities: {M1: 3, M2: 1}}
                """)).cost(center("MAINT"), "600000", 0, 100_00).cost(center("MAINT"), "610000", 0, 40_00);

        plant.run();

        assertThat(plant.total(center("M1"), "600000")).isEqualTo(75_00);
        assertThat(plant.total(center("M2"), "600000")).isEqualTo(25_00);
        assertThat(plant.total(center("M1"), "610000")).isEqualTo(30_00);
        assertThat(plant.total(center("M2"), "610000")).isEqualTo(10_00);
        assertThat(plant.total(center("MAINT"), "600000")).isZero();
        assertThat(plant.total(center("POWER"), "600000")).isZero();
        assertThat(plant.sumOfPostings()).isZero();
    }

    @Test
    void shouldMoveOnlyTheFixedPartWhenTheRuleSaysFixed() {
        var plant = new EngineFixture(WAGES_TO_PRODUCTS_BY_AREA.replace("categories: [\"600000\"]}",
                "categories: [\"600000\"], part: fixed}"))
                .cost(center("M1"), "600000", 400_00, 600_00).quantity(product("P1"), "Area", "1");

        plant.run();

        assertThat(plant.book.money(product("P1"), "ALLOC")).isEqualTo(new Money(400_00, 0));
        assertThat(plant.book.money(center("M1"), "ALLOC")).isEqualTo(new Money(-400_00, 0));
    }

    @Test
    void shouldSplitByMachineHoursFromEachSenderWhenTheBasisIsAServiceCategory() {
        var plant = new EngineFixture(version("""
                  - id: MH
                    name: Machines to products by hours
                    kind: allocation
                    rules:
                      - senders: {dimension: CostCenter, values: [M1, M2]}
                        moves: {lineStructure: LS, line: TC}
                        receivers: {dimension: CostPurpose, values: [P1, P2]}
                        basis: {serviceCategory: MH}
                        allocationCategory: ALLOC
                        offsetCategory: ALLOC
                """)).cost(center("M1"), "600000", 0, 900_00).cost(center("M2"), "610000", 0, 100_00);
        plant.flows.add("MH", center("M1"), product("P1"), new java.math.BigDecimal("2"));
        plant.flows.add("MH", center("M1"), product("P2"), new java.math.BigDecimal("1"));
        plant.flows.add("MH", center("M2"), product("P2"), new java.math.BigDecimal("5"));

        plant.run();

        assertThat(plant.total(product("P1"), "ALLOC")).isEqualTo(600_00);
        assertThat(plant.total(product("P2"), "ALLOC")).isEqualTo(300_00 + 100_00);
        // the offset falls into line WG of TC, so the line nets to zero on each sender
        assertThat(plant.total(center("M1"), "ALLOC") + plant.total(center("M1"), "600000")).isZero();
        assertThat(plant.total(center("M2"), "ALLOC") + plant.total(center("M2"), "610000")).isZero();
    }

    @Test
    void shouldSeeWhatEarlierStepsMovedWhenALaterStepSendsItOn() {
        var plant = new EngineFixture(version("""
                  - id: ONE
                    name: Maintenance to machine 1
                    kind: distribution
                    rules:
                      - senders: {dimension: CostCenter, values: [MAINT]}
                        moves: {categories: ["600000"]}
                        receivers: {dimension: CostCenter, values: [M1]}
                        basis: {percentages: {M1: 100}}
                  - id: TWO
                    name: Machine 1 to products by output
                    kind: allocation
                    rules:
                      - senders: {dimension: CostCenter, values: [M1]}
                        moves: {lineStructure: LS, line: WG}
                        receivers: {dimension: CostPurpose, values: [P1, P2]}
                        basis: {lineStructure: LS, line: AR}
                        allocationCategory: ALLOC
                        offsetCategory: ALLOC
                """)).cost(center("MAINT"), "600000", 0, 50_00).cost(center("M1"), "600000", 0, 100_00)
                .quantity(product("P1"), "Area", "1").quantity(product("P2"), "Area", "4");

        plant.run();

        assertThat(plant.total(product("P1"), "ALLOC")).isEqualTo(30_00);
        assertThat(plant.total(product("P2"), "ALLOC")).isEqualTo(120_00);
    }

    @Test
    void shouldNameTheSenderWhenItsBasisIsZeroForEveryReceiver() {
        var plant = new EngineFixture(WAGES_TO_PRODUCTS_BY_AREA).cost(center("M1"), "600000", 0, 10_00);

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, plant::run);

        assertThat(thrown.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("calculationVersions[ACTUAL].steps[AREA].rules[0]");
            assertThat(error.value()).isEqualTo("M1");
            assertThat(error.reason()).contains("statistic Area").contains("zero for every receiver of CostCenter M1");
        });
    }

    @Test
    void shouldRefuseANegativeBasisWhenAReceiverHasANegativeQuantity() {
        var plant = new EngineFixture(WAGES_TO_PRODUCTS_BY_AREA).cost(center("M1"), "600000", 0, 10_00)
                .quantity(product("P1"), "Area", "2").quantity(product("P2"), "Area", "-1");

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, plant::run);

        assertThat(thrown.errors()).singleElement().satisfies(error ->
                assertThat(error.reason()).contains("receiver CostPurpose P2 is negative (-1)"));
    }

    @Test
    void shouldMoveNothingWhenTheSenderHasNoCost() {
        var plant = new EngineFixture(WAGES_TO_PRODUCTS_BY_AREA);

        assertThat(plant.run()).isEmpty();
    }
}
