package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.setup.SetupYaml.CALENDAR;
import static org.costclose.setup.SetupYaml.COMPANY;
import static org.costclose.setup.SetupYaml.REST;
import static org.costclose.setup.SetupYaml.assertError;
import static org.costclose.setup.SetupYaml.assertOnlyError;
import static org.costclose.setup.SetupYaml.errors;
import static org.costclose.setup.SetupYaml.errorsWith;
import static org.costclose.setup.SetupYaml.file;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.DimensionRole;
import org.costclose.shared.InputError;
import org.junit.jupiter.api.Test;

class SetupParserTest {

    @Test
    void shouldReadTheSteelCompanyWhenItsSetupIsSplitAcrossFiles() {
        CompanySetup steel = SetupParser.read("steel", SetupFolder.files(Path.of("config/companies/steel")));

        assertThat(steel.company().currency()).isEqualTo("USD");
        assertThat(steel.calendar().periods()).hasSize(24).first().extracting(p -> p.id()).isEqualTo("2026-01");
        assertThat(steel.dimensions()).extracting(d -> d.name()).containsExactly("CostCenter", "CostPurpose", "Department");
        assertThat(steel.dimension("Department").orElseThrow().role()).isNull();
        assertThat(steel.dimension("CostCenter").orElseThrow().role()).isEqualTo(DimensionRole.COST_CENTER);
        assertThat(steel.category("600250").orElseThrow().fixedShare()).isEqualTo(new BigDecimal("100.00"));
        assertThat(steel.category("MachineHours").orElseThrow().creditDimension()).isEqualTo("CostCenter");
        assertThat(steel.lineStructure("STEEL").orElseThrow().line("3_TT").orElseThrow().formula()).isEqualTo("3_TC / 3_TO");
        assertThat(steel.resources()).hasSize(2);
        assertThat(steel.postingControl()).hasSize(4);
        assertThat(steel.calculationVersions()).singleElement().extracting(v -> v.id()).isEqualTo("ACTUAL");
    }

    @Test
    void shouldConcatenateListSectionsInFileNameOrderWhenSplitAcrossFiles() {
        CompanySetup setup = SetupParser.read("acme", List.of(
                file("b.yaml", "costCategories: [{id: LOC, name: Local, kind: local}]"),
                file("a.yaml", COMPANY + CALENDAR + REST)));

        assertThat(setup.costCategories()).extracting(c -> c.id()).containsExactly("600000", "Hours", "LOC");
    }

    @Test
    void shouldAcceptASingleSectionTwiceWhenBothDefinitionsAreEqual() {
        CompanySetup setup = SetupParser.read("acme", List.of(file("a.yaml", COMPANY + CALENDAR + REST),
                file("b.yaml", "company:\n  id: acme\n  name: Acme\n  currency: EUR\n  minorUnit: 2\n")));

        assertThat(setup.company().name()).isEqualTo("Acme");
    }

    @Test
    void shouldNameBothFilesWhenASingleSectionIsDefinedDifferently() {
        List<InputError> errors = errorsWith("# other\ncompany: {id: acme, name: Other, currency: EUR, minorUnit: 2}\n");

        assertOnlyError(errors, "x.yaml", 2, "company", "defined differently in a.yaml (line 1) and x.yaml (line 2)");
    }

    @Test
    void shouldRejectAnUnknownSectionWhenOneIsMisspelt() {
        assertOnlyError(errorsWith("\nlineStructure: []\n"), "x.yaml", 2, "lineStructure", "unknown section");
    }

    @Test
    void shouldReportAMissingKeyWhenACategoryHasNoName() {
        assertOnlyError(errorsWith("costCategories:\n  - {id: X, kind: local}\n"), "x.yaml", 2,
                "costCategories[0].name", "missing key 'name'");
    }

    @Test
    void shouldReportAMissingSectionWhenNoFileHasIt() {
        List<InputError> errors = errors(file("a.yaml", COMPANY + REST));

        assertOnlyError(errors, "a.yaml", 1, "calendar", "missing section 'calendar'");
    }

    @Test
    void shouldReportWrongTypesWhenAValueHasTheWrongShape() {
        List<InputError> errors = errorsWith("""
                costCategories:
                  - {id: X, name: X, kind: local, fixedShare: abc}
                  - {id: Y, name: [Y], kind: local}
                resources: BF
                """);

        assertThat(errors).hasSize(3);
        assertError(errors.get(0), "x.yaml", 2, "costCategories[0].fixedShare", "must be a number");
        assertError(errors.get(1), "x.yaml", 3, "costCategories[1].name", "must be a single value, not a list");
        assertError(errors.get(2), "x.yaml", 4, "resources", "must be a list");
    }

