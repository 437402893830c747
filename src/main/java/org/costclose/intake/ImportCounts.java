package org.costclose.intake;

/** What one import did with the rows it read. */
record ImportCounts(long rowsRead, long stored, long updated, long unchanged, String fileHash) {
}
