package org.costclose.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.InputError;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes the record of an import: who, when, which file, how many rows, the outcome and the first errors. */
@Component
class ImportRecorder {

    private final IntakeMapper mapper;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ImportRecorder(IntakeMapper mapper, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.currentUser = currentUser;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    ImportRecord started(String companyId, ImportKind kind, String fileName) {
        return new ImportRecord(null, companyId, kind.name(), fileName, null, 0, 0, 0, 0, 0,
                ImportRecord.RUNNING, currentUser.name(), clock.instant(), null);
    }

    long insert(ImportRecord record) {
        ImportKey key = new ImportKey();
        mapper.insertImport(record, key);
        return key.getImportId();
    }

    ImportRecord finish(ImportRecord started, long importId, ImportCounts counts) {
        String outcome = counts.stored() + counts.updated() == 0 ? ImportRecord.UNCHANGED : ImportRecord.STORED;
        ImportRecord finished = new ImportRecord(importId, started.companyId(), started.kind(), started.fileName(),
                counts.fileHash(), counts.rowsRead(), counts.stored(), counts.updated(), counts.unchanged(), 0,
                outcome, started.importedBy(), started.startedAt(), clock.instant());
        mapper.updateImport(finished);
        return finished;
    }

    /** after the import's own transaction rolled back: the rejection is recorded in a transaction of its own */
    ImportRecord rejected(ImportRecord started, FileRejectedException rejected) {
        return ownTransaction.execute(status -> {
            ImportRecord record = new ImportRecord(null, started.companyId(), started.kind(), started.fileName(),
                    rejected.fileHash(), rejected.rowsRead(), 0, 0, 0, rejected.errors().count(),
                    ImportRecord.REJECTED, started.importedBy(), started.startedAt(), clock.instant());
            long importId = insert(record);
            List<InputError> listed = rejected.errors().listed();
            for (int i = 0; i < listed.size(); i++) {
                InputError error = listed.get(i);
                mapper.insertImportError(new ImportErrorRow(importId, i + 1, error.row(), error.field(),
                        truncate(error.value(), 300), truncate(error.reason(), 1000)));
            }
            return new ImportRecord(importId, record.companyId(), record.kind(), record.fileName(), record.fileHash(),
                    record.rowsRead(), 0, 0, 0, record.errorCount(), record.outcome(), record.importedBy(),
                    record.startedAt(), record.finishedAt());
        });
    }

    List<InputError> errors(long importId) {
        return mapper.findImportErrors(importId).stream()
                .map(e -> new InputError(null, e.rowNo(), e.field(), e.fieldValue(), e.reason())).toList();
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
