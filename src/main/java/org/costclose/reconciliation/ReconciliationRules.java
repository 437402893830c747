package org.costclose.reconciliation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.costclose.setup.model.AccountMapping;
import org.costclose.setup.model.CategoryKind;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.IdRange;

/**
 * Compares the chart of accounts with the primary cost categories. Only P&L accounts take part: a
 * balance-sheet account never produces a change. Categories mapped by account ranges cover accounts by
 * rule, so for them only a missing category (CREATE) can arise; renaming, blocking and removing concern
 * categories identical with their account.
 */
final class ReconciliationRules {

    private static final Comparator<ProposedChange> ORDER = Comparator.comparing(ProposedChange::kind)
            .thenComparing(ProposedChange::accountNo, IdRange.ID_ORDER);

    private ReconciliationRules() {
    }

    static List<ProposedChange> propose(List<ChartAccount> chart, CompanySetup setup) {
        Set<String> named = setup.costCategories().stream().map(CostCategory::id)
                .filter(id -> !SetupChanges.references(setup, id).isEmpty()).collect(Collectors.toSet());
        return propose(chart, setup.costCategories(), named);
    }

    /**
     * {@code namedBySetup}: categories a line structure, rule or resource names. Applying blocks such a category
     * instead of removing it, so once it is blocked its removal is not proposed again.
     */
    static List<ProposedChange> propose(List<ChartAccount> chart, List<CostCategory> categories,
            Set<String> namedBySetup) {
        List<CostCategory> primaries = categories.stream().filter(c -> c.kind() == CategoryKind.PRIMARY).toList();
        Map<String, ChartAccount> accounts = chart.stream()
                .collect(Collectors.toMap(ChartAccount::accountNo, Function.identity()));
        List<ProposedChange> changes = new ArrayList<>();
        for (ChartAccount account : chart) {
            boolean candidate = account.isProfitAndLoss() && account.isInChart() && !account.isBlocked();
            if (candidate && primaries.stream().noneMatch(category -> category.mapsAccount(account.accountNo()))) {
                // the category id is the account number, also in setups that otherwise map by ranges
                changes.add(ProposedChange.of(ChangeKind.CREATE, account.accountNo(), account.accountNo(), null,
                        account.name()));
            }
        }
        for (CostCategory category : primaries) {
            if (category.accountMapping() == AccountMapping.IDENTICAL_WITH_ACCOUNT) {
                changes.addAll(compare(category, accounts.get(category.id()), namedBySetup.contains(category.id())));
            }
        }
        return changes.stream().sorted(ORDER).toList();
    }

    private static List<ProposedChange> compare(CostCategory category, ChartAccount account, boolean named) {
        String id = category.id();
        if (account == null || (!account.isInChart() && account.isProfitAndLoss())) {
            boolean done = named && category.blocked();
            return done ? List.of() : List.of(ProposedChange.of(ChangeKind.REMOVE, id, id, category.name(), null));
        }
        if (!account.isProfitAndLoss() || !account.isInChart()) {
            return List.of();
        }
        List<ProposedChange> changes = new ArrayList<>();
        if (!account.name().equals(category.name())) {
            changes.add(ProposedChange.of(ChangeKind.RENAME, id, id, category.name(), account.name()));
        }
        if (account.isBlocked() && !category.blocked()) {
            changes.add(ProposedChange.of(ChangeKind.BLOCK, id, id, category.name(), null));
        } else if (!account.isBlocked() && category.blocked()) {
            changes.add(ProposedChange.of(ChangeKind.UNBLOCK, id, id, category.name(), null));
        }
        return changes;
    }

    /**
     * SHA-256 of the chart as reconciliation sees it (number, name, type, status, in chart), in account
     * number order: a proposal is stale when this changed since its run.
     */
    static String chartHash(List<ChartAccount> chart) {
        StringBuilder text = new StringBuilder();
        chart.stream().sorted(Comparator.comparing(ChartAccount::accountNo)).forEach(account -> text
                .append(account.accountNo()).append('\t').append(account.name()).append('\t')
                .append(account.accountType()).append('\t').append(account.status()).append('\t')
                .append(account.inChart()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
