package org.costclose.calculation.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.costclose.calculation.CalculationRun;
import org.costclose.calculation.CalculationService;
import org.costclose.intake.ImportKind;
import org.costclose.intake.IntakeService;
import org.costclose.intake.bench.BenchApplication;
import org.costclose.intake.bench.BenchmarkCompany;
import org.costclose.intake.bench.GlFileGenerator;
import org.costclose.intake.bench.HeapWatch;
import org.costclose.intake.bench.Measurement;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.LedgerRun;
import org.costclose.setup.SetupService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calculation benchmark (bench/calculation.sh, docs/benchmark-calculation.md): the intake benchmark's
 * company and month of N GL lines, through intake and ledger processing into cost transactions, then the
 * 300-step version of {@link BenchmarkVersion} calculated on PostgreSQL, timed with its heap peaks, and in the
 * same run the yardstick: read the same input balances and COPY as many rows as the calculation wrote; then
 * a re-run of the version, which first deletes the rows of the run before.
 * Usage: {@code CalculationBenchmark [N] [seed]}; BENCH_DB names the database (it is wiped), BENCH_DIR the files' folder.
 */
public final class CalculationBenchmark {

    private static final long DEFAULT_ROWS = 1_000_000;
    private static final long DEFAULT_SEED = 20261031L;
    private static final String PERIOD = "2026-10";
    private static final List<String> DIMENSIONS = List.of("CostCenter", "CostPurpose");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final BenchApplication bench = new BenchApplication();

    public static void main(String[] args) throws Exception {
        long rows = BenchApplication.argument(args, 0, DEFAULT_ROWS);
        long seed = BenchApplication.argument(args, 1, DEFAULT_SEED);
        String database = BenchApplication.database("costclose_calculation_bench");
        Path dir = Path.of(System.getenv().getOrDefault("BENCH_DIR", "bench-data"));
        new CalculationBenchmark().run(rows, seed, database, dir);
        System.exit(0);
    }

    private void run(long rows, long seed, String database, Path dir) throws Exception {
        Files.createDirectories(dir);
        var company = new BenchmarkCompany();
        var version = new BenchmarkVersion(company);
        Path accounts = dir.resolve("accounts.csv");
        Path glFile = dir.resolve("gl-entries-" + rows + ".csv");
        long start = System.nanoTime();
        company.writeAccounts(accounts);
        new GlFileGenerator(company, seed).write(rows, glFile, dir.resolve("gl-entries-" + rows + "-copy-layout.csv"));
        System.out.printf("generated %,d GL lines (seed %d) in %.1f s%n", rows, seed, (System.nanoTime() - start) / 1e9);

        try (ConfigurableApplicationContext context = BenchApplication.start(database)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var intake = context.getBean(IntakeService.class);
            start = System.nanoTime();
            company.load(context.getBean(SetupService.class), version.setupFile());
            System.out.printf("setup with a version of %d steps loaded in %.1f s%n", version.steps(),
                    (System.nanoTime() - start) / 1e9);
            company.importAccounts(intake, accounts);
            costTransactions(context, jdbc, intake, version, glFile);

            var calculation = context.getBean(CalculationService.class);
            CalculationRun[] run = new CalculationRun[1];
            long[] cpu = new long[2];
            Measurement calculated = bench.measure("calculation", jdbc, () -> {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                run[0] = calculation.calculate(BenchmarkCompany.ID, PERIOD, BenchmarkVersion.ID);
                cpu[0] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                return run[0].transactionsOut();
            });
            var baseline = new ReadWriteBaseline(context.getBean(DataSource.class),
                    context.getBean(SqlSessionFactory.class), jdbc, context.getBean(TransactionTemplate.class));
            baseline.createTable();
            Measurement yardstick = bench.measure("read+write", jdbc,
                    () -> baseline.run(BenchmarkCompany.ID, PERIOD, DIMENSIONS, run[0].transactionsOut()));
            // a re-run of the same version: it also deletes the previous run's rows, in the same transaction
            CalculationRun[] rerun = new CalculationRun[1];
            Measurement recalculated = bench.measure("re-run", jdbc, () -> {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                rerun[0] = calculation.calculate(BenchmarkCompany.ID, PERIOD, BenchmarkVersion.ID);
                cpu[1] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                return rerun[0].transactionsOut();
            });
            report(rows, run[0], calculated, yardstick, baseline);
            System.out.println(recalculated.line());
            System.out.printf("re-run: deleted the previous %,d rows and wrote %,d, moved %s, sum %s%n",
                    run[0].transactionsOut(), rerun[0].transactionsOut(), rerun[0].amountMoved().toPlainString(),
                    rerun[0].amountSum().toPlainString());
            System.out.printf("CPU time of the calculating thread (the JVM's own work; PostgreSQL's is not in it):"
                    + " %.1f s, re-run %.1f s%n", cpu[0] / 1e9, cpu[1] / 1e9);
        }
    }

    /** the realistic input: the month through the intake and ledger processing, plus the month's machine hours */
    private static void costTransactions(ConfigurableApplicationContext context, JdbcTemplate jdbc,
            IntakeService intake, BenchmarkVersion version, Path glFile) throws Exception {
        long start = System.nanoTime();
        try (InputStream input = Files.newInputStream(glFile)) {
            intake.importCsv(BenchmarkCompany.ID, ImportKind.GL_ENTRIES, glFile.getFileName().toString(), input);
        }
        LedgerRun ledger = context.getBean(LedgerProcessingService.class).processLedger(BenchmarkCompany.ID, PERIOD);
        int hours = version.insertMachineHours(jdbc, PERIOD);
        jdbc.execute("VACUUM (ANALYZE) cost_transaction");
        System.out.printf("intake and ledger processing in %.1f s: %,d cost transactions, %,d machine-hour"
                + " transactions%n", (System.nanoTime() - start) / 1e9, ledger.transactionsOut(), hours);
    }

    private static void report(long rows, CalculationRun run, Measurement calculated, Measurement yardstick,
            ReadWriteBaseline baseline) {
        System.out.printf("N = %,d GL lines, max heap %d MB, %d cores%n", rows, HeapWatch.maxHeapBytes() >> 20,
                Runtime.getRuntime().availableProcessors());
        System.out.println(calculated.line());
        System.out.println(yardstick.line());
        System.out.printf("calculation: %,d input balances, %,d calculation transactions, moved %s, sum %s;"
                        + " baseline: read %,d balances in %.1f s, wrote the same number of rows in %.1f s%n",
                run.balancesIn(), run.transactionsOut(), run.amountMoved().toPlainString(),
                run.amountSum().toPlainString(), baseline.balancesRead(), baseline.readSeconds(),
                yardstick.seconds() - baseline.readSeconds());
        System.out.printf("ratio calculation / (read + write) = %.2f (goal <= 3.00); calculation %.1f s (goal <= 30 s),"
                        + " peak heap used %d MB (goal < 2048 MB)%n", calculated.seconds() / yardstick.seconds(),
                calculated.seconds(), calculated.peakHeapUsed() >> 20);
    }
}
