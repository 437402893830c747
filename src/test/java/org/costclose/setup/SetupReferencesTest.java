package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.setup.SetupYaml.assertOnlyError;
import static org.costclose.setup.SetupYaml.errorsWith;

import java.util.List;
import org.costclose.shared.InputError;
import org.junit.jupiter.api.Test;

/** Checks across elements: unique ids, references that resolve, hierarchies and lines without loops. */
class SetupReferencesTest {

    private static final String LINES = """
            lineStructures:
              - id: LS
                name: Lines
                lines:
            """;

    @Test
    void shouldRejectADimensionWhenItsNameIsUsedTwice() {
        assertOnlyError(errorsWith("dimensions:\n  - {name: Department}\n"), "x.yaml", 2, "dimensions[0].name",
                "dimension Department is defined twice (first in a.yaml line 13)");
    }

    @Test
    void shouldRejectAValueWhenItsCodeIsUsedTwiceInTheDimension() {
        assertOnlyError(errorsWith("dimensions:\n  - name: Region\n    values:\n      - {code: N, name: N}\n"
                + "      - {code: N, name: North}\n"), "x.yaml", 5, "dimensions[0].values[1].code", "defined twice");
    }

    @Test
    void shouldRejectACategoryWhenItsIdIsUsedTwice() {
        assertOnlyError(errorsWith("costCategories:\n  - {id: Hours, name: H, kind: local}\n"), "x.yaml", 2,
                "costCategories[0].id", "cost category Hours is defined twice");
    }

    @Test
    void shouldRejectASourceWhenTheCategoryIsNoServiceCategory() {
        assertOnlyError(errorsWith("costCategories:\n  - {id: X1, name: X, kind: secondary, source: projectHours}\n"),
                "x.yaml", 2, "costCategories[0].source", "applies to service categories only");
    }

    @Test
    void shouldRejectASourceWhenAnotherCategoryAlreadyTakesIt() {
        assertOnlyError(errorsWith("costCategories:\n  - {id: S1, name: S, kind: service, unit: h, source: projectHours}\n"
                + "  - {id: S2, name: S, kind: service, unit: h, source: projectHours}\n"), "x.yaml", 3,
                "costCategories[1].source", "category S1 already takes the quantities of projectHours");
    }

    @Test
    void shouldRejectMoreThanEightDimensionsWhenThereAreEightSlots() {
        StringBuilder yaml = new StringBuilder("dimensions:\n");
        for (int index = 1; index <= 6; index++) {
            yaml.append("  - {name: D").append(index).append("}\n");
        }
        assertOnlyError(errorsWith(yaml.toString()), "x.yaml", 7, "dimensions[5]", "at most 8 financial dimensions");
    }

    @Test
    void shouldRejectAParentWhenItDoesNotExist() {
        assertOnlyError(errorsWith("dimensions:\n  - name: Region\n    values:\n      - {code: N, name: N, parent: ALL}\n"),
                "x.yaml", 4, "dimensions[0].values[0].parent", "parent value ALL does not exist in Region");
    }

    @Test
    void shouldNameTheMembersWhenTheHierarchyHasALoop() {
        List<InputError> errors = errorsWith("""
                dimensions:
                  - name: Region
                    values:
                      - {code: A, name: A, parent: C}
                      - {code: B, name: B, parent: A}
                      - {code: C, name: C, parent: B}
                      - {code: D, name: D, parent: C}
                """);

        assertOnlyError(errors, "x.yaml", 4, "dimensions[0].values[0].parent", "loop: A -> C -> B -> A");
    }

    @Test
    void shouldRejectAnInvalidRoleWhenTheWordIsUnknown() {
        assertOnlyError(errorsWith("dimensions:\n  - {name: Region, role: costcentre}\n"), "x.yaml", 2,
                "dimensions[0].role", "must be one of costCenter, costPurpose, other");
    }

    @Test
    void shouldRejectTransactionControlWhenItNamesAnUnknownOrUnusedDimension() {
        List<InputError> errors = errorsWith("""
                costCategories:
                  - id: L
                    name: Local
                    kind: local
                    transactionControl: [CostCenter, Region, Department]
                """);

        assertThat(errors).extracting(InputError::field, InputError::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("costCategories[0].transactionControl[1]", "Region"),
                org.assertj.core.groups.Tuple.tuple("costCategories[0].transactionControl[2]", "Department"));
        assertThat(errors.get(0).reason()).startsWith("unknown dimension");
        assertThat(errors.get(1).reason()).contains("not used by cost accounting");
    }

    @Test
    void shouldRejectACreditDimensionWhenCostAccountingDoesNotUseIt() {
        assertOnlyError(errorsWith("costCategories:\n  - {id: T, name: T, kind: service, unit: t,\n"
                + "     creditDimension: Department}\n"), "x.yaml", 3, "costCategories[0].creditDimension",
                "not used by cost accounting");
    }

