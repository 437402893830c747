package org.costclose.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.costclose.setup.SetupYaml.file;
import static org.costclose.setup.SetupYaml.forCompany;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.costclose.setup.model.CompanySetup;
import org.costclose.shared.InvalidInputException;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each test uses its own company: the tests commit, and the Spring context (and database) is shared. */
@DatabaseTest
class SetupServiceTest {

    @Autowired SetupService service;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldStoreTheVersionAndProjectionWhenTheSteelFolderIsLoaded() {
        // the demo test may have loaded steel already: then this load is a no-op on the same version
        SetupLoadResult result = service.loadFolder(Path.of("config/companies/steel"));

        Map<String, Object> version = jdbc.queryForMap("SELECT * FROM setup_version WHERE setup_id = ?", result.setupId());
        assertThat(version.get("company_id")).isEqualTo("steel");
        assertThat(version.get("content_hash")).isEqualTo(result.contentHash());
        assertThat(version.get("loaded_by")).isEqualTo("system");
        assertThat(version.get("source").toString()).startsWith("folder ").endsWith("config/companies/steel");
        assertThat(version.get("content").toString()).startsWith("# file: categories.yaml\ncostCategories:");
        assertThat(jdbc.queryForObject("SELECT active_setup_id FROM company WHERE company_id = 'steel'", Long.class))
                .isEqualTo(result.setupId());
        assertThat(count("fiscal_period", "steel")).isEqualTo(24);
        assertThat(jdbc.queryForList("SELECT dimension_name || ':' || slot || ':' || COALESCE(role, '-') || ':' || in_setup"
                + " FROM financial_dimension WHERE company_id = 'steel' ORDER BY slot", String.class))
                .containsExactly("CostCenter:1:COST_CENTER:Y", "CostPurpose:2:COST_PURPOSE:Y", "Department:3:-:Y");
        assertThat(jdbc.queryForList("SELECT value_code || '<' || COALESCE(parent_code, '-') FROM dimension_value"
                + " WHERE company_id = 'steel' AND dimension_name = 'CostCenter' AND source = 'SETUP' ORDER BY value_code", String.class))
                .containsExactly("BF<PLANTS", "PLANTS<-", "SP<PLANTS");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dimension_value WHERE company_id = 'steel' AND source = 'SETUP'",
                Integer.class)).isEqualTo(9);
        Map<String, Object> hours = jdbc.queryForMap("SELECT * FROM cost_category WHERE company_id = 'steel'"
                + " AND category_id = 'MachineHours'");
        assertThat(hours).containsEntry("kind", "SERVICE").containsEntry("unit", "h")
                .containsEntry("credit_dimension", "CostCenter").containsEntry("debit_dimension", "CostPurpose");
        assertThat(jdbc.queryForObject("SELECT fixed_share FROM cost_category WHERE company_id = 'steel'"
                + " AND category_id = '600250'", java.math.BigDecimal.class)).isEqualByComparingTo("100");
        assertThat(count("cost_category", "steel")).isEqualTo(12);
    }

    @Test
    void shouldAnswerTheActiveSetupAndCompaniesWhenLoaded() {
        SetupLoadResult result = service.load("svc-active", List.of(file("a.yaml", forCompany("svc-active"))), "test");

        CompanySetup active = service.activeSetup("svc-active").orElseThrow();
        assertThat(active.company().id()).isEqualTo("svc-active");
        assertThat(SetupHash.of(active)).isEqualTo(result.contentHash());
        assertThat(service.activeSetup("svc-nobody")).isEmpty();
        CompanySummary company = service.company("svc-active").orElseThrow();
        assertThat(company.activeSetupId()).isEqualTo(result.setupId());
        assertThat(company.currency()).isEqualTo("EUR");
        assertThat(company.loadedAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(service.companies()).extracting(CompanySummary::id).contains("svc-active");
    }

    @Test
    void shouldStoreNoVersionWhenTheSameSetupIsLoadedAgainSplitDifferently() {
        String yaml = forCompany("svc-same");
        SetupLoadResult first = service.load("svc-same", List.of(file("all.yaml", yaml)), "test");
        int split = yaml.indexOf("costCategories:");

        SetupLoadResult again = service.load("svc-same", List.of(file("1.yaml", yaml.substring(0, split)),
                file("2.yaml", "# reformatted\n" + yaml.substring(split).replace("fixedShare: 100", "fixedShare: 100.0"))),
                "test");

        assertThat(again).isEqualTo(new SetupLoadResult(first.setupId(), first.contentHash(), false));
        assertThat(count("setup_version", "svc-same")).isEqualTo(1);
    }

    @Test
    void shouldStoreThreeVersionsNewestFirstWhenLoadingAThenBThenA() {
        String a = forCompany("svc-aba");
        String b = a.replace("name: Wages", "name: Salaries");

        long first = service.load("svc-aba", List.of(file("s.yaml", a)), "first").setupId();
        long second = service.load("svc-aba", List.of(file("s.yaml", b)), "second").setupId();
        SetupLoadResult third = service.load("svc-aba", List.of(file("s.yaml", a)), "third");

        assertThat(third.changed()).isTrue();
        List<SetupVersionSummary> history = service.history("svc-aba");
        assertThat(history).extracting(SetupVersionSummary::setupId).containsExactly(third.setupId(), second, first);
        assertThat(history).extracting(SetupVersionSummary::source).containsExactly("third", "second", "first");
        assertThat(history.get(0).contentHash()).isEqualTo(history.get(2).contentHash()).isNotEqualTo(history.get(1).contentHash());
        assertThat(jdbc.queryForObject("SELECT name FROM cost_category WHERE company_id = 'svc-aba' AND category_id = '600000'",
                String.class)).isEqualTo("Wages");
    }

    @Test
    void shouldChangeNothingWhenTheSetupHasErrors() {
        service.load("svc-errors", List.of(file("s.yaml", forCompany("svc-errors"))), "test");
        List<Integer> before = counts("svc-errors");

        String broken = forCompany("svc-errors").replace("name: Wages", "name: Salaries").replace("unit: h, ", "");
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> service.load("svc-errors", List.of(file("s.yaml", broken)), "test"));

        assertThat(refused.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("costCategories[1].unit"));
        assertThat(counts("svc-errors")).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT name FROM cost_category WHERE company_id = 'svc-errors' AND category_id = '600000'",
                String.class)).isEqualTo("Wages");
        catchThrowableOfType(InvalidInputException.class,
                () -> service.load("svc-new", List.of(file("s.yaml", "company: {id: svc-new}")), "test"));
        assertThat(service.company("svc-new")).isEmpty();
    }

    @Test
    void shouldKeepPeriodStatesAndPeriodsWhenTheCalendarChanges() {
        String yaml = forCompany("svc-periods");
        service.load("svc-periods", List.of(file("s.yaml", yaml)), "test");
        jdbc.update("UPDATE fiscal_period SET state = 'CLOSED' WHERE company_id = 'svc-periods' AND period_id = '2026-01'");

        service.load("svc-periods", List.of(file("s.yaml", yaml.replace("to: 2026-12", "to: 2027-03"))), "test");
        service.load("svc-periods", List.of(file("s.yaml", yaml.replace("to: 2026-12", "to: 2026-06"))), "test");

        assertThat(count("fiscal_period", "svc-periods")).isEqualTo(15);
        assertThat(jdbc.queryForObject("SELECT state FROM fiscal_period WHERE company_id = 'svc-periods' AND period_id = '2026-01'",
                String.class)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("SELECT end_date FROM fiscal_period WHERE company_id = 'svc-periods' AND period_id = '2027-02'",
                java.sql.Date.class).toLocalDate()).hasToString("2027-02-28");
    }

    private int count(String table, String company) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE company_id = ?", Integer.class, company);
    }

    private List<Integer> counts(String company) {
        return List.of("company", "setup_version", "fiscal_period", "financial_dimension", "dimension_value",
                "cost_category").stream().map(table -> count(table, company)).toList();
    }
}
