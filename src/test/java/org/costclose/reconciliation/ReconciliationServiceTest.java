package org.costclose.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.costclose.intake.IntakeService;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.shared.CurrentUser;
import org.costclose.shared.InvalidInputException;
import org.costclose.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** Each test reconciles a company of its own (see {@link ReconciliationFixture}); the tests commit. */
@DatabaseTest
class ReconciliationServiceTest {

    @Autowired ReconciliationService reconciliation;
    @Autowired SetupService setups;
    @Autowired IntakeService intake;
    @Autowired Clock clock;
    ReconciliationFixture fixture;

    @BeforeEach
    void newCompany() {
        fixture = new ReconciliationFixture(setups, intake).load();
    }

    @Test
    void shouldProposeNothingWhenChartAndCategoriesAgree() {
        Proposal proposal = reconciliation.run(fixture.company);

        assertThat(proposal.changes()).isEmpty();
        assertThat(proposal.counts()).containsOnlyKeys(ChangeKind.values()).allSatisfy((kind, count) -> assertThat(count).isZero());
        assertThat(proposal.setupId()).isEqualTo(activeSetupId());
        assertThat(proposal.chartHash()).hasSize(64);
        assertThat(proposal.applied()).isFalse();
    }

    @Test
    void shouldProposeACategoryWhenAProfitAndLossAccountIsNew() {
        fixture.importChart("account,name,type\n700000,Other expenses,expense\n520000,Coke,expense\n150000,Cash,asset\n");

        Proposal proposal = reconciliation.run(fixture.company);

        assertThat(proposal.changes()).extracting(ProposedChange::kind, ProposedChange::accountNo,
                ProposedChange::categoryId, ProposedChange::proposedName)
                .containsExactly(tuple(ChangeKind.CREATE, "700000", "700000", "Other expenses"));
        assertThat(proposal.counts()).containsEntry(ChangeKind.CREATE, 1L);
    }

    @Test
    void shouldProposeARenameWhenAnAccountWasRenamed() {
        fixture.importChart("account,name,type\n600250,Manufacturing salaries,expense\n");

        assertThat(reconciliation.run(fixture.company).changes()).extracting(ProposedChange::kind,
                ProposedChange::categoryId, ProposedChange::currentName, ProposedChange::proposedName)
                .containsExactly(tuple(ChangeKind.RENAME, "600250", "Salaries", "Manufacturing salaries"));
    }

    @Test
    void shouldProposeBlockingWhenAnAccountWasBlocked() {
        fixture.importChart("account,name,type,blocked\n650000,Travel,expense,yes\n");

        assertThat(reconciliation.run(fixture.company).changes()).extracting(ProposedChange::kind, ProposedChange::categoryId)
                .containsExactly(tuple(ChangeKind.BLOCK, "650000"));
    }

    @Test
    void shouldProposeAndApplyUnblockingWhenABlockedAccountWasUnblocked() {
        fixture.importChart("account,name,type,blocked\n650000,Travel,expense,yes\n");
        reconciliation.apply(fixture.company, reconciliation.run(fixture.company).runId());
        assertThat(setups.activeSetup(fixture.company).orElseThrow().category("650000")).get()
                .extracting(CostCategory::blocked).isEqualTo(true);
        fixture.importChart("account,name,type,blocked\n650000,Travel,expense,no\n");

        Proposal proposal = reconciliation.run(fixture.company);
        Proposal applied = reconciliation.apply(fixture.company, proposal.runId());

        assertThat(proposal.changes()).extracting(ProposedChange::kind, ProposedChange::categoryId,
                ProposedChange::currentName).containsExactly(tuple(ChangeKind.UNBLOCK, "650000", "Travel"));
        assertThat(proposal.counts()).containsEntry(ChangeKind.UNBLOCK, 1L).containsEntry(ChangeKind.BLOCK, 0L);
        assertThat(applied.changes()).extracting(ProposedChange::outcome).containsExactly("unblocked");
        assertThat(setups.activeSetup(fixture.company).orElseThrow().category("650000")).get()
                .extracting(CostCategory::name, CostCategory::blocked).containsExactly("Travel", false);
        assertThat(reconciliation.run(fixture.company).changes()).isEmpty();
    }

    @Test
    void shouldProposeRemovalWhenACompleteChartNoLongerListsTheAccount() {
        fixture.importCompleteChart("account,name,type\n401100,Sales,revenue\n600250,Salaries,expense\n");

        assertThat(reconciliation.run(fixture.company).changes()).extracting(ProposedChange::kind, ProposedChange::categoryId)
                .containsExactly(tuple(ChangeKind.REMOVE, "650000"));
    }

