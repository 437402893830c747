package org.costclose.setup.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A cost category. {@code fixedShare} is the default percentage of its cost that is fixed (0..100, two
 * decimals); {@code transactionControl} lists the cost accounting dimensions its postings go into.
 * Primary categories name their account mapping; service categories carry a unit, the dimensions their
 * service transactions credit (sender, optional) and debit (receiver), and optionally the production data
 * they take quantities from ({@link ServiceSource}). Fields that do not apply are null or empty.
 * A {@code blocked} category (its account was blocked in the ERP) still processes the postings that reach
 * it: blocking is the ERP's act, cost accounting only records it. Left out of the model's JSON when false,
 * so setups that never block a category keep their hash.
 */
public record CostCategory(String id, String name, CategoryKind kind, BigDecimal fixedShare,
        List<String> transactionControl, AccountMapping accountMapping, List<IdRange> accountRanges,
        String unit, String creditDimension, String debitDimension, ServiceSource source,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean blocked) {

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

    /** The same category, renamed. */
    public CostCategory withName(String newName) {
        return new CostCategory(id, newName, kind, fixedShare, transactionControl, accountMapping, accountRanges, unit,
                creditDimension, debitDimension, source, blocked);
    }

    /** The same category, blocked or unblocked (its account was blocked or unblocked in the ERP). */
    public CostCategory withBlocked(boolean isBlocked) {
        return new CostCategory(id, name, kind, fixedShare, transactionControl, accountMapping, accountRanges, unit,
                creditDimension, debitDimension, source, isBlocked);
    }

    /** Whether this primary category takes the postings of the given P&L account. */
    public boolean mapsAccount(String accountNo) {
        if (accountMapping == AccountMapping.IDENTICAL_WITH_ACCOUNT) {
            return id.equals(accountNo);
        }
        return accountRanges.stream().anyMatch(range -> range.contains(accountNo));
    }
}
