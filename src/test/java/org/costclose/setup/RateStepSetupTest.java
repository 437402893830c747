package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.setup.SetupYaml.CALENDAR;
import static org.costclose.setup.SetupYaml.COMPANY;
import static org.costclose.setup.SetupYaml.REST;
import static org.costclose.setup.SetupYaml.errorsWith;
import static org.costclose.setup.SetupYaml.file;

import java.util.List;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostRate;
import org.costclose.setup.model.StepKind;
import org.costclose.shared.InputError;
import org.junit.jupiter.api.Test;

/** Internal cost allocations and cost rate calculations in the setup: read, written back, and every misfit named. */
class RateStepSetupTest {

    private static final String CATEGORIES = """
            costCategories:
              - {id: CC-CP, name: Charged, kind: secondary, transactionControl: [CostCenter, CostPurpose]}
            lineStructures:
              - id: LS
                name: Statement
                lines:
                  - {id: WG, name: Wages, kind: category, categories: ["600000"]}
            """;
    private static final String STEPS = """
            calculationVersions:
              - id: ACTUAL
                name: Actual
                kind: actual
                steps:
                  - id: CHARGE
                    name: Machine hours at planned rates
                    kind: internalCostAllocation
                    rules:
                      - senders: {dimension: CostCenter, nodes: [ALL]}
                        receivers: {dimension: CostPurpose, values: [P1]}
                        basis: {serviceCategory: Hours}
                        rates: {A: 25.5}
                        fixedRates: {A: 10}
                        allocationCategory: CC-CP
                        offsetCategory: CC-CP
                  - id: RATES
                    name: Actual machine hour rates
                    kind: costRateCalculation
                    rules:
                      - senders: {dimension: CostCenter, nodes: [ALL]}
                        moves: {lineStructure: LS, line: WG}
                        basis: {serviceCategory: Hours}
            """;
    private static final String CHARGE = "calculationVersions[0].steps[0].rules[0]";
    private static final String RATES = "calculationVersions[0].steps[1].rules[0]";

    @Test
    void shouldReadRatesAndWriteThemBackWhenTheStepsChargeAndRate() {
        CompanySetup setup = read(STEPS);
        var steps = setup.calculationVersions().get(0).steps();

        assertThat(steps).extracting(step -> step.kind())
                .containsExactly(StepKind.INTERNAL_COST_ALLOCATION, StepKind.COST_RATE_CALCULATION);
        var charge = steps.get(0).rules().get(0);
        assertThat(charge.moves()).isNull();
        assertThat(charge.rates()).containsOnlyKeys("A");
        assertThat(charge.rates().get("A").fixed()).isEqualByComparingTo("10");
        assertThat(charge.rates().get("A").variable()).isEqualByComparingTo("15.5");
        assertThat(steps.get(1).rules().get(0).receivers()).isNull();
        CompanySetup again = SetupParser.read("acme", List.of(file("setup.yaml", SetupWriter.write(setup))));
        assertThat(again.calculationVersions()).isEqualTo(setup.calculationVersions());
    }

    @Test
    void shouldTakeARateAsAllVariableWhenNoFixedPartIsGiven() {
        CostRate rate = read(STEPS.replace("            fixedRates: {A: 10}\n", ""))
                .calculationVersions().get(0).steps().get(0).rules().get(0).rates().get("A");

        assertThat(rate.fixed()).isZero();
        assertThat(rate.variable()).isEqualByComparingTo("25.5");
    }

    @Test
    void shouldRefuseAnInternalCostAllocationWhenItMovesASelection() {
        String moves = STEPS.replace("basis: {serviceCategory: Hours}\n            rates",
                "moves: {categories: [\"600000\"]}\n            basis: {serviceCategory: Hours}\n"
            + "            rates");

        assertOnly(errors(moves), CHARGE + ".moves", "charges service quantity × cost rate");
    }

    @Test
    void shouldRefuseAnInternalCostAllocationWhenItsBasisIsNotAServiceCategory() {
        String percentages = STEPS.replaceFirst("\\{serviceCategory: Hours}", "{percentages: {P1: 100}}");

        assertOnly(errors(percentages), CHARGE + ".basis", "its basis is a serviceCategory");
    }

    @Test
    void shouldRefuseAnInternalCostAllocationWhenItNamesNoOffsetCategory() {
        String without = STEPS.replace("            offsetCategory: CC-CP\n", "");

        assertOnly(errors(without), CHARGE, "needs an allocationCategory");
    }

    @Test
    void shouldRefuseARateWhenItIsForAValueThatIsNotASender() {
        String other = STEPS.replace("nodes: [ALL]}\n            receivers",
                "values: [ALL]}\n            receivers");

        assertOnly(errors(other), CHARGE + ".rates.A", "not one of the rule's senders");
    }

    @Test
    void shouldRefuseAFixedPartWhenItExceedsTheRate() {
        assertOnly(errors(STEPS.replace("fixedRates: {A: 10}", "fixedRates: {A: 30}")), CHARGE + ".fixedRates.A",
                "between 0 and the rate (25.5)");
    }

    @Test
    void shouldRefuseANegativeRate() {
        assertOnly(errors(STEPS.replace("rates: {A: 25.5}", "rates: {A: -1}").replace("fixedRates: {A: 10}",
                "fixedRates: {}")), CHARGE + ".rates.A", "must not be negative");
    }

    @Test
    void shouldRefuseACostRateCalculationWhenItHasReceivers() {
        String receivers = STEPS.replace("moves: {lineStructure: LS, line: WG}",
                "moves: {lineStructure: LS, line: WG}\n            receivers: {dimension: CostPurpose, values: [P1]}");

        assertOnly(errors(receivers), RATES + ".receivers", "it has no receivers");
    }

    @Test
    void shouldRefuseRatesWhenTheStepIsNotAnInternalCostAllocation() {
        String rates = STEPS.replace("moves: {lineStructure: LS, line: WG}",
                "moves: {lineStructure: LS, line: WG}\n            rates: {A: 1}");

        assertOnly(errors(rates), RATES + ".rates", "planned rates belong to internal cost allocations");
    }

    @Test
    void shouldRefuseACostRateCalculationWhenItsLineIsUnknown() {
        assertOnly(errors(STEPS.replace("line: WG", "line: XX")), RATES + ".moves.line", "unknown line of LS");
    }

    private static CompanySetup read(String steps) {
        return SetupParser.read("acme", List.of(file("a.yaml", COMPANY + CALENDAR + REST),
                file("x.yaml", CATEGORIES + steps)));
    }

    private static List<InputError> errors(String steps) {
        return errorsWith(CATEGORIES + steps);
    }

    private static void assertOnly(List<InputError> errors, String field, String reason) {
        assertThat(errors).as(errors.toString()).hasSize(1);
        assertThat(errors.get(0).field()).as(errors.toString()).isEqualTo(field);
        assertThat(errors.get(0).reason()).as(errors.toString()).contains(reason);
    }
}
