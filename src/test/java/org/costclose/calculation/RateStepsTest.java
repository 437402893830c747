package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.costclose.calculation.EngineFixture.center;
import static org.costclose.calculation.EngineFixture.product;

import java.math.BigDecimal;
import java.util.List;
import org.costclose.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Internal cost allocation (charges at planned rates) and cost rate calculation on the plant of {@link EngineFixture}. */
class RateStepsTest {

    /** M1 and M2 charge machine hours to the products, then the actual rate of each works out from its wages */
    private static final String CHARGE_THEN_RATE = """
            calculationVersions:
              - id: ACTUAL
                name: Actual
                kind: actual
                steps:
                  - id: CHARGE
                    name: Machine hours at planned rates
                    kind: internalCostAllocation
                    rules:
                      - senders: {dimension: CostCenter, values: [M1, M2]}
                        receivers: {dimension: CostPurpose, values: [P1, P2]}
                        basis: {serviceCategory: MH}
                        rates: {M1: 25}
                        fixedRates: {M1: 10}
                        allocationCategory: ALLOC
                        offsetCategory: ALLOC
                  - id: RATES
                    name: Actual machine hour rates
                    kind: costRateCalculation
                    rules:
                      - senders: {dimension: CostCenter, values: [M1, M2]}
                        moves: {categories: ["600000"]}
                        basis: {serviceCategory: MH}
            """;

    private static EngineFixture plant() {
        var plant = new EngineFixture(CHARGE_THEN_RATE).cost(center("M1"), "600000", 400_00, 600_01);
        plant.flows.add("MH", center("M1"), product("P1"), new BigDecimal("10"));
        plant.flows.add("MH", center("M1"), product("P2"), new BigDecimal("20"));
        return plant;
    }

    @Test
    void shouldChargeQuantityTimesThePlannedRateAndLeaveTheRestOnTheSenderWhenAnInternalCostAllocationRuns() {
        var plant = plant();

        List<Posting> postings = plant.run();

        // 10 h × (10.00 fixed + 15.00 variable) and 20 h × the same
        assertThat(plant.book.money(product("P1"), "ALLOC")).isEqualTo(new Money(100_00, 150_00));
        assertThat(plant.book.money(product("P2"), "ALLOC")).isEqualTo(new Money(200_00, 300_00));
        assertThat(plant.book.money(center("M1"), "ALLOC")).isEqualTo(new Money(-300_00, -450_00));
        // wages 1,000.01 less 750.00 absorbed: 250.01 under-absorbed stays on M1
        assertThat(plant.total(center("M1"), "600000") + plant.total(center("M1"), "ALLOC")).isEqualTo(250_01);
        assertThat(plant.sumOfPostings()).isZero();
        Posting debit = postings.get(0);
        assertThat(debit.side()).isEqualTo(Posting.DEBIT);
        assertThat(debit.node()).isEqualTo(product("P1"));
        assertThat(debit.counter()).isEqualTo(center("M1"));
        assertThat(debit.sourceCategory()).isEqualTo("MH");
        assertThat(debit.basisQuantity()).isEqualByComparingTo("10");
        assertThat(debit.share()).isEqualByComparingTo("0.333333333333");
        assertThat(debit.rate()).isEqualByComparingTo("25");
        assertThat(postings.get(1).side()).isEqualTo(Posting.CREDIT);
        assertThat(postings.get(1).rate()).isEqualByComparingTo("25");
    }

    @Test
    void shouldWorkOutTheActualRateOfEachSenderWhenACostRateCalculationRuns() {
        var plant = plant();
        plant.cost(center("M2"), "600000", 0, 50_00);

        List<Posting> postings = plant.run();

        // the rate step posts nothing: only the two charges, debit and credit each
        assertThat(postings).hasSize(4);
        assertThat(plant.rates).hasSize(2);
        ActualRate m1 = plant.rates.get(0);
        assertThat(m1.sender()).isEqualTo(center("M1"));
        assertThat(m1.category()).isEqualTo("MH");
        assertThat(m1.stepId()).isEqualTo("RATES");
        assertThat(m1.cost()).isEqualTo(new Money(400_00, 600_01));
        assertThat(m1.quantity()).isEqualByComparingTo("30");
        // 400.00 / 30 = 13.333333…, 600.01 / 30 = 20.000333…, half-up to six decimals
        assertThat(m1.fixedRate()).isEqualByComparingTo("13.333333");
        assertThat(m1.variableRate()).isEqualByComparingTo("20.000333");
        // M2 had cost but delivered no hours: a cost without a rate
        ActualRate m2 = plant.rates.get(1);
        assertThat(m2.cost()).isEqualTo(new Money(0, 50_00));
        assertThat(m2.quantity()).isZero();
        assertThat(m2.fixedRate()).isNull();
        assertThat(m2.variableRate()).isNull();
    }

    @Test
    void shouldRoundEachPartOfAChargeHalfUpToTheCentWhenTheRateHasManyDecimals() {
        var plant = new EngineFixture(CHARGE_THEN_RATE.replace("rates: {M1: 25}", "rates: {M1: 3.333335}")
                .replace("fixedRates: {M1: 10}", "fixedRates: {M1: 1.111115}"));
        plant.flows.add("MH", center("M1"), product("P1"), new BigDecimal("3"));

        plant.run();

        // fixed 3 × 1.111115 = 3.333345 → 3.33; variable 3 × 2.22222 = 6.66666 → 6.67
        assertThat(plant.book.money(product("P1"), "ALLOC")).isEqualTo(new Money(3_33, 6_67));
        assertThat(plant.sumOfPostings()).isZero();
    }

    @Test
    void shouldChargeAtTheAdoptedPlannedRateBeforeTheRulesDefault() {
        var plant = plant().plannedRate("MH", center("M2"), "0", "7.50");
        plant.flows.add("MH", center("M2"), product("P2"), new BigDecimal("4"));
        // an adopted rate for M1 goes before the rule's default of 25
        plant.plannedRate("MH", center("M1"), "1", "2");

        plant.run();

        // P2: M1's 20 h × (1 + 2) and M2's 4 h × 7.50
        assertThat(plant.book.money(product("P2"), "ALLOC")).isEqualTo(new Money(20_00, 40_00 + 30_00));
        assertThat(plant.book.money(product("P1"), "ALLOC")).isEqualTo(new Money(10_00, 20_00));
    }

    @Test
    void shouldNotChargeAReceiverWhenItIsNotOneOfTheRulesReceivers() {
        var plant = plant();
        plant.flows.add("MH", center("M1"), product("P3"), new BigDecimal("100"));

        plant.run();

        assertThat(plant.total(product("P3"), "ALLOC")).isZero();
        assertThat(plant.total(center("M1"), "ALLOC")).isEqualTo(-750_00);
        // the rate counts every hour M1 delivered
        assertThat(plant.rates.get(0).quantity()).isEqualByComparingTo("130");
    }

    @Test
    void shouldNameTheSenderWhenItDeliveredHoursWithoutAPlannedRate() {
        var plant = plant();
        plant.flows.add("MH", center("M2"), product("P1"), new BigDecimal("4"));

        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, plant::run);

        assertThat(thrown.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("calculationVersions[ACTUAL].steps[CHARGE].rules[0]");
            assertThat(error.value()).isEqualTo("M2");
            assertThat(error.reason()).contains("CostCenter M2 delivered MH but has no planned rate");
        });
    }
}
