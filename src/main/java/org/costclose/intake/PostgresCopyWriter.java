package org.costclose.intake;

import java.math.BigDecimal;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.costclose.shared.PostgresCopy;

/**
 * PostgreSQL's fast path: streams rows with {@link PostgresCopy} on the transaction's connection, so memory
 * stays flat. It writes either into a staging table (with the file's row numbers) or straight into the kind's
 * table. Its table and column names come from {@link ImportKind} constants.
 */
final class PostgresCopyWriter implements StageWriter {

    private final PostgresCopy copy;
    private final String prefix;
    private final boolean rowNumbers;

    private PostgresCopyWriter(DataSource dataSource, String targetTable, EntryMapper.EntryTable table, boolean rowNumbers) {
        this.prefix = PostgresCopy.quoted(table.companyId()) + ',' + table.importId() + ',';
        this.rowNumbers = rowNumbers;
        try {
            this.copy = PostgresCopy.start(dataSource, targetTable, "company_id, import_id, "
                    + (rowNumbers ? "row_no, " : "") + "row_hash, " + table.columnList());
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
        StringBuilder buffer = copy.row();
        buffer.append(prefix);
        if (rowNumbers) {
            buffer.append(row.rowNo()).append(',');
        }
        buffer.append(row.hash());
        for (Object value : row.values()) {
            buffer.append(',');
            if (value != null) {
                buffer.append(value instanceof BigDecimal number ? number.toPlainString()
                        : PostgresCopy.quoted(value.toString()));
            }
        }
        try {
            copy.endRow();
        } catch (SQLException e) {
            throw new CopyFailedException("COPY failed", e);
        }
    }

    @Override
    public void finish() {
        try {
            copy.finish();
        } catch (SQLException e) {
            throw new CopyFailedException("COPY failed", e);
        }
    }

    @Override
    public void close() {
        try {
            copy.close();
        } catch (SQLException e) {
            throw new CopyFailedException("cannot cancel COPY", e);
        }
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
