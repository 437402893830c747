package org.costclose.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class ImportCommandTest extends IntakeTestBase {

    @Autowired ImportCommand command;
    @TempDir Path dir;
    ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Test
    void shouldImportAFileAndExitZeroThenReportUnchangedWhenRunAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("gl.csv"), GlEntryIntakeTest.GOOD);

        assertThat(run("gl-entries", file.toString())).isZero();
        assertThat(run("gl-entries", file.toString())).isZero();

        assertThat(printed()).contains("STORED: 4 new rows stored", "UNCHANGED: nothing new");
        assertThat(count("gl_entry")).isEqualTo(4);
    }

    @Test
    void shouldPrintEveryErrorAndExitOneWhenTheFileIsRejected() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.csv"), "entry_id,date,account,amount\nE1,2026-10-01,999,1.00\n");

        assertThat(run("gl-entries", file.toString())).isEqualTo(1);

        assertThat(printed()).contains("gl-entries file rejected", "bad.csv:2 account '999': unknown account");
    }

    @Test
    void shouldPrintUsageAndExitTwoWhenTheKindIsUnknown() {
        assertThat(run("invoices", "x.csv")).isEqualTo(2);
        assertThat(printed()).startsWith("usage: import --company=<id> --kind=<accounts|");
    }

    @Test
    void shouldMarkUnlistedAccountsRemovedWhenTheChartIsImportedAsComplete() throws Exception {
        Path file = Files.writeString(dir.resolve("coa.csv"), "account,name,type\n401100,Sales,revenue\n");

        int code = command.execute(company, "accounts", file.toString(), true,
                new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(printed()).contains("STORED: 0 new rows stored, 3 updated");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account WHERE company_id = ? AND in_chart = 'N'",
                Integer.class, company)).isEqualTo(3);
    }

    @Test
    void shouldPrintUsageWhenCompleteIsGivenForAnotherKind() {
        int code = command.execute(company, "gl-entries", "x.csv", true, new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(printed()).contains("[--complete, with --kind=accounts]");
    }

    private int run(String kind, String file) {
        return command.execute(company, kind, file, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
