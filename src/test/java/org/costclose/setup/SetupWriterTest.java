package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.setup.SetupYaml.file;

import java.nio.file.Path;
import java.util.List;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.junit.jupiter.api.Test;

class SetupWriterTest {

    private static final String WITH_RANGES = """
            company: {id: acme, name: "Acme: Ltd. # 1", currency: EUR, minorUnit: 2}
            calendar: {type: monthly, from: 2026-01, to: 2026-12}
            postingLayers: [OPERATIONS, CURRENT]
            dimensions:
              - {name: CostCenter, role: costCenter, values: [{code: A, name: A, parent: ALL}, {code: ALL, name: "yes"}]}
              - {name: CostPurpose, role: costPurpose, values: [{code: P1, name: "Product 1"}]}
            costCategories:
              - {id: ENERGY, name: Energy, kind: primary, mapping: accountRanges, fixedShare: 33.33,
                 accountRanges: [{from: 620000, to: 620999}, {from: 610000, to: 610999}], transactionControl: [CostPurpose, CostCenter]}
              - {id: "007", name: "0.5", kind: primary, fixedShare: 100.00, blocked: true}
              - {id: Hours, name: Hours, kind: service, unit: h, creditDimension: CostCenter, debitDimension: CostPurpose}
            lineStructures:
              - id: S
                name: Statement
                lines:
                  - {id: L1, name: Energy, kind: category, sign: -1, ranges: [{from: E, to: F}], categories: [ENERGY]}
                  - {id: L2, name: Hours, kind: quantity, categories: [Hours]}
                  - {id: L3, name: Per hour, kind: calculation, formula: "(L1) / L2 * 2"}
            """;

    @Test
    void shouldReadBackTheSameModelAndHashWhenTheSteelSetupIsWritten() {
        CompanySetup steel = SetupParser.read("steel", SetupFolder.files(Path.of("config/companies/steel")));

        String yaml = SetupWriter.write(steel);
        CompanySetup again = SetupParser.read("steel", List.of(file("setup.yaml", yaml)));

        assertThat(again).isEqualTo(CanonicalSetup.of(steel));
        assertThat(SetupHash.of(again)).isEqualTo(SetupHash.of(steel));
        assertThat(yaml).contains("- id: 401100\n", "fixedShare: 100\n", "transactionControl: [CostCenter, CostPurpose]");
    }

    @Test
    void shouldReadBackTheSameModelWhenCategoriesHaveRangesBlockingAndTrickyText() {
        CompanySetup setup = SetupParser.read("acme", List.of(file("a.yaml", WITH_RANGES)));

        String yaml = SetupWriter.write(setup);
        CompanySetup again = SetupParser.read("acme", List.of(file("setup.yaml", yaml)));

        assertThat(again).isEqualTo(CanonicalSetup.of(setup));
        assertThat(SetupHash.of(again)).isEqualTo(SetupHash.of(setup));
        assertThat(again.category("007")).get().extracting(CostCategory::blocked, CostCategory::name)
                .containsExactly(true, "0.5");
        assertThat(again.company().name()).isEqualTo("Acme: Ltd. # 1");
        assertThat(yaml).contains("blocked: true").doesNotContain("blocked: false");
    }

    @Test
    void shouldChangeTheHashOnlyWhenACategoryIsBlocked() {
        CompanySetup setup = SetupParser.read("acme", List.of(file("a.yaml", WITH_RANGES.replace(", blocked: true", ""))));
        CompanySetup blocked = SetupParser.read("acme", List.of(file("a.yaml", WITH_RANGES)));
        CompanySetup explicitlyNot = SetupParser.read("acme", List.of(file("a.yaml",
                WITH_RANGES.replace("blocked: true", "blocked: false"))));

        assertThat(SetupHash.of(explicitlyNot)).isEqualTo(SetupHash.of(setup));
        assertThat(SetupHash.of(blocked)).isNotEqualTo(SetupHash.of(setup));
        assertThat(SetupHash.canonicalJson(setup)).doesNotContain("blocked");
    }
}
