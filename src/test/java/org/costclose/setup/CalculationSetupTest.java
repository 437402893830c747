package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.setup.SetupYaml.CALENDAR;
import static org.costclose.setup.SetupYaml.COMPANY;
import static org.costclose.setup.SetupYaml.REST;
import static org.costclose.setup.SetupYaml.errorsWith;
import static org.costclose.setup.SetupYaml.file;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.costclose.setup.model.BasisKind;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CycleMethod;
import org.costclose.setup.model.StepKind;
import org.costclose.shared.InputError;
import org.junit.jupiter.api.Test;

/** Calculation versions in the setup: steps, rules and bases read, and every problem named where it is. */
class CalculationSetupTest {

    /** secondary categories and a line structure beside SetupYaml's base setup */
    static final String CATEGORIES = """
            costCategories:
              - {id: CC-CP, name: Allocated, kind: secondary, transactionControl: [CostCenter, CostPurpose]}
              - {id: Area, name: Area m2, kind: service, unit: m2, transactionControl: [CostPurpose]}
            lineStructures:
              - id: LS
                name: Statement
                lines:
                  - {id: WG, name: Wages, kind: category, categories: ["600000", CC-CP]}
                  - {id: HR, name: Hours, kind: quantity, categories: [Hours]}
                  - {id: PH, name: Per hour, kind: calculation, formula: WG / HR}
            """;
    static final String RULE = """
            calculationVersions:
              - id: ACTUAL
                name: Actual
                kind: actual
                steps:
                  - id: S1
                    name: Step
                    kind: allocation
                    rules:
                      - senders: {dimension: CostCenter, nodes: [ALL]}
                        moves: {categories: ["600000"]}
                        receivers: {dimension: CostPurpose, values: [P1]}
                        basis: {percentages: {P1: 100}}
                        allocationCategory: CC-CP
                        offsetCategory: CC-CP
            """;

    @Test
    void shouldReadTheSteelVersionsStepsRulesAndBasesWhenTheDemoCompanyIsRead() {
        CompanySetup steel = SetupParser.read("steel", SetupFolder.files(Path.of("config/companies/steel")));

        CalculationVersion actual = steel.calculationVersions().get(0);
        assertThat(actual.cycleMethod()).isEqualTo(CycleMethod.RECIPROCAL);
        assertThat(actual.steps()).extracting(step -> step.id()).containsExactly("WAGES", "SINTER", "SLAG");
        assertThat(actual.steps().get(0).kind()).isEqualTo(StepKind.ALLOCATION);
        assertThat(actual.steps().get(0).rules().get(1).basis().weights()).containsEntry("Iron", new BigDecimal("100"));
        var sinter = actual.steps().get(1).rules().get(0);
        assertThat(sinter.moves().categories()).containsExactly("500111", "500101");
        assertThat(sinter.basis().kind()).isEqualTo(BasisKind.LINE_BALANCE);
        assertThat(sinter.basis().line()).isEqualTo("3_TO");
        assertThat(sinter.allocationCategory()).isEqualTo("CP-CPrm");
    }

    @Test
    void shouldWriteAndReadBackTheSameVersionWhenTheSetupIsWrittenAsYaml() {
        CompanySetup setup = SetupParser.read("acme", List.of(file("a.yaml", COMPANY + CALENDAR + REST),
                file("x.yaml", CATEGORIES + RULE.replace("kind: actual", "kind: actual\n    cycleMethod: stepDown"))));

        CompanySetup again = SetupParser.read("acme", List.of(file("setup.yaml", SetupWriter.write(setup))));

        assertThat(again.calculationVersions()).isEqualTo(setup.calculationVersions());
        assertThat(again.calculationVersions().get(0).cycleMethod()).isEqualTo(CycleMethod.STEP_DOWN);
    }

    @Test
    void shouldRefuseADistributionWhenItMovesCostToAnotherDimension() {
        String distribution = RULE.replace("kind: allocation", "kind: distribution")
                .replaceAll(" *(allocation|offset)Category: CC-CP\n", "");

        assertOnly(errors(distribution), "calculationVersions[0].steps[0].rules[0].receivers.dimension",
                "a distribution moves cost within one dimension");
    }

