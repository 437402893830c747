package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.setup.SetupYaml.CALENDAR;
import static org.costclose.setup.SetupYaml.COMPANY;
import static org.costclose.setup.SetupYaml.REST;
import static org.costclose.setup.SetupYaml.errorsWith;
import static org.costclose.setup.SetupYaml.file;

import java.util.List;
import java.util.Map;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.VersionPeriods;
import org.costclose.shared.InputError;
import org.junit.jupiter.api.Test;

/** Where versions take their input from and when they run: read, written back, and every problem named. */
class VersionSourcesSetupTest {

    private static final String CATEGORIES = """
            costCategories:
              - {id: CC-CP, name: Allocated, kind: secondary, transactionControl: [CostCenter, CostPurpose]}
            """;
    private static final String VERSIONS = """
            calculationVersions:
              - id: ACTUAL
                name: Actual
                kind: actual
              - id: PLAN
                name: Plan
                kind: budget
                budgetModel: B2026
                exportAccounts: {CC-CP: "600000"}
              - id: SIM
                name: What if
                kind: simulation
                basedOn: PLAN
                periods: {from: 2026-03, to: 2026-06}
            """;

    @Test
    void shouldReadModelBasisPeriodsAndExportAccountsWhenTheVersionsNameThem() {
        CompanySetup setup = read(VERSIONS);

        CalculationVersion plan = version(setup, "PLAN");
        CalculationVersion sim = version(setup, "SIM");
        assertThat(plan.budgetModel()).isEqualTo("B2026");
        assertThat(plan.exportAccounts()).isEqualTo(Map.of("CC-CP", "600000"));
        assertThat(sim.basedOn()).isEqualTo("PLAN");
        assertThat(sim.periods()).isEqualTo(new VersionPeriods("2026-03", "2026-06"));
        assertThat(sim.runsIn("2026-03")).isTrue();
        assertThat(sim.runsIn("2026-07")).isFalse();
        assertThat(version(setup, "ACTUAL").runsIn("2026-12")).isTrue();
    }

    @Test
    void shouldWriteAndReadBackTheSameVersionsWhenTheSetupIsWrittenAsYaml() {
        CompanySetup setup = read(VERSIONS);

        CompanySetup again = SetupParser.read("acme", List.of(file("setup.yaml", SetupWriter.write(setup))));

        assertThat(again.calculationVersions()).isEqualTo(setup.calculationVersions());
    }

    @Test
    void shouldKeepTheHashOfAVersionWhenItNamesNoSource() {
        String plain = "calculationVersions:\n  - {id: ACTUAL, name: Actual, kind: actual}\n";

        assertThat(SetupHash.canonicalJson(read(plain))).doesNotContain("budgetModel", "basedOn", "periods",
                "exportAccounts");
    }

    @Test
    void shouldRefuseABudgetVersionWhenItNamesNoBudgetModel() {
        assertOnly(errors(VERSIONS.replace("    budgetModel: B2026\n", "")), "calculationVersions[1].budgetModel",
                "a budget version needs a budgetModel");
    }

    @Test
    void shouldRefuseAnActualVersionWhenItNamesABudgetModel() {
        assertOnly(errors(VERSIONS.replace("kind: actual\n", "kind: actual\n    budgetModel: B2026\n")),
                "calculationVersions[0].budgetModel", "an actual version takes the ledger's cost transactions");
    }

    @Test
    void shouldRefuseASimulationWhenItNamesNoBasis() {
        assertOnly(errors(VERSIONS.replace("    basedOn: PLAN\n", "")), "calculationVersions[2].basedOn",
                "a simulation needs basedOn");
    }

    @Test
    void shouldRefuseASimulationWhenItIsBasedOnAnUnknownVersion() {
        assertOnly(errors(VERSIONS.replace("basedOn: PLAN", "basedOn: NOPE")), "calculationVersions[2].basedOn",
                "unknown calculation version");
    }

    @Test
    void shouldRefuseASimulationWhenItIsBasedOnItself() {
        assertOnly(errors(VERSIONS.replace("basedOn: PLAN", "basedOn: SIM")), "calculationVersions[2].basedOn",
                "cannot be based on itself");
    }

    @Test
    void shouldNameTheLoopWhenSimulationsAreBasedOnEachOther() {
        String loop = VERSIONS.replace("basedOn: PLAN", "basedOn: SIM2") + """
                  - id: SIM2
                    name: What if, too
                    kind: simulation
                    basedOn: SIM
                """;

        List<InputError> errors = errors(loop);

        assertThat(errors).hasSize(2).allSatisfy(error -> assertThat(error.reason()).contains("in a loop"));
        assertThat(errors.get(0).field()).isEqualTo("calculationVersions[2].basedOn");
        assertThat(errors.get(0).reason()).contains("SIM → SIM2 → SIM");
    }

    @Test
    void shouldRefuseABasisWhenTheVersionIsNoSimulation() {
        assertOnly(errors(VERSIONS.replace("budgetModel: B2026", "budgetModel: B2026\n    basedOn: ACTUAL")),
                "calculationVersions[1].basedOn", "only a simulation is based on another version");
    }

    @Test
    void shouldRefusePeriodsWhenTheyAreOutsideTheCalendar() {
        assertOnly(errors(VERSIONS.replace("to: 2026-06", "to: 2027-06")), "calculationVersions[2].periods.to",
                "not a period of the company's fiscal calendar");
    }

    @Test
    void shouldRefusePeriodsWhenTheyEndBeforeTheyStart() {
        assertOnly(errors(VERSIONS.replace("from: 2026-03", "from: 2026-09")), "calculationVersions[2].periods.to",
                "end before they start");
    }

    @Test
    void shouldRefuseExportAccountsWhenTheVersionIsNoBudget() {
        assertOnly(errors(VERSIONS.replace("basedOn: PLAN", "basedOn: PLAN\n    exportAccounts: {CC-CP: \"600000\"}")),
                "calculationVersions[2].exportAccounts", "export accounts belong to budget versions");
    }

    @Test
    void shouldRefuseAnExportAccountWhenItsCategoryIsUnknown() {
        assertOnly(errors(VERSIONS.replace("{CC-CP: \"600000\"}", "{XX: \"600000\"}")),
                "calculationVersions[1].exportAccounts.XX", "unknown cost category");
    }

    @Test
    void shouldRefuseAnExportAccountWhenItsCategoryCarriesQuantities() {
        assertOnly(errors(VERSIONS.replace("{CC-CP: \"600000\"}", "{Hours: \"600000\"}")),
                "calculationVersions[1].exportAccounts.Hours", "a service category carries quantities");
    }

    private static CompanySetup read(String versions) {
        return SetupParser.read("acme", List.of(file("a.yaml", COMPANY + CALENDAR + REST),
                file("x.yaml", CATEGORIES + versions)));
    }

    private static CalculationVersion version(CompanySetup setup, String id) {
        return setup.calculationVersions().stream().filter(version -> version.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static List<InputError> errors(String versions) {
        return errorsWith(CATEGORIES + versions);
    }

    private static void assertOnly(List<InputError> errors, String field, String reason) {
        assertThat(errors).as(errors.toString()).hasSize(1);
        assertThat(errors.get(0).file()).isEqualTo("x.yaml");
        assertThat(errors.get(0).field()).as(errors.toString()).isEqualTo(field);
        assertThat(errors.get(0).reason()).as(errors.toString()).contains(reason);
    }
}