    @Test
    void shouldRejectAFixedShareWhenOutsideZeroToHundredOrWithThreeDecimals() {
        List<InputError> errors = errorsWith("""
                costCategories:
                  - {id: X, name: X, kind: local, fixedShare: 100.01}
                  - {id: Y, name: Y, kind: local, fixedShare: -1}
                  - {id: Z, name: Z, kind: local, fixedShare: 12.345}
                """);

        assertThat(errors).extracting(InputError::field).containsExactly("costCategories[0].fixedShare",
                "costCategories[1].fixedShare", "costCategories[2].fixedShare");
        assertThat(errors).allSatisfy(error -> assertThat(error.reason()).contains("0 to 100"));
    }

    @Test
    void shouldRejectAServiceCategoryWhenItHasNoUnit() {
        assertOnlyError(errorsWith("costCategories:\n  - {id: KWH, name: Energy, kind: service}\n"), "x.yaml", 2,
                "costCategories[0].unit", "needs a unit");
    }

    @Test
    void shouldRejectAnUnknownCurrencyWhenTheCodeIsNotIso() {
        List<InputError> errors = errors(file("a.yaml", CALENDAR + REST),
                file("c.yaml", "company:\n  id: acme\n  name: Acme\n  currency: XYZ\n  minorUnit: 2\n"));

        assertOnlyError(errors, "c.yaml", 4, "company.currency", "unknown currency");
    }

    @Test
    void shouldRejectTheMinorUnitWhenItDiffersFromTheCurrencys() {
        List<InputError> errors = errors(file("a.yaml", CALENDAR + REST),
                file("c.yaml", "company: {id: acme, name: Acme, currency: JPY, minorUnit: 2}\n"));

        assertOnlyError(errors, "c.yaml", 1, "company.minorUnit", "the minor unit of JPY is 0");
    }

    @Test
    void shouldRejectTheSetupWhenItsCompanyIdIsNotTheRequestedCompany() {
        List<InputError> errors = errors(file("a.yaml", CALENDAR + REST),
                file("c.yaml", "company: {id: other, name: Acme, currency: EUR, minorUnit: 2}\n"));

        assertOnlyError(errors, "c.yaml", 1, "company.id", "not acme");
    }

    @Test
    void shouldRejectTheCalendarWhenItEndsBeforeItStarts() {
        List<InputError> errors = errors(file("a.yaml", COMPANY + REST),
                file("c.yaml", "calendar:\n  type: monthly\n  from: 2027-01\n  to: 2026-12\n"));

        assertOnlyError(errors, "c.yaml", 4, "calendar.to", "ends before it starts");
    }

    @Test
    void shouldRejectAMonthWhenItIsNotWrittenYearDashMonth() {
        List<InputError> errors = errors(file("a.yaml", COMPANY + REST),
                file("c.yaml", "calendar: {type: weekly, from: 2026-13, to: 2026-12}\n"));

        assertThat(errors).extracting(InputError::field).containsExactly("calendar.type", "calendar.from");
    }

    @Test
    void shouldReportSyntaxErrorsWithTheirLineWhenTheYamlIsBroken() {
        List<InputError> errors = errorsWith("costCategories:\n  - {id: X, name: X\n  - kind: local\n");

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("x.yaml");
            assertThat(error.reason()).startsWith("not valid YAML");
            assertThat(error.row()).isGreaterThan(1);
        });
    }

    @Test
    void shouldReportEveryProblemAtOnceWhenThereAreSeveral() {
        List<InputError> errors = errorsWith("""
                costCategories:
                  - {id: X, name: X, kind: local, fixedShare: 101}
                  - {id: Wages, name: W, kind: secondary, transactionControl: [Nowhere]}
                  - {id: E, name: E, kind: service}
                resources:
                  - {id: R1, category: Missing, hours: 3}
                """);

        assertThat(errors).extracting(InputError::row, InputError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "costCategories[0].fixedShare"),
                org.assertj.core.groups.Tuple.tuple(3L, "costCategories[1].transactionControl[0]"),
                org.assertj.core.groups.Tuple.tuple(4L, "costCategories[2].unit"),
                org.assertj.core.groups.Tuple.tuple(6L, "resources[0].hours"),
                org.assertj.core.groups.Tuple.tuple(6L, "resources[0].category"));
    }

    @Test
    void shouldRefuseABlockedFlagWhenItIsNeitherTrueNorFalse() {
        List<InputError> errors = errorsWith("""
                costCategories:
                  - {id: "700000", name: Other, kind: primary, blocked: maybe}
                """);

        assertOnlyError(errors, "x.yaml", 2, "costCategories[0].blocked", "must be true or false");
    }
}
