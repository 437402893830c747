package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.setup.SetupYaml.CALENDAR;
import static org.costclose.setup.SetupYaml.COMPANY;
import static org.costclose.setup.SetupYaml.REST;
import static org.costclose.setup.SetupYaml.file;

import java.nio.file.Path;
import java.util.List;
import org.costclose.setup.model.CompanySetup;
import org.junit.jupiter.api.Test;

class SetupHashTest {

    private static final String REFORMATTED_REST = """
            dimensions:
              - name: Department
                values:
                  - code: D1
                    name: D1
              - {name: CostPurpose, role: costPurpose, values: [{code: P1, name: Product 1}]}
              - name: CostCenter
                role: costCenter
                values: [{code: A, name: A, parent: ALL}, {code: ALL, name: All}]
            """;
    private static final String REFORMATTED_CATEGORIES = """
            postingLayers:
              - CURRENT
            costCategories:
              - {id: Hours, name: Hours, kind: service, unit: h, creditDimension: CostCenter, debitDimension: CostPurpose}
              - id: 600000
                name: Wages
                kind: primary
                mapping: identicalWithAccount
                fixedShare: 100.00
                transactionControl: [CostCenter]
            """;

    @Test
    void shouldGiveTheSameHashWhenTheSetupIsReformattedAndSplitDifferently() {
        CompanySetup oneFile = SetupParser.read("acme", List.of(file("all.yaml", COMPANY + CALENDAR + REST)));
        CompanySetup split = SetupParser.read("acme", List.of(file("1.yaml", CALENDAR + REFORMATTED_REST),
                file("2.yaml", REFORMATTED_CATEGORIES), file("3.yaml", COMPANY)));

        assertThat(SetupHash.of(split)).isEqualTo(SetupHash.of(oneFile)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldGiveAnotherHashWhenAValueChanges() {
        CompanySetup base = SetupParser.read("acme", List.of(file("a.yaml", COMPANY + CALENDAR + REST)));
        CompanySetup changed = SetupParser.read("acme", List.of(file("a.yaml",
                COMPANY + CALENDAR + REST.replace("fixedShare: 100", "fixedShare: 99.5"))));

        assertThat(SetupHash.of(changed)).isNotEqualTo(SetupHash.of(base));
    }

    @Test
    void shouldWriteSortedKeysAndYamlWordsWhenMakingTheCanonicalJson() {
        CompanySetup setup = SetupParser.read("acme", List.of(file("a.yaml", COMPANY + CALENDAR + REST)));

        String json = SetupHash.canonicalJson(setup);

        assertThat(json).startsWith("{\"calculationVersions\":[],\"calendar\":{\"from\":\"2026-01\",\"to\":\"2026-12\",\"type\":\"monthly\"}");
        assertThat(json).contains("\"role\":\"costCenter\"", "\"fixedShare\":100.00").doesNotContain("\"service\":", "usedByCostAccounting");
    }

    @Test
    void shouldReadTheSameSetupBackWhenStoredContentIsSplitIntoItsFiles() {
        List<SetupFile> files = SetupFolder.files(Path.of("config/companies/steel"));
        String content = SetupContent.join(files);

        assertThat(content).startsWith("# file: categories.yaml\n").contains("\n# file: line-structures.yaml\n");
        assertThat(SetupContent.split(content)).isEqualTo(files);
        assertThat(SetupParser.read("steel", SetupContent.split(content))).isEqualTo(SetupParser.read("steel", files));
        assertThat(SetupContent.split("company: {}\n")).containsExactly(file("setup.yaml", "company: {}\n"));
    }
}
