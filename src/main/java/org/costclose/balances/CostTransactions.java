package org.costclose.balances;

import java.util.List;

/** A page of the cost transactions behind a balance; {@code categories} lists those a line drill resolved to. */
record CostTransactions(String company, String period, String version, String dimension, String value,
                        boolean hierarchy, String category, String lineStructure, String line, List<String> categories,
                        long offset, int limit, long total, List<CostTransaction> transactions) {

    /**
     * A cost transaction as stored. A LEDGER one sums {@code entryCount} GL entries of its category and value:
     * {@code glEntries} lists the first {@value DrillDownService#LINEAGE_PAGE} of them (all of them page by page at
     * {@code …/periods/{period}/ledger-entries}). A PRODUCTION one is one side of the source row {@code sourceId} of
     * the kind {@code sourceKind} (ROUTE, FINISHED, PROJECT, SERVICE: ids are unique per kind only).
     */
    record CostTransaction(String sourceKind, String sourceId, String source, long runId, String category, String dimensionValue,
                           long entryCount, java.math.BigDecimal amount, java.math.BigDecimal fixedAmount,
                           java.math.BigDecimal variableAmount, java.math.BigDecimal quantity, List<String> glEntries) {

        static CostTransaction of(CostBalanceMapper.CostTransactionRow row, int minorUnit, List<String> glEntries) {
            return new CostTransaction(row.sourceKind(), row.sourceId(), row.source(), row.runId(), row.categoryId(),
                    row.dimensionValue(), row.entryCount(), BalanceRow.amount(row.amount(), minorUnit),
                    BalanceRow.amount(row.fixedAmount(), minorUnit), BalanceRow.amount(row.variableAmount(), minorUnit),
                    BalanceRow.quantity(row.quantity()), glEntries);
        }
    }
}
