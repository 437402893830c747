package org.costclose.intake;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Savepoint;
import java.util.Optional;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.costclose.shared.DatabaseKind;
import org.costclose.shared.InputError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Append-only entries (GL, budget, production, project, service): valid rows stream into a staging
 * table; duplicate ids in the file and ids stored earlier with other content are found set-based;
 * then one {@code INSERT … SELECT} stores the new rows. On PostgreSQL a file of new ids first goes
 * straight into the table with COPY (no second write), falling back to staging on a key clash.
 * Runs inside the import's transaction.
 */
@Component
class EntryImporter {

    private final EntryMapper mapper;
    private final SqlSessionFactory sessionFactory;
    private final DataSource dataSource;
    private final boolean postgresCopy;
    private final DatabaseKind database;

    EntryImporter(EntryMapper mapper, SqlSessionFactory sessionFactory, DataSource dataSource,
                  @Value("${costclose.intake.postgres-copy:true}") boolean postgresCopy, DatabaseKind database) {
        this.mapper = mapper;
        this.sessionFactory = sessionFactory;
        this.dataSource = dataSource;
        this.postgresCopy = postgresCopy;
        this.database = database;
    }

    ImportCounts importRows(IntakeContext context, ImportKind kind, InputStream input, String fileName, long importId,
                            boolean allowFastPath) throws IOException {
        if (!(allowFastPath && postgresCopy && database.isPostgres())) {
            return staged(context, kind, input, fileName, importId, false);
        }
        try (SpooledInput spooled = new SpooledInput(input)) {
            Optional<ImportCounts> direct = copyStraightIn(context, kind, spooled.firstPass(), fileName, importId);
            return direct.isPresent() ? direct.get() : staged(context, kind, spooled.secondPass(), fileName, importId, true);
        }
    }

    /**
     * PostgreSQL's common case, a file of new ids: COPY straight into the table, whose primary key proves
     * that no id repeats or was stored before. On a key clash it rolls back to its savepoint and answers
     * empty: the staging path then finds and reports every clash.
     */
    private Optional<ImportCounts> copyStraightIn(IntakeContext context, ImportKind kind, InputStream input,
                                                  String fileName, long importId) throws IOException {
        ErrorCollector errors = new ErrorCollector(fileName);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint beforeCopy = jdbc(() -> connection.setSavepoint());
        try (CsvFile file = new CsvFile(input)) {
            RowLayout layout = layout(kind, file, context, errors);
            long rowsRead;
            try (StageWriter writer = PostgresCopyWriter.intoTable(dataSource, table(kind, layout, context, importId, true))) {
                rowsRead = writeRows(writer, new RowParser(layout, context), file, errors);
            } catch (PostgresCopyWriter.CopyFailedException e) {
                if (!e.isKeyClash()) {
                    throw e;
                }
                jdbc(() -> {
                    connection.rollback(beforeCopy);
                    return null;
                });
                return Optional.empty();
            }
            String fileHash = file.sha256();
            if (errors.hasErrors()) {
                throw new FileRejectedException(errors, rowsRead, fileHash);
            }
            return Optional.of(new ImportCounts(rowsRead, rowsRead, 0, 0, fileHash));
        }
    }

    /** every path: rows into a staging table, set-based checks for clashes, one INSERT … SELECT */
    private ImportCounts staged(IntakeContext context, ImportKind kind, InputStream input, String fileName,
                                long importId, boolean copy) throws IOException {
        ErrorCollector errors = new ErrorCollector(fileName);
        try (CsvFile file = new CsvFile(input)) {
            RowLayout layout = layout(kind, file, context, errors);
            var table = table(kind, layout, context, importId, copy);
            long rowsRead = stage(table, copy, new RowParser(layout, context), file, errors);
            String fileHash = file.sha256();
            var clashes = findClashes(table, kind, errors);
            if (errors.hasErrors()) {
                throw new FileRejectedException(errors, rowsRead, fileHash);
            }
            if (clashes.unchanged() > 0) {
                mapper.deleteStoredFromStage(table);
            }
            int stored = mapper.insertNewEntries(table);
            if (!copy) {
                mapper.deleteStage(table);
            }
            return new ImportCounts(rowsRead, stored, 0, clashes.unchanged(), fileHash);
        }
    }

    private static RowLayout layout(ImportKind kind, CsvFile file, IntakeContext context, ErrorCollector errors)
            throws IOException {
        RowLayout layout = RowLayout.resolve(kind, file.header(), context, errors);
        if (errors.hasErrors()) {
            throw new FileRejectedException(errors, 0, file.sha256());
        }
        return layout;
    }

    private static EntryMapper.EntryTable table(ImportKind kind, RowLayout layout, IntakeContext context,
                                                long importId, boolean copy) {
        return new EntryMapper.EntryTable(kind.table(), kind.table() + (copy ? "_stage_tmp" : "_stage"),
                kind.idColumn(), String.join(", ", layout.columns()), context.companyId(), importId);
    }

    private long stage(EntryMapper.EntryTable table, boolean copy, RowParser parser, CsvFile file, ErrorCollector errors) {
        if (copy) {
            mapper.createTemporaryStage(table);
        }
        long rowsRead;
        try (StageWriter writer = copy ? PostgresCopyWriter.intoStage(dataSource, table)
                : new BatchStageWriter(sessionFactory, table)) {
            rowsRead = writeRows(writer, parser, file, errors);
        }
        if (copy) {
            mapper.analyzeStage(table);
        }
        return rowsRead;
    }

    private static long writeRows(StageWriter writer, RowParser parser, CsvFile file, ErrorCollector errors) {
        long[] rowsRead = {0};
        file.forEachRow((record, row) -> {
            rowsRead[0]++;
            ParsedRow parsed = parser.parse(record, row, errors);
            if (parsed != null) {
                writer.write(parsed);
            }
        }, errors);
        writer.finish();
        return rowsRead[0];
    }

    private EntryMapper.ClashCounts findClashes(EntryMapper.EntryTable table, ImportKind kind, ErrorCollector errors) {
        String id = kind.fields().get(0).header();
        long duplicates = mapper.countDuplicateIds(table);
        if (duplicates > 0) {
            errors.addFound(mapper.findDuplicateIds(table).stream().map(clash -> InputError.at(errors.file(),
                    clash.rowNo(), id, clash.entryId(), "duplicate id inside the file: also on row " + clash.other()))
                    .toList(), duplicates);
        }
        var clashes = mapper.countClashes(table);
        long conflicting = clashes.conflicting();
        if (conflicting > 0) {
            errors.addFound(mapper.findConflicts(table).stream().map(clash -> InputError.at(errors.file(),
                    clash.rowNo(), id, clash.entryId(), "id already stored by import " + clash.other()
                            + " with different content; a correction is a new entry with a new id"))
                    .toList(), conflicting);
        }
        return clashes;
    }

    private static <T> T jdbc(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new IllegalStateException("savepoint around the direct COPY failed", e);
        }
    }

    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}
