package org.costclose.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.costclose.setup.model.AccountMapping;
import org.costclose.setup.model.CategoryKind;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.IdRange;
import org.junit.jupiter.api.Test;

class ReconciliationRulesTest {

    static final List<CostCategory> CATEGORIES = List.of(
            primary("401100", "Sales", false),
            primary("600250", "Salaries", false),
            primary("650000", "Travel", true),
            new CostCategory("MATERIAL", "Materials", CategoryKind.PRIMARY, BigDecimal.ZERO, List.of(),
                    AccountMapping.ACCOUNT_RANGES, List.of(new IdRange("500000", "599999")), null, null, null, null, false),
            new CostCategory("CC-CP", "Allocated", CategoryKind.SECONDARY, BigDecimal.ZERO, List.of(), null, List.of(),
                    null, null, null, null, false));

    @Test
    void shouldProposeNothingWhenEveryProfitAndLossAccountHasItsCategory() {
        List<ChartAccount> chart = List.of(account("401100", "Sales", "REVENUE"), account("600250", "Salaries", "EXPENSE"),
                blocked(account("650000", "Travel", "EXPENSE")), account("510000", "Ore", "EXPENSE"),
                account("140000", "Inventory", "ASSET"));

        assertThat(ReconciliationRules.propose(chart, CATEGORIES, Set.of())).isEmpty();
    }

    @Test
    void shouldProposeEachKindWhenTheChartChanged() {
        List<ChartAccount> chart = List.of(account("401100", "Sales of slag", "REVENUE"),
                blocked(account("600250", "Salaries", "EXPENSE")), removed(account("650000", "Travel", "EXPENSE")),
                account("700000", "Other expenses", "EXPENSE"), account("800000", "Interest", "REVENUE"));

        assertThat(ReconciliationRules.propose(chart, CATEGORIES, Set.of()))
                .extracting(ProposedChange::kind, ProposedChange::accountNo, ProposedChange::categoryId,
                        ProposedChange::currentName, ProposedChange::proposedName)
                .containsExactly(
                        tuple(ChangeKind.CREATE, "700000", "700000", null, "Other expenses"),
                        tuple(ChangeKind.CREATE, "800000", "800000", null, "Interest"),
                        tuple(ChangeKind.RENAME, "401100", "401100", "Sales", "Sales of slag"),
                        tuple(ChangeKind.BLOCK, "600250", "600250", "Salaries", null),
                        tuple(ChangeKind.REMOVE, "650000", "650000", "Travel", null));
    }

    @Test
    void shouldProposeUnblockingWhenTheAccountOfABlockedCategoryIsActiveAgain() {
        List<ChartAccount> chart = List.of(account("401100", "Sales", "REVENUE"), account("600250", "Salaries", "EXPENSE"),
                account("650000", "Travel", "EXPENSE"));

        assertThat(ReconciliationRules.propose(chart, CATEGORIES, Set.of()))
                .extracting(ProposedChange::kind, ProposedChange::categoryId, ProposedChange::currentName)
                .containsExactly(tuple(ChangeKind.UNBLOCK, "650000", "Travel"));
    }

    @Test
    void shouldNeverProposeAChangeWhenTheAccountIsOnTheBalanceSheet() {
        List<ChartAccount> chart = List.of(account("401100", "Sales", "REVENUE"), account("600250", "Salaries", "EXPENSE"),
                account("650000", "Travel advances", "ASSET"), account("140000", "Inventory", "ASSET"),
                removed(account("250000", "Loans", "LIABILITY")), account("300000", "Capital", "EQUITY"));

        assertThat(ReconciliationRules.propose(chart, CATEGORIES, Set.of())).isEmpty();
    }

    @Test
    void shouldProposeOnlyCreationsWhenCategoriesMapByRanges() {
        List<ChartAccount> chart = List.of(account("401100", "Sales", "REVENUE"), account("600250", "Salaries", "EXPENSE"),
                blocked(account("650000", "Travel", "EXPENSE")), removed(account("520000", "Coke", "EXPENSE")),
                blocked(account("530000", "Limestone", "EXPENSE")), account("600000", "Energy", "EXPENSE"),
                blocked(account("610000", "Old energy", "EXPENSE")));

        assertThat(ReconciliationRules.propose(chart, CATEGORIES, Set.of())).extracting(ProposedChange::kind, ProposedChange::accountNo)
                .containsExactly(tuple(ChangeKind.CREATE, "600000"));
    }

    @Test
    void shouldProposeRemovalWhenTheAccountIsMissingAltogether() {
        List<ChartAccount> chart = List.of(account("401100", "Sales", "REVENUE"),
                blocked(account("650000", "Travel", "EXPENSE")));

        assertThat(ReconciliationRules.propose(chart, CATEGORIES, Set.of())).extracting(ProposedChange::kind, ProposedChange::categoryId)
                .containsExactly(tuple(ChangeKind.REMOVE, "600250"));
    }

    @Test
    void shouldNotProposeRemovalAgainWhenTheCategoryWasBlockedBecauseTheSetupNamesIt() {
        List<ChartAccount> chart = List.of(account("401100", "Sales", "REVENUE"), account("600250", "Salaries", "EXPENSE"));

        assertThat(ReconciliationRules.propose(chart, CATEGORIES, Set.of("650000"))).isEmpty();
        assertThat(ReconciliationRules.propose(chart, CATEGORIES, Set.of())).extracting(ProposedChange::kind)
                .containsExactly(ChangeKind.REMOVE);
    }

    @Test
    void shouldChangeTheChartHashWhenAnyFieldChangesButNotWhenTheOrderDoes() {
        ChartAccount sales = account("401100", "Sales", "REVENUE");
        ChartAccount wages = account("600250", "Salaries", "EXPENSE");
        String hash = ReconciliationRules.chartHash(List.of(sales, wages));

        assertThat(ReconciliationRules.chartHash(List.of(wages, sales))).isEqualTo(hash).hasSize(64);
        assertThat(List.of(List.of(sales, account("600250", "Wages", "EXPENSE")), List.of(sales, blocked(wages)),
                List.of(sales, removed(wages)), List.of(sales, account("600250", "Salaries", "REVENUE")), List.of(sales)))
                .allSatisfy(chart -> assertThat(ReconciliationRules.chartHash(chart)).isNotEqualTo(hash));
    }

    static CostCategory primary(String id, String name, boolean blocked) {
        return new CostCategory(id, name, CategoryKind.PRIMARY, BigDecimal.ZERO, List.of(),
                AccountMapping.IDENTICAL_WITH_ACCOUNT, List.of(), null, null, null, null, blocked);
    }

    static ChartAccount account(String number, String name, String type) {
        return new ChartAccount(number, name, type, "ACTIVE", "Y");
    }

    static ChartAccount blocked(ChartAccount account) {
        return new ChartAccount(account.accountNo(), account.name(), account.accountType(), "BLOCKED", account.inChart());
    }

    static ChartAccount removed(ChartAccount account) {
        return new ChartAccount(account.accountNo(), account.name(), account.accountType(), account.status(), "N");
    }
}
