package org.costclose.setup;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.costclose.setup.model.AccountMapping;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.IdRange;

/** Cost categories: the dimensions they name, and P&L accounts that would map to two primary categories. */
final class CategoryChecks {

    private final SetupValidator dimensions;
    private final Collection<Located<CostCategory>> categories;
    private final Problems problems;

    CategoryChecks(SetupValidator dimensions, Collection<Located<CostCategory>> categories, Problems problems) {
        this.dimensions = dimensions;
        this.categories = categories;
        this.problems = problems;
    }

    void check() {
        for (Located<CostCategory> category : categories) {
            checkTransactionControl(category);
            checkServiceDimension(category, category.value().creditDimension(), ".creditDimension");
            checkServiceDimension(category, category.value().debitDimension(), ".debitDimension");
            checkAccountRanges(category);
        }
    }

    private void checkTransactionControl(Located<CostCategory> category) {
        List<String> control = category.value().transactionControl();
        Set<String> seen = new HashSet<>();
        for (int index = 0; index < control.size(); index++) {
            Place place = problems.locate(category.place(), ".transactionControl[" + index + "]");
            if (!seen.add(control.get(index))) {
                problems.add(place, control.get(index), "dimension listed twice");
            } else {
                dimensions.checkCostAccountingDimension(control.get(index), place);
            }
        }
    }

    private void checkServiceDimension(Located<CostCategory> category, String dimension, String field) {
        if (dimension != null) {
            dimensions.checkCostAccountingDimension(dimension, problems.locate(category.place(), field));
        }
    }

    /** An account must map to one primary category at most, so no two mappings may cover the same account. */
    private void checkAccountRanges(Located<CostCategory> category) {
        CostCategory self = category.value();
        if (self.accountMapping() != AccountMapping.ACCOUNT_RANGES) {
            return;
        }
        for (int index = 0; index < self.accountRanges().size(); index++) {
            IdRange range = self.accountRanges().get(index);
            for (Located<CostCategory> other : categories) {
                String conflict = conflict(self, range, other.value());
                if (conflict != null) {
                    problems.add(problems.locate(category.place(), ".accountRanges[" + index + "].from"),
                            range.from() + ".." + range.to(), "accounts " + conflict + " map to "
                            + other.value().id() + " as well");
                }
            }
        }
    }

    private static String conflict(CostCategory self, IdRange range, CostCategory other) {
        if (other == self || other.accountMapping() == null) {
            return null;
        }
        if (other.accountMapping() == AccountMapping.IDENTICAL_WITH_ACCOUNT) {
            return range.contains(other.id()) ? other.id() : null;
        }
        // each overlapping pair is reported once, on the category listed first
        boolean first = IdRange.compareIds(self.id(), other.id()) < 0;
        return other.accountRanges().stream().filter(range::overlaps).findFirst()
                .filter(overlap -> first)
                .map(overlap -> "in " + overlap.from() + ".." + overlap.to()).orElse(null);
    }
}
