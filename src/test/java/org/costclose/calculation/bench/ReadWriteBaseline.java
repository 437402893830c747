package org.costclose.calculation.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.binding.MapperMethod;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;
import org.costclose.shared.PostgresCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calculation's yardstick, in one transaction: read the input balances with the calculation's own query
 * (the mapped statement, bound the same way, rows read as plain values), then write as many rows as the
 * calculation wrote with one plain {@code COPY} into a table built {@code LIKE calculation_transaction INCLUDING
 * ALL} (same columns, checks and both indexes), each row filled from the balances read. Nothing is computed: it
 * is the least a calculation with this input and this output has to do.
 */
final class ReadWriteBaseline {

    static final String TABLE = "bench_calculation_transaction";
    private static final String INPUT_QUERY = "org.costclose.calculation.CalculationMapper.findInputBalances";
    private static final String COLUMNS = "company_id, period_id, version_id, run_id, step_no, step_id, rule_no, side,"
            + " category_id, dimension_name, dimension_value, counter_dimension, counter_value, source_category,"
            + " basis_quantity, share, amount, fixed_amount, variable_amount";

    private final DataSource dataSource;
    private final SqlSessionFactory sessionFactory;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private long readNanos;
    private long balancesRead;

    ReadWriteBaseline(DataSource dataSource, SqlSessionFactory sessionFactory, JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** in its own transaction before the timed run, so the COPY cannot skip WAL for a table new in its transaction */
    void createTable() {
        jdbc.execute("DROP TABLE IF EXISTS " + TABLE);
        jdbc.execute("CREATE TABLE " + TABLE + " (LIKE calculation_transaction INCLUDING ALL)");
    }

    /** reads the balances, writes {@code rows} rows; returns the rows written */
    long run(String company, String period, Collection<String> dimensions, long rows) {
        return transaction.execute(status -> {
            long start = System.nanoTime();
            List<Object[]> balances = read(company, period, dimensions);
            readNanos = System.nanoTime() - start;
            balancesRead = balances.size();
            return write(company, period, balances, rows);
        });
    }

    double readSeconds() {
        return readNanos / 1e9;
    }

    long balancesRead() {
        return balancesRead;
    }

    private List<Object[]> read(String company, String period, Collection<String> dimensions) {
        MappedStatement statement = sessionFactory.getConfiguration().getMappedStatement(INPUT_QUERY);
        var parameters = new MapperMethod.ParamMap<Object>();
        parameters.put("companyId", company);
        parameters.put("periodId", period);
        parameters.put("versionId", "ACTUAL");
        parameters.put("dimensions", dimensions);
        BoundSql sql = statement.getBoundSql(parameters);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        List<Object[]> balances = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql.getSql())) {
            query.setFetchSize(statement.getFetchSize());
            new DefaultParameterHandler(statement, parameters, sql).setParameters(query);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    balances.add(new Object[] {result.getString(1), result.getString(2), result.getString(3),
                            result.getBigDecimal(4), result.getBigDecimal(5), result.getBigDecimal(6)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return balances;
    }

    private long write(String company, String period, List<Object[]> balances, long rows) {
        try (PostgresCopy copy = PostgresCopy.start(dataSource, TABLE, COLUMNS)) {
            String prefix = PostgresCopy.quoted(company) + ',' + PostgresCopy.quoted(period) + ",\"ACTUAL\",0,";
            int n = balances.size();
            for (long i = 0; i < rows; i++) {
                Object[] balance = balances.get((int) (i % n));
                Object[] counter = balances.get((int) ((i * 7_919 + 1) % n));
                BigDecimal fixed = (BigDecimal) balance[3];
                BigDecimal variable = (BigDecimal) balance[4];
                copy.row().append(prefix).append(i % 300 + 1).append(",\"STEP").append(i % 300 + 1).append("\",1,")
                        .append(i % 2 == 0 ? 'D' : 'C').append(',').append(quoted(balance[2])).append(',')
                        .append(quoted(balance[0])).append(',').append(quoted(balance[1])).append(',')
                        .append(quoted(counter[0])).append(',').append(quoted(counter[1])).append(',')
                        .append(quoted(counter[2])).append(",12.5,0.125000000000,")
                        .append(fixed.add(variable).toPlainString()).append(',').append(fixed.toPlainString()).append(',')
                        .append(variable.toPlainString());
                copy.endRow();
            }
            return copy.finish();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quoted(Object text) {
        return PostgresCopy.quoted((String) text);
    }
}
