package org.costclose.balances;

/** The query parameters of a cost balance request, as sent; {@link CostBalanceService#scope} checks them. */
record BalanceParameters(String period, String dimension, String lineStructure, String version, long offset,
                         int limit, boolean hierarchy) {
}
