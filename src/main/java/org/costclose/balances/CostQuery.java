package org.costclose.balances;

import java.util.List;

/**
 * The parameters of the balance statements. {@code levels} is 1..depth of the dimension's hierarchy when
 * group values are wanted, else empty; {@code from}/{@code to} restrict the (own or group) value to a range;
 * {@code categories}, when not null, restricts the drill-down to those categories; {@code periods}, when not
 * null, sums those periods (a year to date) instead of {@code periodId} alone.
 */
record CostQuery(String companyId, String periodId, String versionId, String dimension, List<Integer> levels,
                 String from, String to, List<String> categories, long offset, int limit, List<String> periods) {

    CostQuery {
        levels = List.copyOf(levels);
        categories = categories == null ? null : List.copyOf(categories);
        periods = periods == null ? null : List.copyOf(periods);
    }

    CostQuery(String companyId, String periodId, String versionId, String dimension, List<Integer> levels,
              String from, String to, List<String> categories, long offset, int limit) {
        this(companyId, periodId, versionId, dimension, levels, from, to, categories, offset, limit, null);
    }

    CostQuery between(String first, String last) {
        return new CostQuery(companyId, periodId, versionId, dimension, levels, first, last, categories, offset, limit,
                periods);
    }

    boolean hierarchy() {
        return !levels.isEmpty();
    }
}
