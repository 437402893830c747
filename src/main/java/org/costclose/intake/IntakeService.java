package org.costclose.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.costclose.shared.InvalidInputException;
import org.costclose.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one ERP export file, all or nothing: every row is checked, and if any is bad nothing of
 * the file is stored and the answer lists every bad row. Every import is recorded, rejected ones too.
 */
@Service
public class IntakeService {

    private final IntakeMapper mapper;
    private final IntakeContextLoader contextLoader;
    private final EntryImporter entries;
    private final MasterDataImporter masterData;
    private final TransactionTemplate transaction;
    private final ImportRecorder recorder;

    IntakeService(IntakeMapper mapper, IntakeContextLoader contextLoader, EntryImporter entries,
                  MasterDataImporter masterData, PlatformTransactionManager transactionManager, ImportRecorder recorder) {
        this.mapper = mapper;
        this.contextLoader = contextLoader;
        this.entries = entries;
        this.masterData = masterData;
        this.transaction = new TransactionTemplate(transactionManager);
        this.recorder = recorder;
    }

    /** imports through the fastest path the database offers (COPY on PostgreSQL) */
    public ImportRecord importCsv(String companyId, ImportKind kind, String fileName, InputStream input) {
        return importCsv(companyId, kind, fileName, input, true);
    }

    ImportRecord importCsv(String companyId, ImportKind kind, String fileName, InputStream input, boolean fastPath) {
        IntakeContext context = contextLoader.load(companyId, kind);
        ImportRecord started = recorder.started(companyId, kind, fileName);
        try {
            return transaction.execute(status -> {
                long importId = recorder.insert(started);
                ImportCounts counts = importFile(context, kind, fileName, input, importId, fastPath);
                return recorder.finish(started, importId, counts);
            });
        } catch (DuplicateKeyException raced) {
            throw new ConcurrentImportException(kind);
        } catch (FileRejectedException rejected) {
            ImportRecord record = recorder.rejected(started, rejected);
            var problem = new InvalidInputException(kind.slug() + " file rejected",
                    rejected.errors().listed(), rejected.errors().count());
            problem.getBody().setProperty("importId", record.importId());
            problem.getBody().setProperty("rowsRead", record.rowsRead());
            throw problem;
        }
    }

    private ImportCounts importFile(IntakeContext context, ImportKind kind, String fileName, InputStream input,
                                    long importId, boolean fastPath) {
        try {
            if (!kind.isMasterData()) {
                return entries.importRows(context, kind, input, fileName, importId, fastPath);
            }
            try (CsvFile file = new CsvFile(input)) {
                return masterData.importRows(context, kind, file, importId, new ErrorCollector(fileName));
            }
        } catch (IOException | UncheckedIOException e) {
            ErrorCollector errors = new ErrorCollector(fileName);
            errors.add(1, null, null, "the file cannot be read: " + e.getMessage());
            throw new FileRejectedException(errors, 0, null);
        }
    }

    public List<ImportRecord> imports(String companyId, long offset, int limit) {
        contextLoader.requireCompany(companyId);
        return mapper.findImports(companyId, offset, limit);
    }

    public ImportDetail importDetail(String companyId, long importId) {
        ImportRecord record = mapper.findImport(companyId, importId);
        if (record == null) {
            throw new NotFoundException("company " + companyId + " has no import " + importId);
        }
        return new ImportDetail(record, recorder.errors(importId));
    }
}
