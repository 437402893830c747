package org.costclose.balances;

import java.util.List;

/** A page of the cost transactions behind a balance; {@code categories} lists those a line drill resolved to. */
record CostTransactions(String company, String period, String version, String dimension, String value,
                        boolean hierarchy, String category, String lineStructure, String line, List<String> categories,
                        long offset, int limit, long total, List<CostTransaction> transactions) {

    /** a cost transaction as stored; {@code glEntryId} is the GL entry (or the production row) it came from */
    record CostTransaction(String glEntryId, String source, long runId, String category, String dimensionValue,
                           java.time.LocalDate accountingDate, java.math.BigDecimal amount,
                           java.math.BigDecimal fixedAmount, java.math.BigDecimal variableAmount,
                           java.math.BigDecimal quantity) {

        static CostTransaction of(CostBalanceMapper.CostTransactionRow row, int minorUnit) {
            return new CostTransaction(row.glEntryId(), row.source(), row.runId(), row.categoryId(),
                    row.dimensionValue(), row.accountingDate(), BalanceRow.amount(row.amount(), minorUnit),
                    BalanceRow.amount(row.fixedAmount(), minorUnit), BalanceRow.amount(row.variableAmount(), minorUnit),
                    BalanceRow.quantity(row.quantity()));
        }
    }
}
