package org.costclose.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.costclose.setup.model.CategoryKind;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.PostingControlRule;
import org.costclose.setup.model.PostingLayer;
import org.costclose.setup.model.SkipWhen;

/**
 * The rules one run applies, resolved in Java from the active setup (master data, small) and stored
 * with the run so the month's entries are processed by SQL alone, and an auditor sees what was applied:
 * which category each P&L account maps to, the dimensions each category posts into, the layers in scope.
 */
record LedgerRules(List<AccountRule> accounts, List<DimensionRule> dimensions, List<String> layers) {

    record AccountRule(long runId, String accountNo, String categoryId, BigDecimal fixedShare) {
    }

    record DimensionRule(long runId, String categoryId, String dimensionName, int slot, String skipBlank) {
    }

    /** the dimension slots the rules use, ascending (at least one, so a summary always has a dimension column) */
    List<Integer> slots() {
        List<Integer> slots = dimensions.stream().map(DimensionRule::slot).distinct().sorted().toList();
        return slots.isEmpty() ? List.of(1) : slots;
    }

    static LedgerRules of(CompanySetup setup, List<String> profitAndLossAccounts, Map<String, Integer> slots, long runId) {
        List<CostCategory> primary = setup.costCategories().stream()
                .filter(category -> category.kind() == CategoryKind.PRIMARY).toList();
        List<AccountRule> accounts = new ArrayList<>();
        for (String account : profitAndLossAccounts) {
            primary.stream().filter(category -> category.mapsAccount(account)).findFirst().ifPresent(category ->
                    accounts.add(new AccountRule(runId, account, category.id(), category.fixedShare())));
        }
        Set<String> skipsBlank = new HashSet<>();
        for (PostingControlRule rule : setup.postingControl()) {
            if (rule.skip() == SkipWhen.BLANK) {
                skipsBlank.add(rule.category() + '\u0000' + rule.dimension());
            }
        }
        List<DimensionRule> dimensions = new ArrayList<>();
        for (CostCategory category : primary) {
            for (String dimension : category.transactionControl()) {
                dimensions.add(new DimensionRule(runId, category.id(), dimension, slots.get(dimension),
                        skipsBlank.contains(category.id() + '\u0000' + dimension) ? "Y" : "N"));
            }
        }
        List<String> layers = setup.postingLayers().stream().map(PostingLayer::code).toList();
        return new LedgerRules(accounts, dimensions, layers);
    }
}
