package org.costclose.intake.bench;

import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fingerprint of a loaded table, to show that the intake and the COPY baseline stored the same rows. */
record TableTally(long rows, BigDecimal amount, BigDecimal quantity, long costCenters, long costPurposes, long current) {

    static TableTally of(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("SELECT COUNT(*), SUM(amount), SUM(quantity), COUNT(dim_1), COUNT(dim_2), "
                + "SUM(CASE WHEN posting_layer = 'CURRENT' THEN 1 ELSE 0 END) FROM " + table,
                (rs, i) -> new TableTally(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)));
    }

    /** equal content; amounts compared by value, the columns' scales being the same anyway */
    boolean sameAs(TableTally other) {
        return rows == other.rows && amount.compareTo(other.amount) == 0 && quantity.compareTo(other.quantity) == 0
                && costCenters == other.costCenters && costPurposes == other.costPurposes && current == other.current;
    }
}
