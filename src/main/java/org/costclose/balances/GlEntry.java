package org.costclose.balances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A GL entry as imported, its dimension columns named by the company's dimensions (null: no value). */
record GlEntry(String entryId, String voucher, LocalDate accountingDate, String periodId, String accountNo,
               String accountName, Map<String, String> dimensions, BigDecimal amount, BigDecimal quantity, String unit,
               String postingLayer, long importId, long rowHash) {
}
