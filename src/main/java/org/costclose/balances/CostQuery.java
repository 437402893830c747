package org.costclose.balances;

import java.util.List;

/**
 * The parameters of the balance statements. {@code levels} is 1..depth of the dimension's hierarchy when
 * group values are wanted, else empty; {@code from}/{@code to} restrict the (own or group) value to a range;
 * {@code categories}, when not null, restricts the drill-down to those categories.
 */
record CostQuery(String companyId, String periodId, String versionId, String dimension, List<Integer> levels,
                 String from, String to, List<String> categories, long offset, int limit) {

    CostQuery {
        levels = List.copyOf(levels);
        categories = categories == null ? null : List.copyOf(categories);
    }

    CostQuery between(String first, String last) {
        return new CostQuery(companyId, periodId, versionId, dimension, levels, first, last, categories, offset, limit);
    }

    boolean hierarchy() {
        return !levels.isEmpty();
    }
}
