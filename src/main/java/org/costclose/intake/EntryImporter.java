package org.costclose.intake;

import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.costclose.shared.InputError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Append-only entries (GL, budget, production, project, service): valid rows stream into a staging
 * table; duplicate ids in the file and ids stored earlier with other content are found set-based;
 * then one {@code INSERT … SELECT} stores the new rows. Runs inside the import's transaction.
 */
@Component
class EntryImporter {

    private final EntryMapper mapper;
    private final SqlSessionFactory sessionFactory;
    private final DataSource dataSource;
    private final boolean postgresCopy;

    EntryImporter(EntryMapper mapper, SqlSessionFactory sessionFactory, DataSource dataSource,
                  @Value("${costclose.intake.postgres-copy:true}") boolean postgresCopy) {
        this.mapper = mapper;
        this.sessionFactory = sessionFactory;
        this.dataSource = dataSource;
        this.postgresCopy = postgresCopy;
    }

    ImportCounts importRows(IntakeContext context, ImportKind kind, CsvFile file, long importId,
                            ErrorCollector errors, boolean allowFastPath) throws IOException {
        RowLayout layout = RowLayout.resolve(kind, file.header(), context, errors);
        if (errors.hasErrors()) {
            throw new FileRejectedException(errors, 0, file.sha256());
        }
        boolean copy = allowFastPath && postgresCopy && onPostgres();
        var table = new EntryMapper.EntryTable(kind.table(), copy ? kind.table() + "_stage_tmp" : kind.table() + "_stage",
                kind.idColumn(), String.join(", ", layout.columns()), context.companyId(), importId);
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

    private long stage(EntryMapper.EntryTable table, boolean copy, RowParser parser, CsvFile file, ErrorCollector errors) {
        long[] rowsRead = {0};
        if (copy) {
            mapper.createTemporaryStage(table);
        }
        try (StageWriter writer = copy ? new PostgresCopyStageWriter(dataSource, table)
                : new BatchStageWriter(sessionFactory, table)) {
            file.forEachRow((record, row) -> {
                rowsRead[0]++;
                ParsedRow parsed = parser.parse(record, row, errors);
                if (parsed != null) {
                    writer.write(parsed);
                }
            }, errors);
            writer.finish();
        }
        if (copy) {
            mapper.analyzeStage(table);
        }
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

    private boolean onPostgres() {
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's product name", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
