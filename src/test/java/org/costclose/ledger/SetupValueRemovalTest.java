package org.costclose.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A setup that removes a dimension value still used by GL entries or cost transactions is refused whole, naming
 * the value and how many rows use it; an unused value leaves. Nothing stored loses its value's name or parent.
 */
@DatabaseTest
class SetupValueRemovalTest {

    @Autowired SetupService setup;
    @Autowired IntakeService intake;
    @Autowired LedgerProcessingService ledger;
    @Autowired JdbcTemplate jdbc;
    LedgerFixture fixture;

    @BeforeEach
    void company() {
        fixture = new LedgerFixture(setup, intake).load(true, false);
        fixture.importAccounts();
        fixture.importEntries("""
                G1,2026-10-01,600250,100.00,,CURRENT,BF,
                G2,2026-10-02,600250,50.00,,CURRENT,BF,
                G3,2026-10-02,600250,30.00,,CURRENT,SP,
                """);
    }

    @Test
    void shouldRefuseTheSetupAndNameTheValueWhenEntriesStillUseIt() {
        ledger.processLedger(fixture.company, "2026-10");
        long active = activeSetupId();

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> fixture.load(false, false));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.errors()).extracting(InputError::field, InputError::value, InputError::reason)
                .containsExactly(tuple("dimensions.CostCenter.values", "BF", "value BF of dimension CostCenter is used"
                        + " by 2 GL entries, 1 cost transaction and 0 calculation transactions: a value in use cannot"
                        + " leave the setup; keep it (rename it if it is no longer used for new postings)"));
        assertThat(activeSetupId()).isEqualTo(active);
        assertThat(jdbc.queryForObject("SELECT name FROM dimension_value WHERE company_id = ?"
                + " AND dimension_name = 'CostCenter' AND value_code = 'BF'", String.class, fixture.company))
                .isEqualTo("Blast furnace");
    }

    @Test
    void shouldRefuseTheSetupWhenOnlyUnprocessedEntriesUseTheValue() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> fixture.load(false, false));

        assertThat(refused.errors()).extracting(InputError::value).containsExactly("BF");
        assertThat(refused.errors().get(0).reason()).startsWith("value BF of dimension CostCenter is used by 2 GL entries,"
                + " 0 cost transactions and 0 calculation transactions");
    }

    @Test
    void shouldRemoveAValueThatNothingUses() {
        setup.load(fixture.company, List.of(new SetupFile("setup.yaml", yamlWith(", {code: OLD, name: Old plant}"))),
                "test");

        setup.load(fixture.company, List.of(new SetupFile("setup.yaml", yamlWith(""))), "test");

        assertThat(jdbc.queryForList("SELECT value_code FROM dimension_value WHERE company_id = ?"
                + " AND dimension_name = 'CostCenter' ORDER BY value_code", String.class, fixture.company))
                .containsExactly("BF", "SP");
    }

    private String yamlWith(String extraCostCenter) {
        return """
                company: {id: %s, name: Ledger test, currency: USD, minorUnit: 2}
                calendar: {type: monthly, from: 2026-09, to: 2026-11}
                dimensions:
                  - name: CostCenter
                    role: costCenter
                    values: [{code: SP, name: Sinter plant}, {code: BF, name: Blast furnace}%s]
                  - name: CostPurpose
                    role: costPurpose
                    values: [{code: Sint, name: Sinter}, {code: Iron, name: Pig iron}]
                costCategories:
                  - {id: 600250, name: Salaries, kind: primary, fixedShare: 50, transactionControl: [CostCenter]}
                postingLayers: [CURRENT, OPERATIONS]
                """.formatted(fixture.company, extraCostCenter);
    }

    private long activeSetupId() {
        return setup.company(fixture.company).orElseThrow().activeSetupId();
    }
}
