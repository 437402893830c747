package org.costclose.intake;

/** Thrown inside the import transaction to roll it back when the file has errors. */
final class FileRejectedException extends RuntimeException {

    private final transient ErrorCollector errors;
    private final long rowsRead;
    private final String fileHash;

    FileRejectedException(ErrorCollector errors, long rowsRead, String fileHash) {
        super(errors.count() + " errors in " + errors.file(), null, false, false);
        this.errors = errors;
        this.rowsRead = rowsRead;
        this.fileHash = fileHash;
    }

    String fileHash() {
        return fileHash;
    }

    ErrorCollector errors() {
        return errors;
    }

    long rowsRead() {
        return rowsRead;
    }
}
