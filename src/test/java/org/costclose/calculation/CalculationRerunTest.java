package org.costclose.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.costclose.ledger.PeriodProcessing;
import org.costclose.setup.SetupFile;
import org.costclose.setup.SetupService;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.DatabaseKind;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Random plants ({@link RandomPlant}) as companies of their own, set up through the setup service, with their cost,
 * area and service quantities as cost transactions (the contract the ledger and production write): a run again
 * writes the same rows, and a run that fails leaves the previous result and no trace of itself.
 */
@DatabaseTest
class CalculationRerunTest {

    private static final String PERIOD = "2026-10";
    private static final List<String> METHODS = List.of("reciprocal", "stepDown", "direct");

    @Autowired CalculationService calculation;
    @Autowired SetupService setup;
    @Autowired JdbcTemplate jdbc;
    @Autowired CalculationMapper mapper;
    @Autowired PeriodProcessing periods;
    @Autowired CurrentUser currentUser;
    @Autowired CostRateService costRates;
    @Autowired VersionInputs inputs;
    @Autowired SqlSessionFactory sessionFactory;
    @Autowired DataSource dataSource;
    @Autowired DatabaseKind database;
    @Autowired TransactionTemplate transactions;

    @Test
    void shouldWriteTheSameRowsAndBalancesWhenEachRandomPlantIsCalculatedTwice() {
        for (long seed = 1; seed <= 6; seed++) {
            RandomPlant plant = new RandomPlant(seed, METHODS.get((int) seed % 3), RandomPlant.Shape.ANY);
            String company = load(plant, plant.yaml(null));

            CalculationRun first = calculation.calculate(company, PERIOD, "RANDOM");
            List<Map<String, Object>> rows = transactions(company);
            List<Map<String, Object>> balances = balances(company);
            CalculationRun again = calculation.calculate(company, PERIOD, "RANDOM");

            assertThat(transactions(company)).as("seed %s", seed).isEqualTo(rows);
            assertThat(balances(company)).as("seed %s", seed).isEqualTo(balances);
            assertThat(rows).hasSize(plant.fixture(null).run().size());
            assertThat(again.transactionsOut()).isEqualTo(first.transactionsOut()).isEqualTo(rows.size());
            assertThat(again.amountSum()).isZero();
            assertThat(calculation.runs(company, PERIOD)).extracting(CalculationRun::runId)
                    .containsExactly(again.runId(), first.runId());
        }
    }