    @Test
    void shouldNeverProposeABalanceSheetAccount() {
        fixture.importChart("account,name,type\n160000,Machines,asset\n250000,Loans,liability\n300000,Capital,equity\n");
        fixture.importCompleteChart(ReconciliationFixture.CHART.replace("140000,Inventory,asset,no\n", "")
                + "160000,Machines,asset,yes\n");

        assertThat(reconciliation.run(fixture.company).changes()).isEmpty();
    }

    @Test
    void shouldWriteANewSetupVersionAndRecordWhoAppliedItWhenAProposalIsApplied() {
        Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        fixture.importCompleteChart("""
                account,name,type,blocked
                401100,Sales,revenue,no
                600250,Manufacturing salaries,expense,yes
                510000,Raw materials,expense,no
                700000,Other expenses,expense,no
                """);
        Proposal proposal = reconciliation.run(fixture.company);

        Proposal applied = reconciliation.apply(fixture.company, proposal.runId());

        CompanySetup setup = setups.activeSetup(fixture.company).orElseThrow();
        assertThat(applied.application().setupId()).isEqualTo(activeSetupId()).isNotEqualTo(proposal.setupId());
        assertThat(applied.application().appliedBy()).isEqualTo(CurrentUser.SYSTEM);
        assertThat(applied.application().appliedAt()).isAfterOrEqualTo(before);
        assertThat(setup.category("700000")).get().extracting(CostCategory::name, CostCategory::transactionControl)
                .containsExactly("Other expenses", java.util.List.of("CostCenter", "CostPurpose"));
        assertThat(setup.category("600250")).get().extracting(CostCategory::name, CostCategory::blocked)
                .containsExactly("Manufacturing salaries", true);
        assertThat(setup.category("650000")).isEmpty();
        assertThat(setup.category("MATERIAL")).isPresent();
        assertThat(applied.changes()).extracting(ProposedChange::kind, ProposedChange::outcome).containsExactly(
                tuple(ChangeKind.CREATE, "created"), tuple(ChangeKind.RENAME, "renamed"),
                tuple(ChangeKind.BLOCK, "blocked"), tuple(ChangeKind.REMOVE, "removed"));
        assertThat(setups.history(fixture.company).get(0).source())
                .isEqualTo("account reconciliation " + proposal.runId() + " applied by system");
        assertThat(reconciliation.run(fixture.company).changes()).isEmpty();
    }

    @Test
    void shouldBlockInsteadOfRemovingWhenTheSetupStillNamesTheCategory() {
        fixture.importCompleteChart("account,name,type\n600250,Salaries,expense\n650000,Travel,expense\n");
        Proposal proposal = reconciliation.run(fixture.company);

        Proposal applied = reconciliation.apply(fixture.company, proposal.runId());

        assertThat(applied.changes()).extracting(ProposedChange::outcome).containsExactly(
                "blocked instead of removed: still named by line L1 of line structure S, the posting-control rule on CostCenter");
        assertThat(setups.activeSetup(fixture.company).orElseThrow().category("401100")).get()
                .extracting(CostCategory::blocked).isEqualTo(true);
        assertThat(reconciliation.run(fixture.company).changes()).isEmpty();
    }

    @Test
    void shouldRefuseAStaleProposalWhenTheChartChangedSinceTheRun() {
        fixture.importChart("account,name,type\n700000,Other expenses,expense\n");
        Proposal proposal = reconciliation.run(fixture.company);
        fixture.importChart("account,name,type\n600250,Wages,expense\n");

        ProposalConflictException refused = catchThrowableOfType(ProposalConflictException.class,
                () -> reconciliation.apply(fixture.company, proposal.runId()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().getDetail()).startsWith("the chart of accounts changed since proposal "
                + proposal.runId() + " (").endsWith("; run the reconciliation again");
        assertThat(activeSetupId()).isEqualTo(proposal.setupId());
        assertThat(reconciliation.proposal(fixture.company, proposal.runId()).applied()).isFalse();
    }

    @Test
    void shouldRefuseApplyingAProposalTwiceOrWithoutChanges() {
        fixture.importChart("account,name,type\n700000,Other expenses,expense\n");
        Proposal proposal = reconciliation.run(fixture.company);
        reconciliation.apply(fixture.company, proposal.runId());
        Proposal nothing = reconciliation.run(fixture.company);

        ProposalConflictException twice = catchThrowableOfType(ProposalConflictException.class,
                () -> reconciliation.apply(fixture.company, proposal.runId()));
        InvalidInputException empty = catchThrowableOfType(InvalidInputException.class,
                () -> reconciliation.apply(fixture.company, nothing.runId()));

        assertThat(twice.getBody().getDetail()).startsWith("proposal " + proposal.runId() + " was applied by system at ");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reconciliation.proposals(fixture.company)).extracting(Proposal::runId)
                .containsExactly(nothing.runId(), proposal.runId());
    }

    private long activeSetupId() {
        return setups.company(fixture.company).orElseThrow().activeSetupId();
    }
}
