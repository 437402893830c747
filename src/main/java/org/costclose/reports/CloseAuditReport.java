package org.costclose.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.costclose.close.CloseAudit;
import org.costclose.statements.Figure;
import org.costclose.statements.ReportTable;
import org.springframework.stereotype.Component;

/**
 * The close audit report for auditors: the audit trail of the period's latest close, every step with its start,
 * end, outcome and user, tasks with the decision, comment or reason, waivers with how many rejects they let
 * through, the input fingerprints of drafts and postings, incidents and refused attempts.
 */
@Component
class CloseAuditReport implements Report {

    private final CloseAudit audit;

    CloseAuditReport(CloseAudit audit) {
        this.audit = audit;
    }

    @Override
    public String id() {
        return "close-audit";
    }

    @Override
    public ReportContent build(ReportRequest request) {
        String period = request.requirePeriod();
        request.checks().throwIfAny();
        List<CloseAudit.AuditEntry> trail = audit.trail(request.company(), period);
        List<ReportTable.Fact> facts = request.facts(false);
        facts.add(new ReportTable.Fact("Period", period));
        facts.add(new ReportTable.Fact("Steps", Integer.toString(trail.size())));
        List<ReportTable.Column> columns = new ArrayList<>();
        for (String label : List.of("Step", "Activity", "Type", "Start", "End", "Outcome", "User", "Decision",
                "Comment", "Reason")) {
            columns.add(new ReportTable.Column("", label, Figure.TEXT));
        }
        columns.add(new ReportTable.Column("", "Waived rejects", Figure.QUANTITY));
        columns.add(new ReportTable.Column("", "Fingerprint", Figure.TEXT));
        List<ReportTable.Row> rows = trail.stream().map(entry -> new ReportTable.Row(List.of(Cells.text(entry.name()),
                Cells.text(entry.activityId()), Cells.text(entry.type()), Cells.text(time(entry.start())),
                Cells.text(time(entry.end())), Cells.text(entry.outcome()), Cells.text(entry.user()),
                Cells.text(entry.decision()), Cells.text(entry.comment()), Cells.text(entry.reason()),
                Cells.figure(entry.waivedRejects() == null ? null : BigDecimal.valueOf(entry.waivedRejects()),
                        Figure.QUANTITY, null), Cells.text(entry.fingerprint())), false)).toList();
        return ReportContent.of(new ReportTable("Close audit report", request.fileName(), facts, columns,
                rows.iterator()));
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