    @Test
    void shouldKeepThePreviousResultAndCountNoRunWhenABasisIsZeroForASenderWithCost() {
        RandomPlant plant = new RandomPlant(7, "reciprocal", RandomPlant.Shape.ANY);
        // the products' area corrected away: nothing decides the shares of the last step
        List<InputError> errors = failAfterAGoodRun(plant, company -> plant.products.forEach(code -> insert(company,
                "PRODUCTION", "CostPurpose", code, "Area", BigDecimal.ZERO, BigDecimal.ZERO,
                plant.area.get(RandomPlant.product(code)).negate(), "Z")));

        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(error.field()).isEqualTo("calculationVersions[RANDOM].steps[Z].rules[0]");
            assertThat(error.reason()).contains("(statistic Area) is zero for every receiver of CostCenter " + error.value());
        });
    }

    @Test
    void shouldKeepThePreviousResultAndNameTheReceiverWhenItsStatisticTurnsNegative() {
        RandomPlant plant = new RandomPlant(8, "direct", RandomPlant.Shape.ANY);
        List<InputError> errors = failAfterAGoodRun(plant, company -> insert(company, "LEDGER", "CostPurpose", "P1",
                "Area", BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("-100000"), "N"));

        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(error.field()).isEqualTo("calculationVersions[RANDOM].steps[Z].rules[0]");
            assertThat(error.value()).isEqualTo("P1");
            assertThat(error.reason()).contains("receiver CostPurpose P1 is negative");
        });
    }

    @Test
    void shouldLeaveNoRowAndNoRunWhenTheWriteFailsAfterRowsReachedTheDatabase() {
        RandomPlant plant = new RandomPlant(9, "reciprocal", RandomPlant.Shape.ANY);
        String company = load(plant, plant.yaml(null));
        CalculationRun before = calculation.calculate(company, PERIOD, "RANDOM");
        List<Map<String, Object>> rows = transactions(company);
        long[] reached = new long[2];
        // the run's writer sends half of the rows (a COPY on PostgreSQL, batches elsewhere), then the run fails
        var failing = new TransactionWriters(sessionFactory, dataSource, database.isPostgres()) {
            @Override
            TransactionWriter open(CalculationMapper.NewRun run, long runId, int minorUnit) {
                TransactionWriter real = super.open(run, runId, minorUnit);
                return new TransactionWriter(run, runId, minorUnit) {
                    private long sent;
                    private boolean closed;

                    @Override
                    void insert(Posting posting) {
                        real.insert(posting);
                        if (++sent == rows.size() / 2) {
                            close();
                            reached[0] = runId;
                            reached[1] = jdbc.queryForObject(
                                    "SELECT COUNT(*) FROM calculation_transaction WHERE run_id = ?", Long.class, runId);
                            throw new IllegalStateException("the write failed");
                        }
                    }

                    @Override
                    public void close() {
                        if (!closed) {
                            closed = true;
                            real.close();
                        }
                    }
                };
            }
        };
        var service = new CalculationService(mapper, periods, failing, currentUser, costRates, inputs);

        Throwable failed = catchThrowable(() -> transactions.execute(status -> service.calculate(company, PERIOD, "RANDOM")));

        assertThat(failed).hasMessage("the write failed");
        assertThat(reached[1]).as("rows of the failed run in the database before it failed").isEqualTo(rows.size() / 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calculation_transaction WHERE run_id = ?", Long.class,
                reached[0])).isZero();
        assertThat(transactions(company)).isEqualTo(rows);
        assertThat(calculation.runs(company, PERIOD)).extracting(CalculationRun::runId).containsExactly(before.runId());
        assertThat(orphans(company)).isZero();
    }

    /**
     * Calculates the plant (its last step by the products' area), spoils its input, calculates again and returns
     * the errors, after asserting that the first run's rows are all there is and the failed run is not listed.
     */
    private List<InputError> failAfterAGoodRun(RandomPlant plant, Consumer<String> spoil) {
        String company = load(plant, plant.yaml(null).replaceFirst("(?s)(id: Z.*?basis: )\\{[^\\n]*}", "$1{statistic: Area}"));
        CalculationRun before = calculation.calculate(company, PERIOD, "RANDOM");
        List<Map<String, Object>> rows = transactions(company);
        spoil.accept(company);

        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> calculation.calculate(company, PERIOD, "RANDOM"));

        assertThat(refused).isNotNull();
        assertThat(transactions(company)).isEqualTo(rows);
        assertThat(calculation.runs(company, PERIOD)).extracting(CalculationRun::runId).containsExactly(before.runId());
        assertThat(orphans(company)).isZero();
        return refused.errors();
    }

    /** the plant as a new company: its setup, and its input as cost transactions of the period */
    private String load(RandomPlant plant, String yaml) {
        String company = "R" + UUID.randomUUID().toString().substring(0, 8);
        setup.load(company, List.of(new SetupFile("setup.yaml", yaml.replace("id: plant", "id: " + company))), "test");
        for (RandomPlant.Cost cost : plant.costs) {
            BigDecimal fixed = BigDecimal.valueOf(cost.fixed(), 2);
            insert(company, "LEDGER", cost.node().dimension(), cost.node().value(), cost.category(),
                    fixed.add(BigDecimal.valueOf(cost.variable(), 2)), fixed, null, "C");
        }
        plant.area.forEach((node, quantity) -> insert(company, "PRODUCTION", node.dimension(), node.value(), "Area",
                BigDecimal.ZERO, BigDecimal.ZERO, quantity, "A"));
        for (RandomPlant.Flow flow : plant.flows) {
            // the two sides of one production row: credited on the sender, debited on the receiver
            String row = "F" + UUID.randomUUID().toString().substring(0, 8);
            insert(company, "PRODUCTION", "CostCenter", flow.sender().value(), flow.category(), BigDecimal.ZERO,
                    BigDecimal.ZERO, flow.quantity().negate(), row);
            insert(company, "PRODUCTION", flow.receiver().dimension(), flow.receiver().value(), flow.category(),
                    BigDecimal.ZERO, BigDecimal.ZERO, flow.quantity(), row);
        }
        return company;
    }

    private void insert(String company, String source, String dimension, String value, String category,
            BigDecimal amount, BigDecimal fixed, BigDecimal quantity, String row) {
        String sourceId = row.length() > 1 ? row : row + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO cost_transaction (company_id, period_id, version_id, source, run_id, source_id,"
                        + " category_id, dimension_name, dimension_value, entry_count, amount, fixed_amount,"
                        + " variable_amount, quantity) VALUES (?, ?, 'ACTUAL', ?, 0, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
                company, PERIOD, source, sourceId, category, dimension, value, amount, fixed, amount.subtract(fixed),
                quantity);
    }

    /**
     * calculation transactions of the company whose run is not listed: none may exist, since no foreign key
     * guards them (V16): the run and its rows are written in one transaction and runs are never deleted
     */
    private long orphans(String company) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM calculation_transaction t WHERE t.company_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM calculation_run r WHERE r.run_id = t.run_id"
                + " AND r.company_id = t.company_id AND r.finished_at IS NOT NULL)", Long.class, company);
    }

    /** the period's calculation transactions, every column but the run id, in a stable order */
    private List<Map<String, Object>> transactions(String company) {
        return jdbc.queryForList("SELECT step_no, step_id, rule_no, side, category_id, dimension_name, dimension_value,"
                + " counter_dimension, counter_value, source_category, basis_quantity, share, amount, fixed_amount,"
                + " variable_amount FROM calculation_transaction WHERE company_id = ? AND period_id = ?"
                + " ORDER BY step_no, rule_no, source_category, counter_dimension, counter_value, dimension_name,"
                + " dimension_value, side, category_id", company, PERIOD);
    }

    /** what cost balances read: the version's postings summed per value and category */
    private List<Map<String, Object>> balances(String company) {
        return jdbc.queryForList("SELECT dimension_name, dimension_value, category_id, SUM(amount) AS amount,"
                + " SUM(fixed_amount) AS fixed_amount FROM cost_posting WHERE company_id = ? AND period_id = ?"
                + " AND version_id = 'RANDOM' GROUP BY dimension_name, dimension_value, category_id"
                + " ORDER BY dimension_name, dimension_value, category_id", company, PERIOD);
    }
}
