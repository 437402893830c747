package org.costclose.balances;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.LineStructure;

/**
 * A checked balance request: what to read and how to present it; {@code structure} is null for category rows;
 * {@code periods}, when not null, sums those periods (a year to date ending with {@code periodId}).
 */
record BalanceScope(CompanySetup setup, String periodId, String versionId, String dimension, LineStructure structure,
                    long offset, int limit, boolean hierarchy, List<String> periods) {

    BalanceScope(CompanySetup setup, String periodId, String versionId, String dimension, LineStructure structure,
                 long offset, int limit, boolean hierarchy) {
        this(setup, periodId, versionId, dimension, structure, offset, limit, hierarchy, null);
    }

    String companyId() {
        return setup.company().id();
    }

    int minorUnit() {
        return setup.company().minorUnit();
    }

    Set<String> serviceCategories() {
        return serviceCategories(setup);
    }

    static Set<String> serviceCategories(CompanySetup setup) {
        return setup.costCategories().stream().filter(CostCategory::isService).map(CostCategory::id)
                .collect(Collectors.toSet());
    }
}
