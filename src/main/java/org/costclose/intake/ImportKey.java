package org.costclose.intake;

/** Receives the generated id of a new import (records cannot take generated keys). */
final class ImportKey {

    private Long importId;

    public Long getImportId() {
        return importId;
    }

    public void setImportId(Long importId) {
        this.importId = importId;
    }
}
