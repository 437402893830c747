package org.costclose.setup.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A cost category. {@code fixedShare} is the default percentage of its cost that is fixed (0..100, two
 * decimals); {@code transactionControl} lists the cost accounting dimensions its postings go into.
 * Primary categories name their account mapping; service categories carry a unit, the dimensions their
 * service transactions credit (sender, optional) and debit (receiver), and optionally the production data
 * they take quantities from ({@link ServiceSource}). Fields that do not apply are null or empty.
 */
public record CostCategory(String id, String name, CategoryKind kind, BigDecimal fixedShare,
        List<String> transactionControl, AccountMapping accountMapping, List<IdRange> accountRanges,
        String unit, String creditDimension, String debitDimension, ServiceSource source) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CostCategory {
        Require.text(id, "category id");
        Require.text(name, "category name");
        Require.present(kind, "kind");
        if (fixedShare.signum() < 0 || fixedShare.compareTo(HUNDRED) > 0 || fixedShare.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("fixed share " + fixedShare + " is not within 0..100 with two decimals");
        }
        // one scale, so that 100 and 100.00 are the same setup
        fixedShare = fixedShare.setScale(2, RoundingMode.UNNECESSARY);
        transactionControl = Require.list(transactionControl, "transactionControl");
        accountRanges = Require.list(accountRanges, "accountRanges");
        if (source != null && kind != CategoryKind.SERVICE) {
            throw new IllegalArgumentException("a source belongs to service categories only");
        }
        if ((kind == CategoryKind.PRIMARY) != (accountMapping != null)) {
            throw new IllegalArgumentException("an account mapping belongs to primary categories only");
        }
    }

    @JsonIgnore
    public boolean isService() {
        return kind == CategoryKind.SERVICE;
    }

    /** Whether this primary category takes the postings of the given P&L account. */
    public boolean mapsAccount(String accountNo) {
        if (accountMapping == AccountMapping.IDENTICAL_WITH_ACCOUNT) {
            return id.equals(accountNo);
        }
        return accountRanges.stream().anyMatch(range -> range.contains(accountNo));
    }
}
