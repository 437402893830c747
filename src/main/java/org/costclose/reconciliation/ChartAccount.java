package org.costclose.reconciliation;

/** An account of the company's chart as intake stored it; {@code inChart} is 'N' once a complete chart left it out. */
record ChartAccount(String accountNo, String name, String accountType, String status, String inChart) {

    /** Revenue and expense accounts; balance-sheet accounts never become cost categories. */
    boolean isProfitAndLoss() {
        return "REVENUE".equals(accountType) || "EXPENSE".equals(accountType);
    }

    boolean isBlocked() {
        return "BLOCKED".equals(status);
    }

    boolean isInChart() {
        return "Y".equals(inChart);
    }
}
