package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.costclose.setup.SetupYaml.file;
import static org.costclose.setup.SetupYaml.forCompany;

import java.util.List;
import org.costclose.shared.InvalidInputException;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Dimension slots are kept forever, and values imported from the ERP are never touched by a setup. */
@DatabaseTest
class SetupDimensionSlotTest {

    private static final String DEPARTMENT = "  - name: Department\n    values: [{code: D1, name: D1}]\n";
    private static final String REGION = "  - name: Region\n    values: [{code: N, name: North}]\n";

    @Autowired SetupService service;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldKeepSlotsWhenADimensionIsRemovedAndAnotherAdded() {
        String yaml = forCompany("slot-keep");
        service.load("slot-keep", List.of(file("s.yaml", yaml)), "test");
        jdbc.update("INSERT INTO dimension_value (company_id, dimension_name, value_code, name, source)"
                + " VALUES ('slot-keep', 'Department', 'ERP1', 'From the ERP', 'IMPORT')");
        jdbc.update("INSERT INTO dimension_value (company_id, dimension_name, value_code, name, source)"
                + " VALUES ('slot-keep', 'CostCenter', 'ERP2', 'From the ERP', 'IMPORT')");

        service.load("slot-keep", List.of(file("s.yaml", yaml.replace(DEPARTMENT, REGION)
                .replace("{code: A, name: A, parent: ALL}", "{code: ERP2, name: Renamed by setup}"))), "test");

        assertThat(jdbc.queryForList("SELECT dimension_name || ':' || slot || ':' || in_setup || ':' || COALESCE(role, '-')"
                + " FROM financial_dimension WHERE company_id = 'slot-keep' ORDER BY slot", String.class))
                .containsExactly("CostCenter:1:Y:COST_CENTER", "CostPurpose:2:Y:COST_PURPOSE", "Department:3:N:-",
                        "Region:4:Y:-");
        assertThat(jdbc.queryForList("SELECT dimension_name || '/' || value_code || '/' || name || '/' || source"
                + " FROM dimension_value WHERE company_id = 'slot-keep' ORDER BY dimension_name, value_code", String.class))
                .containsExactly("CostCenter/ALL/All/SETUP", "CostCenter/ERP2/From the ERP/IMPORT",
                        "CostPurpose/P1/Product 1/SETUP", "Department/ERP1/From the ERP/IMPORT", "Region/N/North/SETUP");
    }

    @Test
    void shouldRefuseANewDimensionWhenEverySlotIsKeptAndChangeNothing() {
        StringBuilder eight = new StringBuilder();
        for (int index = 1; index <= 5; index++) {
            eight.append("  - name: D").append(index).append('\n');
        }
        String yaml = forCompany("slot-full").replace(DEPARTMENT, DEPARTMENT + eight);
        service.load("slot-full", List.of(file("s.yaml", yaml)), "first");

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> service.load(
                "slot-full", List.of(file("s.yaml", yaml.replace("name: D5", "name: D6"))), "second"));

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.value()).isEqualTo("D6");
            assertThat(error.reason()).startsWith("no free dimension slot");
        });
        assertThat(service.history("slot-full")).extracting(SetupVersionSummary::source).containsExactly("first");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM financial_dimension WHERE company_id = 'slot-full'"
                + " AND in_setup = 'Y'", Integer.class)).isEqualTo(8);
    }
}
