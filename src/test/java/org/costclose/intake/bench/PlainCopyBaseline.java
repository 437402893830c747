package org.costclose.intake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The yardstick: the same rows with plain {@code COPY … FROM STDIN} from the client, as the intake
 * sends its rows, into a table built {@code LIKE gl_entry INCLUDING ALL}: same columns, types,
 * checks, primary key and period index, an ordinary logged table. The table is created before the
 * COPY in its own transaction, so the COPY cannot skip WAL for a table new in its transaction.
 */
final class PlainCopyBaseline {

    static final String TABLE = "bench_copy_gl_entry";
    private static final int BUFFER = 1 << 16;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    PlainCopyBaseline(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    void createTable() {
        jdbc.execute("DROP TABLE IF EXISTS " + TABLE);
        jdbc.execute("CREATE TABLE " + TABLE + " (LIKE gl_entry INCLUDING ALL)");
    }

    /** loads the file in one autocommit COPY; returns the rows PostgreSQL reports */
    long copy(Path file) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection(); InputStream input = Files.newInputStream(file)) {
            connection.setAutoCommit(true);
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + TABLE + " ("
                    + GlFileGenerator.COPY_COLUMNS + ") FROM STDIN (FORMAT csv, HEADER)", input, BUFFER);
        }
    }
}
