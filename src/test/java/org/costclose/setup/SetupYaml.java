package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;

/** A small valid setup to vary in tests, and helpers to read it. */
final class SetupYaml {

    static final String COMPANY = """
            company: {id: acme, name: Acme, currency: EUR, minorUnit: 2}
            """;
    static final String CALENDAR = """
            calendar: {type: monthly, from: 2026-01, to: 2026-12}
            """;
    static final String REST = """
            postingLayers: [CURRENT]
            dimensions:
              - name: CostCenter
                role: costCenter
                values:
                  - {code: ALL, name: All}
                  - {code: A, name: A, parent: ALL}
              - name: CostPurpose
                role: costPurpose
                values: [{code: P1, name: Product 1}]
              - name: Department
                values: [{code: D1, name: D1}]
            costCategories:
              - {id: "600000", name: Wages, kind: primary, fixedShare: 100, transactionControl: [CostCenter]}
              - {id: Hours, name: Hours, kind: service, unit: h, creditDimension: CostCenter, debitDimension: CostPurpose}
            """;

    private SetupYaml() {
    }

    /** The base setup, as one file, for another company. */
    static String forCompany(String companyId) {
        return COMPANY.replace("id: acme", "id: " + companyId) + CALENDAR + REST;
    }

    static SetupFile file(String name, String content) {
        return new SetupFile(name, content);
    }

    /** The base setup in a.yaml plus the given snippet in x.yaml. */
    static List<InputError> errorsWith(String snippet) {
        return errors(file("a.yaml", COMPANY + CALENDAR + REST), file("x.yaml", snippet));
    }

    static List<InputError> errors(SetupFile... files) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
                () -> SetupParser.read("acme", List.of(files)));
        assertThat(thrown).as("the setup should have been refused").isNotNull();
        assertThat(thrown.getBody().getTitle()).isEqualTo("Company setup has errors");
        return thrown.errors();
    }

    /** Asserts exactly one error, at the file, line and field, whose reason contains the text. */
    static void assertOnlyError(List<InputError> errors, String file, long line, String field, String reason) {
        assertThat(errors).as(errors.toString()).hasSize(1);
        assertError(errors.get(0), file, line, field, reason);
    }

    static void assertError(InputError error, String file, long line, String field, String reason) {
        assertThat(error.file()).as(error.toString()).isEqualTo(file);
        assertThat(error.row()).as(error.toString()).isEqualTo(line);
        assertThat(error.field()).as(error.toString()).isEqualTo(field);
        assertThat(error.reason()).as(error.toString()).contains(reason);
    }
}
