package org.costclose.intake.bench;

import java.util.concurrent.Callable;
import org.costclose.CostCloseApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the benchmarks share: the database they may wipe, the application started on it (Flyway clean +
 * migrate, web server on a free port, no demo, no job executor), and timed phases with their heap peaks.
 */
public final class BenchApplication {

    private final HeapWatch heap = new HeapWatch();

    /** the command line's N (underscores allowed) and seed, each or both left out for its default */
    public static long argument(String[] args, int index, long fallback) {
        return args.length > index ? Long.parseLong(args[index].replace("_", "")) : fallback;
    }

    /** BENCH_DB, or the default; refuses a name not ending in _bench, because the run cleans it */
    public static String database(String defaultName) {
        String database = System.getenv().getOrDefault("BENCH_DB", defaultName);
        if (!database.endsWith("_bench")) {
            throw new IllegalArgumentException("BENCH_DB must name a database ending in _bench; it is wiped: " + database);
        }
        return database;
    }

    /** times one phase; a checkpoint first, so it does not pay for flushing what the previous phase dirtied */
    public Measurement measure(String label, JdbcTemplate jdbc, Callable<Long> phase) throws Exception {
        jdbc.execute("CHECKPOINT");
        System.gc();
        heap.reset();
        long start = System.nanoTime();
        long stored = phase.call();
        long nanos = System.nanoTime() - start;
        return new Measurement(label, stored, nanos, heap.peakUsedBytes(), heap.peakAfterGcBytes());
    }

    public static ConfigurableApplicationContext start(String database) {
        var application = new SpringApplication(CostCloseApplication.class);
        // clean + migrate like the tests do; registered here, not as a scanned bean, so no test context picks it up
        application.addInitializers(context -> ((GenericApplicationContext) context).registerBean(
                FlywayMigrationStrategy.class, () -> flyway -> {
                    flyway.clean();
                    flyway.migrate();
                }));
        return application.run("--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/" + database,
                "--spring.flyway.clean-disabled=false",
                // a web server on a free port: the security configuration (HttpSecurity) needs a servlet application
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--costclose.demo.load=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=WARN");
    }
}
