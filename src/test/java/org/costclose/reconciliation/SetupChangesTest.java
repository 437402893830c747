package org.costclose.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.costclose.reconciliation.ReconciliationRulesTest.primary;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.costclose.setup.model.AccountMapping;
import org.costclose.setup.model.CalendarType;
import org.costclose.setup.model.CategoryKind;
import org.costclose.setup.model.CompanyInfo;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.DimensionRole;
import org.costclose.setup.model.FiscalCalendar;
import org.costclose.setup.model.LineKind;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.PostingControlRule;
import org.costclose.setup.model.PostingLayer;
import org.costclose.setup.model.SkipWhen;
import org.costclose.setup.model.StructureLine;
import org.junit.jupiter.api.Test;

class SetupChangesTest {

    private static final CompanySetup SETUP = new CompanySetup(new CompanyInfo("acme", "Acme", "EUR", 2),
            new FiscalCalendar(CalendarType.MONTHLY, YearMonth.of(2026, 1), YearMonth.of(2026, 12)),
            List.of(new Dimension("CostCenter", DimensionRole.COST_CENTER, List.of()),
                    new Dimension("Department", null, List.of()),
                    new Dimension("CostPurpose", DimensionRole.COST_PURPOSE, List.of())),
            List.of(primary("401100", "Sales", false), primary("600250", "Salaries", false),
                    primary("650000", "Travel", false), primary("660000", "Fees", false)),
            List.of(PostingLayer.CURRENT),
            List.of(new PostingControlRule("660000", "CostCenter", SkipWhen.BLANK)),
            List.of(new LineStructure("S", "Statement", List.of(new StructureLine("L1", "Sales", LineKind.CATEGORY, 1,
                    List.of("401100"), List.of(), List.of(), null)))),
            List.of(), List.of());

    @Test
    void shouldCreateRenameBlockAndRemoveCategoriesWhenTheChangesApply() {
        SetupChanges.Applied applied = SetupChanges.apply(SETUP, List.of(
                ProposedChange.of(ChangeKind.CREATE, "700000", "700000", null, "Other expenses"),
                ProposedChange.of(ChangeKind.RENAME, "600250", "600250", "Salaries", "Manufacturing salaries"),
                ProposedChange.of(ChangeKind.BLOCK, "600250", "600250", "Salaries", null),
                ProposedChange.of(ChangeKind.REMOVE, "650000", "650000", "Travel", null)));

        CompanySetup setup = applied.setup();
        assertThat(setup.category("700000")).contains(new CostCategory("700000", "Other expenses", CategoryKind.PRIMARY,
                BigDecimal.ZERO, List.of("CostCenter", "CostPurpose"), AccountMapping.IDENTICAL_WITH_ACCOUNT, List.of(),
                null, null, null, null, false));
        assertThat(setup.category("600250")).get().extracting(CostCategory::name, CostCategory::blocked)
                .containsExactly("Manufacturing salaries", true);
        assertThat(setup.category("650000")).isEmpty();
        assertThat(setup.category("401100")).contains(SETUP.category("401100").orElseThrow());
        assertThat(applied.changes()).extracting(ProposedChange::outcome)
                .containsExactly("created", "renamed", "blocked", "removed");
    }

    @Test
    void shouldBlockInsteadOfRemovingWhenTheSetupStillNamesTheCategory() {
        SetupChanges.Applied applied = SetupChanges.apply(SETUP, List.of(
                ProposedChange.of(ChangeKind.REMOVE, "401100", "401100", "Sales", null),
                ProposedChange.of(ChangeKind.REMOVE, "660000", "660000", "Fees", null)));

        assertThat(applied.setup().category("401100")).get().extracting(CostCategory::blocked).isEqualTo(true);
        assertThat(applied.setup().category("660000")).get().extracting(CostCategory::blocked).isEqualTo(true);
        assertThat(applied.changes()).extracting(ProposedChange::outcome).containsExactly(
                "blocked instead of removed: still named by line L1 of line structure S",
                "blocked instead of removed: still named by the posting-control rule on CostCenter");
    }
}
