package org.costclose.intake.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The yardstick of ledger processing: one plain {@code INSERT … SELECT … GROUP BY} over the same GL
 * entries, summing the period's amounts by account and both dimension columns, into a bare table.
 */
final class GroupByBaseline {

    static final String TABLE = "bench_group_balance";

    private final JdbcTemplate jdbc;

    GroupByBaseline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void createTable() {
        jdbc.execute("DROP TABLE IF EXISTS " + TABLE);
        jdbc.execute("CREATE TABLE " + TABLE + " (company_id VARCHAR(40), period_id VARCHAR(20), account_no VARCHAR(40),"
                + " dim_1 VARCHAR(40), dim_2 VARCHAR(40), amount NUMERIC(19, 4), entries BIGINT)");
    }

    /** returns the balances written */
    long group(String company, String period) {
        return jdbc.update("INSERT INTO " + TABLE + " SELECT company_id, period_id, account_no, dim_1, dim_2,"
                + " SUM(amount), COUNT(*) FROM gl_entry WHERE company_id = ? AND period_id = ?"
                + " GROUP BY company_id, period_id, account_no, dim_1, dim_2", company, period);
    }
}
