package org.costclose.shared;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * PostgreSQL's fast path for writing many rows: one {@code COPY … FROM STDIN (FORMAT csv)} on the connection of
 * the surrounding transaction, fed in chunks of {@value #CHUNK} characters so memory stays flat. The caller
 * appends each row's fields to {@link #row()} and ends it with {@link #endRow()}. COPY cannot go through MyBatis;
 * table and column names must be the caller's constants.
 */
public final class PostgresCopy implements AutoCloseable {

    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

    private PostgresCopy(CopyIn copy) {
        this.copy = copy;
    }

    /** starts {@code COPY table (columns) FROM STDIN (FORMAT csv)} on the transaction's connection */
    public static PostgresCopy start(DataSource dataSource, String table, String columns) throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return new PostgresCopy(connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)"));
    }

    /** the text of the rows not sent yet: append the current row's fields, comma-separated */
    public StringBuilder row() {
        return buffer;
    }

    public void endRow() throws SQLException {
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    /** sends what is left and ends the COPY; returns the rows PostgreSQL stored */
    public long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** cancels the COPY if it was not finished, so the connection can be used (and rolled back) */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    /** CSV quoting as COPY reads it: an unquoted empty field is NULL, so text is always quoted */
    public static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
