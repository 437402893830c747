package org.costclose.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.costclose.demo.DemoCompanyLoader;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** DOMAIN.md's steel case: the ledger of October 2026 as cost transactions, line by line. */
@DatabaseTest
class SteelLedgerTest {

    @Autowired DemoCompanyLoader demo;
    @Autowired LedgerProcessingService ledger;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldPostTheSteelLedgerOnCostCentersAndCostPurposesAsTheDomainTableSays() {
        demo.load("steel");

        LedgerRun run = ledger.processLedger("steel", "2026-10");

        assertThat(balance("CostPurpose", "Sint", "500111")).isEqualByComparingTo("472500.00");
        assertThat(balance("CostPurpose", "Sint", "500101")).isEqualByComparingTo("-477833.00");
        assertThat(balance("CostCenter", "SP", "600250")).isEqualByComparingTo("5333.00");
        assertThat(balance("CostPurpose", "Iron", "500111")).isEqualByComparingTo("657833.00");
        assertThat(balance("CostCenter", "BF", "600250")).isEqualByComparingTo("10000.00");
        assertThat(balance("CostPurpose", "Slag", "401100")).isEqualByComparingTo("-15000.00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cost_transaction WHERE company_id = 'steel' AND period_id = '2026-10' AND source = 'LEDGER'",
                Integer.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT SUM(entry_count) FROM cost_transaction WHERE company_id = 'steel'"
                + " AND period_id = '2026-10' AND source = 'LEDGER'", Integer.class)).isEqualTo(9);
        assertThat(ledger.entriesOf("steel", "2026-10", "500111", "CostPurpose", "Iron", 0, 10))
                .containsExactly("ST-2026-10-0007", "ST-2026-10-0009");
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM cost_transaction WHERE company_id = 'steel' AND period_id = '2026-10' AND source = 'LEDGER'",
                BigDecimal.class)).isEqualByComparingTo("652833.00");
        assertThat(jdbc.queryForObject("SELECT SUM(fixed_amount) FROM cost_transaction WHERE company_id = 'steel'"
                + " AND category_id = '600250'", BigDecimal.class)).isEqualByComparingTo("15333.00");
        assertThat(run.entriesProcessed()).isEqualTo(9);
        assertThat(run.amountProcessed()).isEqualByComparingTo("652833.00");
        assertThat(run.entriesIgnored()).isEqualTo(6);
        assertThat(run.amountIgnored()).isEqualByComparingTo("-652833.00");
        assertThat(run.entriesRejected()).isZero();
        assertThat(run.reconciles()).isTrue();
    }

    private BigDecimal balance(String dimension, String value, String category) {
        return jdbc.queryForObject("SELECT SUM(amount) FROM cost_transaction WHERE company_id = 'steel' AND period_id = '2026-10'"
                + " AND dimension_name = ? AND dimension_value = ? AND category_id = ?", BigDecimal.class, dimension, value, category);
    }
}
