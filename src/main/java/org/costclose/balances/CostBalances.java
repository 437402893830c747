package org.costclose.balances;

import java.util.List;

/** A page of cost balances: {@code totalValues} counts the values (groups included) over all pages. */
record CostBalances(String company, String period, String version, String dimension, String lineStructure,
                    boolean hierarchy, long offset, int limit, long totalValues, List<BalanceRow> rows) {
}
