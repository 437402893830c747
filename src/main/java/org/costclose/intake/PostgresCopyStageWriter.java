package org.costclose.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * PostgreSQL's fast path: streams the staged rows with {@code COPY … FROM STDIN (FORMAT csv)} on the
 * transaction's connection, in chunks of {@value #CHUNK} characters, so memory stays flat.
 * COPY cannot go through MyBatis; its column list comes from {@link ImportKind} constants.
 */
final class PostgresCopyStageWriter implements StageWriter {

    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private final String prefix;

    PostgresCopyStageWriter(DataSource dataSource, EntryMapper.EntryTable table) {
        this.prefix = csv(table.companyId()) + ',' + table.importId() + ',';
        try {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY " + table.stageTable() + " (company_id, import_id, row_no, row_hash, " + table.columnList()
                            + ") FROM STDIN (FORMAT csv)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start COPY into " + table.stageTable(), e);
        }
    }

    @Override
    public void write(ParsedRow row) {
        buffer.append(prefix).append(row.rowNo()).append(',').append(row.hash());
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
            throw new IllegalStateException("COPY into the staging table failed", e);
        }
    }

    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot cancel COPY", e);
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
            throw new UncheckedIOException(new IOException("COPY into the staging table failed", e));
        }
    }

    /** CSV quoting as COPY reads it: an unquoted empty field is NULL, so text is always quoted */
    private static String csv(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
