package org.costclose.intake.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.costclose.intake.ImportKind;
import org.costclose.intake.ImportRecord;
import org.costclose.intake.IntakeService;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.LedgerRun;
import org.costclose.setup.SetupService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The intake benchmark (bench/intake.sh, docs/benchmark-intake.md): N GL lines through the product's
 * intake on PostgreSQL, then the same rows with plain COPY into an equally indexed table, in one run.
 * Usage: {@code IntakeBenchmark [N] [seed]}; BENCH_DB names the database (it is wiped), BENCH_DIR the files' folder.
 */
public final class IntakeBenchmark {

    private static final long DEFAULT_ROWS = 1_000_000;
    private static final long DEFAULT_SEED = 20261031L;
    private static final String PERIOD = "2026-10";

    private final BenchApplication bench = new BenchApplication();

    public static void main(String[] args) throws Exception {
        long rows = BenchApplication.argument(args, 0, DEFAULT_ROWS);
        long seed = BenchApplication.argument(args, 1, DEFAULT_SEED);
        String database = BenchApplication.database("costclose_bench");
        Path dir = Path.of(System.getenv().getOrDefault("BENCH_DIR", "bench-data"));
        new IntakeBenchmark().run(rows, seed, database, dir);
        System.exit(0);
    }

    private void run(long rows, long seed, String database, Path dir) throws Exception {
        Files.createDirectories(dir);
        var company = new BenchmarkCompany();
        Path accounts = dir.resolve("accounts.csv");
        Path glFile = dir.resolve("gl-entries-" + rows + ".csv");
        Path copyFile = dir.resolve("gl-entries-" + rows + "-copy-layout.csv");
        long start = System.nanoTime();
        company.writeAccounts(accounts);
        new GlFileGenerator(company, seed).write(rows, glFile, copyFile);
        System.out.printf("generated %,d GL lines (seed %d) in %.1f s: %s (%,d MB), %s (%,d MB)%n", rows, seed,
                (System.nanoTime() - start) / 1e9, glFile, Files.size(glFile) >> 20, copyFile, Files.size(copyFile) >> 20);

        try (ConfigurableApplicationContext context = BenchApplication.start(database)) {
            var jdbc = context.getBean(JdbcTemplate.class);
            var intake = context.getBean(IntakeService.class);
            company.load(context.getBean(SetupService.class));
            company.importAccounts(intake, accounts);

            Measurement intakeRun = bench.measure("intake", jdbc, () -> importGl(intake, glFile).rowsStored());
            // what autovacuum would do after a million inserts, done now so it does not run inside the COPY's time
            jdbc.execute("VACUUM (ANALYZE) gl_entry");
            var baseline = new PlainCopyBaseline(context.getBean(DataSource.class), jdbc);
            baseline.createTable();
            Measurement copyRun = bench.measure("COPY", jdbc, () -> baseline.copy(copyFile));
            report(rows, intakeRun, copyRun, TableTally.of(jdbc, "gl_entry"), TableTally.of(jdbc, PlainCopyBaseline.TABLE));

            var ledger = context.getBean(LedgerProcessingService.class);
            LedgerRun[] run = new LedgerRun[1];
            Measurement processing = bench.measure("ledger", jdbc, () -> {
                run[0] = ledger.processLedger(BenchmarkCompany.ID, PERIOD);
                return run[0].entriesIn();
            });
            var grouping = new GroupByBaseline(jdbc);
            grouping.createTable();
            long[] balances = new long[1];
            Measurement groupBy = bench.measure("GROUP BY", jdbc, () -> {
                balances[0] = grouping.group(BenchmarkCompany.ID, PERIOD);
                return run[0].entriesIn();
            });
            reportProcessing(processing, groupBy, run[0], balances[0]);
        }
    }

    private static void reportProcessing(Measurement processing, Measurement groupBy, LedgerRun run, long balances) {
        System.out.println(processing.line());
        System.out.println(groupBy.line());
        System.out.printf("ledger processing: %,d entries in (%,d processed, %,d rejected, %,d ignored), %,d cost"
                        + " transactions, totals reconcile: %s; plain GROUP BY wrote %,d balances%n", run.entriesIn(),
                run.entriesProcessed(), run.entriesRejected(), run.entriesIgnored(), run.transactionsOut(),
                run.reconciles(), balances);
        System.out.printf("ratio ledger processing time / GROUP BY time = %.2f (goal <= 2.00; and <= 30 s for 10 M lines)%n",
                processing.seconds() / groupBy.seconds());
    }

    private static ImportRecord importGl(IntakeService intake, Path file) throws Exception {
        try (InputStream input = Files.newInputStream(file)) {
            return intake.importCsv(BenchmarkCompany.ID, ImportKind.GL_ENTRIES, file.getFileName().toString(), input);
        }
    }

    private static void report(long rows, Measurement intake, Measurement copy, TableTally intakeTally,
                               TableTally copyTally) {
        System.out.printf("N = %,d GL lines, max heap %d MB, %d cores%n", rows, HeapWatch.maxHeapBytes() >> 20,
                Runtime.getRuntime().availableProcessors());
        System.out.println(intake.line());
        System.out.println(copy.line());
        System.out.printf("ratio intake / COPY = %.2f (goal >= 0.50)%n", intake.rowsPerSecond() / copy.rowsPerSecond());
        System.out.println(intakeTally.sameAs(copyTally) ? "both tables hold the same rows: " + intakeTally
                : "TABLES DIFFER: intake " + intakeTally + ", COPY " + copyTally);
    }
}
