package org.costclose.intake;

/** A valid row: its row number in the file, its column values, and the hash that pins its content to its id. */
record ParsedRow(long rowNo, Object[] values, long hash) {
}
