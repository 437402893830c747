package org.costclose.intake;

/** A stored error of a rejected import (the first {@value ErrorCollector#CAP} are kept). */
record ImportErrorRow(long importId, int errorNo, Long rowNo, String field, String fieldValue, String reason) {
}
