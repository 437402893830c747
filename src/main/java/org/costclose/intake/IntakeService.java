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
        return importCsv(companyId, kind, fileName, input, true, false);
    }

    /**
     * Imports a complete chart of accounts: the company's accounts the file does not list are marked as no
     * longer in the chart (their entries stay stored) and counted as updated rows.
     */
    public ImportRecord importCompleteChart(String companyId, String fileName, InputStream input) {
        return importCsv(companyId, ImportKind.ACCOUNTS, fileName, input, true, true);
    }

    ImportRecord importCsv(String companyId, ImportKind kind, String fileName, InputStream input, boolean fastPath) {
        return importCsv(companyId, kind, fileName, input, fastPath, false);
    }

    private ImportRecord importCsv(String companyId, ImportKind kind, String fileName, InputStream input,
                                   boolean fastPath, boolean completeChart) {
        IntakeContext context = contextLoader.load(companyId, kind);
        ImportRecord started = recorder.started(companyId, kind, fileName);
        try {
            return transaction.execute(status -> {
                long importId = recorder.insert(started);
                ImportCounts counts = importFile(context, kind, fileName, input, importId, fastPath, completeChart);
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
                                    long importId, boolean fastPath, boolean completeChart) {
        try {
            if (!kind.isMasterData()) {
                return entries.importRows(context, kind, input, fileName, importId, fastPath);
            }
            try (CsvFile file = new CsvFile(input)) {
                return masterData.importRows(context, kind, file, importId, new ErrorCollector(fileName),
                        completeChart);
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
