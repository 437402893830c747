package org.costclose.close.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The close survives {@code kill -9}: the platform runs as its own process on PostgreSQL (database
 * {@value #DATABASE}, recreated), is killed during the calculation (its rows written, not committed) and during
 * posting, is started again each time, and the close finishes with the steel figures to the cent and neither
 * doubled nor lost rows. The job executor's lock is short here, so a restarted process retries at once.
 */
@Tag("db")
@Tag("postgres-only")
class CloseCrashTest {

    private static final String DATABASE = "costclose_crash_test";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private Process platform;
    private int port;
    private Path dir;

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.destroyForcibly();
        }
    }

    @Test
    void shouldFinishTheCloseWithTheSameFiguresAndNoDoubledRowsWhenKilledDuringCalculationAndPosting()
            throws Exception {
        recreateDatabase();
        dir = Files.createTempDirectory("crash");
        Files.writeString(dir.resolve("pause-calculateStep"), "armed");
        start();
        assertThat(call("POST", "/api/companies/steel/closes/2026-10", "finance", null).statusCode()).isEqualTo(201);

        waitFor(() -> Files.exists(dir.resolve("inside-calculateStep")), "the calculation to have written its rows");
        kill();
        assertThat(count("SELECT COUNT(*) FROM calculation_transaction")).isZero();
        Files.writeString(dir.resolve("pause-postStep"), "armed");
        start();
        JsonNode waiting = waitForClose(close -> close.get("tasks").size() == 1);
        String task = waiting.get("tasks").get(0).get("id").asText();
        assertThat(call("POST", "/api/companies/steel/closes/2026-10/tasks/" + task, "approver",
                "{\"decision\":\"approve\"}").statusCode()).isEqualTo(200);

        waitFor(() -> Files.exists(dir.resolve("inside-postStep")), "the posting to be under way");
        kill();
        start();
        JsonNode closed = waitForClose(close -> close.get("state").asText().equals("COMPLETED"));

        assertThat(closed.get("incidents")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM fiscal_period WHERE company_id = 'steel' AND period_id = '2026-10'"
                + " AND state = 'CLOSED'")).isEqualTo(1);
        // one run's 12 calculation transactions, as when nothing crashed; no run twice, none lost
        assertThat(count("SELECT COUNT(*) FROM calculation_transaction WHERE company_id = 'steel'")).isEqualTo(12);
        assertThat(count("SELECT COUNT(DISTINCT run_id) FROM calculation_transaction")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM ledger_run WHERE company_id = 'steel'")).isEqualTo(1);
        // the ledger's and production's rows are exactly what their single runs wrote
        assertThat(count("SELECT COUNT(*) FROM cost_transaction WHERE company_id = 'steel' AND source = 'LEDGER'"))
                .isEqualTo(count("SELECT transactions_out FROM ledger_run WHERE company_id = 'steel'"));
        assertThat(count("SELECT COUNT(*) FROM cost_transaction WHERE company_id = 'steel' AND source = 'PRODUCTION'"))
                .isEqualTo(count("SELECT transactions_out FROM production_run WHERE company_id = 'steel'"));
        JsonNode balances = json.readTree(call("GET", "/api/companies/steel/cost-balances?period=2026-10"
                + "&dimension=CostPurpose&lineStructure=STEEL", "auditor", null).body());
        java.util.Map<String, java.math.BigDecimal> iron = new java.util.HashMap<>();
        balances.get("rows").forEach(row -> {
            if (row.get("dimensionValue").asText().equals("Iron")) {
                iron.put(row.get("line").asText(), new java.math.BigDecimal(row.get("value").asText()));
            }
        });
        assertThat(iron.get("3_TC")).isEqualByComparingTo("667833.00");
        assertThat(iron.get("1_RM")).isEqualByComparingTo("652500.00");
        assertThat(iron.get("2_WG")).isEqualByComparingTo("15333.00");
        assertThat(iron.get("3_TT")).isEqualByComparingTo("111.31");
        assertThat(iron.get("7_NT")).isEqualByComparingTo("108.81");
    }

    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // surefire's own class path (java.class.path is its manifest-only booter jar)
        // without empty entries: one would put the working directory, with its processes/ folder, on the class path
        String classPath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !entry.equals(".")).collect(Collectors.joining(
                        File.pathSeparator));
        platform = new ProcessBuilder(java, "-Xmx512m", "-cp", classPath,
                "org.costclose.CostCloseApplication", "--spring.profiles.active=postgres,crash",
                "--spring.datasource.url=" + SERVER + DATABASE, "--server.port=" + port,
                "--costclose.demo.load=true", "--costclose.data-dir=" + dir, "--crash.dir=" + dir,
                "--camunda.bpm.job-execution.lock-time-in-millis=3000",
                "--camunda.bpm.job-execution.wait-time-in-millis=500",
                "--camunda.bpm.job-execution.max-wait=1000")
                .redirectErrorStream(true).redirectOutput(dir.resolve("platform-" + Instant.now().toEpochMilli()
                        + ".log").toFile()).start();
        Process started = platform;
        waitFor(() -> {
            if (!started.isAlive()) {
                throw new AssertionError("the platform stopped at startup; its log is in " + dir);
            }
            try {
                // signed in, so the users are there too (they are made after the server is up)
                return call("GET", "/api/companies", "auditor", null).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        }, "the platform to start");
    }

    /** kill -9: no shutdown hook, no rollback by the application, the open transaction dies with the connection */
    private void kill() throws InterruptedException {
        platform.destroyForcibly();
        platform.waitFor();
        platform = null;
    }

    private JsonNode waitForClose(Predicate<JsonNode> state) throws Exception {
        JsonNode[] close = new JsonNode[1];
        waitFor(() -> {
            try {
                var answer = call("GET", "/api/companies/steel/closes/2026-10", "auditor", null);
                close[0] = answer.statusCode() == 200 ? json.readTree(answer.body()) : null;
                return close[0] != null && state.test(close[0]);
            } catch (IOException e) {
                return false;
            }
        }, "the close to move on");
        return close[0];
    }

    private HttpResponse<String> call(String method, String path, String user, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + CrashHooks.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void waitFor(Check check, String what) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!check.done()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE + " for " + what);
            }
            Thread.sleep(250);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean done() throws Exception;
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + DATABASE);
        }
    }

    private static long count(String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
