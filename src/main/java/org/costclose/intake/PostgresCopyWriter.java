package org.costclose.intake;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * PostgreSQL's fast path: streams rows with {@code COPY … FROM STDIN (FORMAT csv)} on the transaction's
 * connection, in chunks of {@value #CHUNK} characters, so memory stays flat. It writes either into a
 * staging table (with the file's row numbers) or straight into the kind's table. COPY cannot go through
 * MyBatis; its table and column names come from {@link ImportKind} constants.
 */
final class PostgresCopyWriter implements StageWriter {

    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private final String prefix;
    private final boolean rowNumbers;

    private PostgresCopyWriter(DataSource dataSource, String targetTable, EntryMapper.EntryTable table, boolean rowNumbers) {
        this.prefix = csv(table.companyId()) + ',' + table.importId() + ',';
        this.rowNumbers = rowNumbers;
        try {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + targetTable
                    + " (company_id, import_id, " + (rowNumbers ? "row_no, " : "") + "row_hash, " + table.columnList()
                    + ") FROM STDIN (FORMAT csv)");
        } catch (SQLException e) {
            throw new CopyFailedException("cannot start COPY into " + targetTable, e);
        }
    }

    /** into the import's staging table, with row numbers for the set-based checks */
    static PostgresCopyWriter intoStage(DataSource dataSource, EntryMapper.EntryTable table) {
        return new PostgresCopyWriter(dataSource, table.stageTable(), table, true);
    }

    /** straight into the kind's table: its primary key then proves the file repeats no id */
    static PostgresCopyWriter intoTable(DataSource dataSource, EntryMapper.EntryTable table) {
        return new PostgresCopyWriter(dataSource, table.table(), table, false);
    }

    @Override
    public void write(ParsedRow row) {
        buffer.append(prefix);
        if (rowNumbers) {
            buffer.append(row.rowNo()).append(',');
        }
        buffer.append(row.hash());
        for (Object value : row.values()) {
            buffer.append(',');
            if (value != null) {
                buffer.append(value instanceof BigDecimal number ? number.toPlainString() : csv(value.toString()));
            }
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    @Override
    public void finish() {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw new CopyFailedException("COPY failed", e);
        }
    }

    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                throw new CopyFailedException("cannot cancel COPY", e);
            }
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new CopyFailedException("COPY failed", e);
        }
    }

    /** CSV quoting as COPY reads it: an unquoted empty field is NULL, so text is always quoted */
    private static String csv(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** COPY was refused by the server; {@link #isKeyClash()} when a primary key was violated */
    static final class CopyFailedException extends RuntimeException {

        private static final String UNIQUE_VIOLATION = "23505";

        CopyFailedException(String message, SQLException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }

        boolean isKeyClash() {
            for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        }
    }
}
