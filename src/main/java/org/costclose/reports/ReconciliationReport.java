package org.costclose.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.costclose.reconciliation.Proposal;
import org.costclose.reconciliation.ProposedChange;
import org.costclose.reconciliation.ReconciliationService;
import org.costclose.statements.Figure;
import org.costclose.statements.ReportTable;
import org.springframework.stereotype.Component;

/**
 * The latest account reconciliation of the company: its changes by kind (create, rename, block, unblock, remove) with the
 * account and category, and whether and by whom it was applied. It belongs to the company, not to a period.
 */
@Component
class ReconciliationReport implements Report {

    private final ReconciliationService reconciliations;

    ReconciliationReport(ReconciliationService reconciliations) {
        this.reconciliations = reconciliations;
    }

    @Override
    public String id() {
        return "reconciliation";
    }

    @Override
    public ReportContent build(ReportRequest request) {
        List<Proposal> proposals = reconciliations.proposals(request.company());
        List<ReportTable.Fact> facts = request.facts(false);
        List<ReportTable.Row> rows = new ArrayList<>();
        if (proposals.isEmpty()) {
            facts.add(new ReportTable.Fact("Proposal", "none: the accounts were not reconciled yet"));
        } else {
            Proposal latest = proposals.get(0);
            facts.addAll(facts(latest));
            latest.changes().stream().sorted(Comparator.comparing(ProposedChange::kind)
                    .thenComparing(ProposedChange::accountNo)).forEach(change -> rows.add(new ReportTable.Row(List.of(
                    Cells.text(change.kind().name()), Cells.text(change.accountNo()), Cells.text(change.categoryId()),
                    Cells.text(change.currentName()), Cells.text(change.proposedName()),
                    Cells.text(change.outcome())), false)));
        }
        List<ReportTable.Column> columns = new ArrayList<>();
        for (String label : List.of("Change", "Account", "Category", "Current name", "Proposed name", "Outcome")) {
            columns.add(new ReportTable.Column("", label, Figure.TEXT));
        }
        return ReportContent.of(new ReportTable("Account reconciliation", request.fileName(), facts, columns,
                rows.iterator()));
    }

    private static List<ReportTable.Fact> facts(Proposal proposal) {
        List<ReportTable.Fact> facts = new ArrayList<>(List.of(
                new ReportTable.Fact("Proposal", proposal.runId() + " by " + proposal.createdBy() + " at "
                        + proposal.createdAt()),
                new ReportTable.Fact("Setup version", Long.toString(proposal.setupId())),
                new ReportTable.Fact("Chart hash", proposal.chartHash()),
                new ReportTable.Fact("Changes", proposal.counts().entrySet().stream()
                        .map(count -> count.getKey().name().toLowerCase(java.util.Locale.ROOT) + " " + count.getValue())
                        .collect(Collectors.joining(", ")))));
        Proposal.Application applied = proposal.application();
        facts.add(new ReportTable.Fact("Applied", applied == null ? "not applied" : "by " + applied.appliedBy()
                + " at " + applied.appliedAt() + " as setup version " + applied.setupId()));
        return facts;
    }
}
