package org.costclose.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.intake.IntakeFixture.csv;

import java.math.BigDecimal;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.costclose.shared.DatabaseKind;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two imports of the same GL entries of one company and period at the same moment. The first import's
 * transaction is held open (an outer transaction it joins) until the second one has reached the database
 * and waits on the first one's ids; then the first commits. The second must neither double the rows nor
 * fail with a 500: on the staging path (H2, and PostgreSQL without COPY) it rolls back whole with a 409;
 * PostgreSQL's COPY path falls back to staging on the key clash and then finds every row already stored.
 */
@DatabaseTest
class ConcurrentImportTest extends IntakeTestBase {

    private static final long POLL_MS = 50;

    @Autowired PlatformTransactionManager transactions;
    @Autowired DatabaseKind database;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void shouldAnswer409AndStoreNothingOfTheLaterImportWhenTwoImportsOfTheSameIdsRace() throws Exception {
        Outcome race = race(false);

        assertThat(race.first.outcome()).isEqualTo(ImportRecord.STORED);
        assertThat(race.second).isInstanceOf(ConcurrentImportException.class);
        ConcurrentImportException conflict = (ConcurrentImportException) race.second;
        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(conflict.getBody().getDetail()).isEqualTo("another gl-entries import stored some of these ids while"
                + " this one ran; nothing of this file was stored, send it again");
        assertStoredOnceByTheFirst(race.first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_import WHERE company_id = ? AND kind = 'GL_ENTRIES'",
                Integer.class, company)).isEqualTo(1);
    }

    @Test
    void shouldStoreTheRowsOnceWhenTwoImportsRaceOnTheFastestPath() throws Exception {
        Outcome race = race(true);

        assertThat(race.first.outcome()).isEqualTo(ImportRecord.STORED);
        if (database.isPostgres()) {
            // COPY's key clash falls back to staging, which sees the first import's rows once it committed
            assertThat(race.second).isInstanceOf(ImportRecord.class);
            assertThat(((ImportRecord) race.second).outcome()).isEqualTo(ImportRecord.UNCHANGED);
            assertThat(((ImportRecord) race.second).rowsUnchanged()).isEqualTo(4);
        } else {
            assertThat(race.second).isInstanceOf(ConcurrentImportException.class);
        }
        assertStoredOnceByTheFirst(race.first);
    }

    private void assertStoredOnceByTheFirst(ImportRecord first) {
        assertThat(count("gl_entry")).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT import_id) FROM gl_entry WHERE company_id = ?",
                Integer.class, company)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT MIN(import_id) FROM gl_entry WHERE company_id = ?", Long.class, company))
                .isEqualTo(first.importId());
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM gl_entry WHERE company_id = ?", BigDecimal.class, company))
                .isEqualByComparingTo("-9667.00");
    }

    /** the first import holds its transaction open until the second waits on its ids */
    private Outcome race(boolean fastPath) throws Exception {
        CountDownLatch firstImported = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        TransactionTemplate held = new TransactionTemplate(transactions);
        Future<ImportRecord> first = threads.submit(() -> held.execute(status -> {
            ImportRecord record = importFile(fastPath);
            firstImported.countDown();
            await(commitFirst);
            return record;
        }));
        assertThat(firstImported.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Object> second = threads.submit(() -> {
            try {
                return importFile(fastPath);
            } catch (RuntimeException e) {
                return e;
            }
        });
        awaitBlockedSession();
        assertThat(second.isDone()).as("the second import waits on the first one's uncommitted ids").isFalse();
        commitFirst.countDown();
        return new Outcome(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
    }

    /** until the second import's session waits for a lock the first one holds (at most 20 s) */
    private void awaitBlockedSession() throws InterruptedException {
        String blocked = database.isPostgres()
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()"
                        + " AND LOWER(EXECUTING_STATEMENT) LIKE '%insert into gl_entry %'";
        for (long waited = 0; waited < 20_000; waited += POLL_MS) {
            if (jdbc.queryForObject(blocked, Integer.class) > 0) {
                return;
            }
            Thread.sleep(POLL_MS);
        }
        throw new AssertionError("the second import never waited on the first one's ids");
    }

    private ImportRecord importFile(boolean fastPath) {
        return intake.importCsv(company, ImportKind.GL_ENTRIES, "gl.csv", csv(GlEntryIntakeTest.GOOD), fastPath);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Outcome(ImportRecord first, Object second) {
    }
}