    @Test
    void shouldRejectAPostingControlRuleWhenItNamesAnUnknownCategoryOrDimension() {
        List<InputError> errors = errorsWith("postingControl:\n  - {category: 999, dimension: CostCenter, skip: blank}\n"
                + "  - {category: \"600000\", dimension: Region, skip: blank}\n");

        assertThat(errors).extracting(InputError::row, InputError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "postingControl[0].category"),
                org.assertj.core.groups.Tuple.tuple(3L, "postingControl[1].dimension"));
    }

    @Test
    void shouldRejectAccountRangesWhenTwoCategoriesWouldTakeTheSameAccount() {
        assertOnlyError(errorsWith("costCategories:\n  - {id: P, name: P, kind: primary, mapping: accountRanges,\n"
                + "     accountRanges: [{from: 599000, to: 600999}]}\n"), "x.yaml", 3,
                "costCategories[0].accountRanges[0].from", "accounts 600000 map to 600000 as well");
    }

    @Test
    void shouldRejectALineStructureWhenItsIdOrALineIdIsUsedTwice() {
        List<InputError> errors = errorsWith(LINES + """
                      - {id: A, name: A, kind: category, categories: ["600000"]}
                      - {id: A, name: A again, kind: category, categories: ["600000"]}
                  - {id: LS, name: Again, lines: [{id: B, name: B, kind: total, lines: []}]}
                """);

        assertThat(errors).extracting(InputError::row, InputError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6L, "lineStructures[0].lines[1].id"),
                org.assertj.core.groups.Tuple.tuple(7L, "lineStructures[1].id"));
    }

    @Test
    void shouldRejectALineWhenItNamesAnUnknownCategory() {
        assertOnlyError(errorsWith(LINES + "      - {id: A, name: A, kind: category, categories: [\"600000\", 7]}\n"),
                "x.yaml", 5, "lineStructures[0].lines[0].categories[1]", "unknown cost category");
    }

    @Test
    void shouldRejectAQuantityLineWhenItSumsAnAmountCategory() {
        assertOnlyError(errorsWith(LINES + "      - {id: Q, name: Q, kind: quantity, categories: [\"600000\"]}\n"),
                "x.yaml", 5, "lineStructures[0].lines[0].categories[0]", "service categories only");
    }

    @Test
    void shouldRejectATotalLineWhenItRefersToAMissingLine() {
        assertOnlyError(errorsWith(LINES + "      - {id: A, name: A, kind: category, categories: [\"600000\"]}\n"
                + "      - {id: T, name: T, kind: total, lines: [A, B]}\n"), "x.yaml", 6,
                "lineStructures[0].lines[1].lines[1]", "unknown line; the lines of LS are A, T");
    }

    @Test
    void shouldNameTheCycleWhenTotalAndCalculationLinesDependOnEachOther() {
        List<InputError> errors = errorsWith(LINES + """
                      - {id: A, name: A, kind: category, categories: ["600000"]}
                      - {id: T, name: T, kind: total, lines: [A, C]}
                      - {id: C, name: C, kind: calculation, formula: T * 2}
                """);

        assertOnlyError(errors, "x.yaml", 6, "lineStructures[0].lines[1].lines", "cycle: T -> C -> T");
    }

    @Test
    void shouldRejectAFormulaWhenItRefersToAnUnknownLine() {
        assertOnlyError(errorsWith(LINES + "      - {id: C, name: C, kind: calculation, formula: X / 2}\n"),
                "x.yaml", 5, "lineStructures[0].lines[0].formula", "unknown line");
    }

    @Test
    void shouldRejectAFormulaWhenItCannotBeParsed() {
        assertOnlyError(errorsWith(LINES + "      - {id: C, name: C, kind: calculation, formula: \"(A + \"}\n"),
                "x.yaml", 5, "lineStructures[0].lines[0].formula", "cannot read the formula: unexpected end");
    }

    @Test
    void shouldRejectAKeyWhenItDoesNotApplyToTheKindOfLine() {
        assertOnlyError(errorsWith(LINES + "      - {id: T, name: T, kind: total, lines: [T2], formula: 1}\n"
                + "      - {id: T2, name: T2, kind: quantity, categories: [Hours]}\n"),
                "x.yaml", 5, "lineStructures[0].lines[0].formula", "does not apply to a total line");
    }

    @Test
    void shouldNotReportReferencesAgainWhenTheReferencedElementWasRefused() {
        List<InputError> errors = errorsWith("""
                dimensions:
                  - {name: Region, role: regional}
                costCategories:
                  - {id: X, name: X, kind: local, fixedShare: 300}
                  - {id: Y, name: Y, kind: local, transactionControl: [Region]}
                """ + LINES + """
                      - {id: A, name: A, kind: category, categories: [X]}
                      - {id: T, name: T, kind: total, lines: [A, B]}
                      - {id: B, name: B, kind: totl, lines: [A]}
                """);

        assertThat(errors).extracting(InputError::field).containsExactly("dimensions[0].role",
                "costCategories[0].fixedShare", "lineStructures[0].lines[2].kind");
    }
}