    @Test
    void shouldRefuseAnAllocationWhenItNamesNoAllocationCategory() {
        String without = RULE.replaceAll(" *allocationCategory: CC-CP\n", "");

        assertOnly(errors(without), "calculationVersions[0].steps[0].rules[0]", "needs an allocationCategory");
    }

    @Test
    void shouldRefusePercentagesWhenTheyDoNotAddUpToOneHundred() {
        assertOnly(errors(RULE.replace("{P1: 100}", "{P1: 90}")), "calculationVersions[0].steps[0].rules[0].basis.percentages",
                "must add up to 100");
    }

    @Test
    void shouldRefuseABasisWhenItWeighsAValueOutsideTheReceivers() {
        String outside = RULE.replace("{P1: 100}", "{P1: 50, A: 50}");

        assertOnly(errors(outside), "calculationVersions[0].steps[0].rules[0].basis.percentages.A",
                "unknown value of CostPurpose");
    }

    @Test
    void shouldRefuseASenderWhenTheValueIsUnknownToTheDimension() {
        assertOnly(errors(RULE.replace("nodes: [ALL]", "values: [NOPE]")),
                "calculationVersions[0].steps[0].rules[0].senders.values[0]", "unknown value of CostCenter");
    }

    @Test
    void shouldRefuseALineBasisWhenTheLineDoesNotExist() {
        String line = RULE.replace("{percentages: {P1: 100}}", "{lineStructure: LS, line: XX}");

        assertOnly(errors(line), "calculationVersions[0].steps[0].rules[0].basis.line", "unknown line of LS");
    }

    @Test
    void shouldRefuseACalculationLineWhenItIsUsedAsBasis() {
        String line = RULE.replace("{percentages: {P1: 100}}", "{lineStructure: LS, line: PH}");

        assertOnly(errors(line), "calculationVersions[0].steps[0].rules[0].basis.line", "a calculation line is a ratio");
    }

    @Test
    void shouldRefuseARuleWhenItsCategoriesNeverPostOnTheSenders() {
        String never = RULE.replace("{dimension: CostCenter, nodes: [ALL]}", "{dimension: CostPurpose, values: [P1]}")
                .replace("{dimension: CostPurpose, values: [P1]}\n", "{dimension: CostPurpose, values: [P1]}\n");

        assertThat(errors(never)).anySatisfy(error -> {
            assertThat(error.field()).isEqualTo("calculationVersions[0].steps[0].rules[0].moves");
            assertThat(error.reason()).contains("none of these categories posts into CostPurpose");
        });
    }

    @Test
    void shouldRefuseAServiceBasisWhenTheCategoryRecordsAnotherDirection() {
        String reversed = RULE.replace("{percentages: {P1: 100}}", "{serviceCategory: Area}");

        assertOnly(errors(reversed), "calculationVersions[0].steps[0].rules[0].basis.serviceCategory",
                "records quantities from null to null");
    }

    @Test
    void shouldRefuseAPrimaryCategoryWhenItIsUsedAsAllocationCategory() {
        String primary = RULE.replace("allocationCategory: CC-CP", "allocationCategory: \"600000\"");

        assertOnly(errors(primary), "calculationVersions[0].steps[0].rules[0].allocationCategory",
                "not by a primary one");
    }

    @Test
    void shouldRefuseABasisWhenItIsGivenTwice() {
        String two = RULE.replace("{percentages: {P1: 100}}", "{percentages: {P1: 100}, statistic: Area}");

        assertOnly(errors(two), "calculationVersions[0].steps[0].rules[0].basis", "a basis is one of");
    }

    @Test
    void shouldRefuseAStepWhenItHasNoRules() {
        String empty = RULE.substring(0, RULE.indexOf("        rules:")) + "        rules: []\n";

        assertOnly(errors(empty), "calculationVersions[0].steps[0]", "a step needs at least one rule");
    }

    private static List<InputError> errors(String version) {
        return errorsWith(CATEGORIES + version);
    }

    private static void assertOnly(List<InputError> errors, String field, String reason) {
        assertThat(errors).as(errors.toString()).hasSize(1);
        assertThat(errors.get(0).file()).isEqualTo("x.yaml");
        assertThat(errors.get(0).field()).as(errors.toString()).isEqualTo(field);
        assertThat(errors.get(0).reason()).as(errors.toString()).contains(reason);
    }
}
