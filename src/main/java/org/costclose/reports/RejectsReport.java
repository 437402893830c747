package org.costclose.reports;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.ledger.LedgerReject;
import org.costclose.ledger.ProductionProcessingService;
import org.costclose.ledger.ProductionReject;
import org.costclose.ledger.ProductionRun;
import org.costclose.statements.Figure;
import org.costclose.statements.ReportTable;
import org.springframework.stereotype.Component;

/**
 * Rejected entries of a period: the GL entries the latest ledger run rejected, then the production, project and
 * service rows the latest production run rejected, each with its reason; the counts by reason head the report.
 * Both lists are read a page at a time as the report streams.
 */
@Component
class RejectsReport implements Report {

    static final int PAGE = 1000;

    private final LedgerProcessingService ledger;
    private final ProductionProcessingService production;

    RejectsReport(LedgerProcessingService ledger, ProductionProcessingService production) {
        this.ledger = ledger;
        this.production = production;
    }

    @Override
    public String id() {
        return "rejects";
    }

    @Override
    public ReportContent build(ReportRequest request) {
        String period = request.requirePeriod();
        request.checks().throwIfAny();
        String company = request.company();
        List<ReportTable.Fact> facts = request.facts(false);
        facts.add(new ReportTable.Fact("Period", period));
        var counts = ledger.rejects(company, period, 0, 1).counts();
        facts.add(new ReportTable.Fact("Ledger rejects", counts.isEmpty() ? "none" : counts.stream()
                .map(count -> count.reason() + " " + count.entries() + " entries (" + count.problems() + " problems)")
                .collect(Collectors.joining(", "))));
        List<ProductionRun> runs = production.runs(company, period);
        facts.add(new ReportTable.Fact("Production rejects", runs.isEmpty() ? "not processed"
                : runs.get(0).rowsRejected() == 0 ? "none" : runs.get(0).rowsRejected() + " rows"));
        Iterator<ReportTable.Row> ledgerRows = new MappedIterator<>(new Pages<>(PAGE,
                offset -> ledger.rejects(company, period, offset, PAGE).rejects()), RejectsReport::row);
        Iterator<ReportTable.Row> productionRows = new MappedIterator<>(new Pages<>(PAGE,
                offset -> production.rejects(company, period, offset, PAGE)), RejectsReport::row);
        return ReportContent.of(new ReportTable("Rejected entries", request.fileName(), facts, columns(),
                new Concatenated<>(ledgerRows, productionRows)));
    }

    private static List<ReportTable.Column> columns() {
        return List.of(new ReportTable.Column("", "Source", Figure.TEXT), new ReportTable.Column("", "Id", Figure.TEXT),
                new ReportTable.Column("", "Reason", Figure.TEXT), new ReportTable.Column("", "Account", Figure.TEXT),
                new ReportTable.Column("", "Dimension", Figure.TEXT), new ReportTable.Column("", "Value", Figure.TEXT),
                new ReportTable.Column("", "Amount", Figure.AMOUNT), new ReportTable.Column("", "Quantity", Figure.QUANTITY),
                new ReportTable.Column("", "Explanation", Figure.TEXT));
    }

    private static ReportTable.Row row(LedgerReject reject) {
        return new ReportTable.Row(List.of(Cells.text("GL entry"), Cells.text(reject.glEntryId()),
                Cells.text(reject.reason()), Cells.text(reject.accountNo()), Cells.text(reject.dimensionName()),
                Cells.text(reject.dimensionValue()), Cells.amount(reject.amount()), Cells.figure(null, Figure.QUANTITY, null),
                Cells.text(reject.explanation())), false);
    }

    private static ReportTable.Row row(ProductionReject reject) {
        return new ReportTable.Row(List.of(Cells.text(reject.sourceKind()), Cells.text(reject.sourceId()),
                Cells.text(reject.reason()), Cells.text(null), Cells.text(reject.dimensionName()),
                Cells.text(reject.dimensionValue()), Cells.amount((BigDecimal) null),
                Cells.figure(reject.quantity(), Figure.QUANTITY, null), Cells.text(reject.explanation())), false);
    }

    /** the rows of the first iterator, then those of the second */
    private record Concatenated<T>(Iterator<T> first, Iterator<T> second) implements Iterator<T> {

        @Override
        public boolean hasNext() {
            return first.hasNext() || second.hasNext();
        }

        @Override
        public T next() {
            return first.hasNext() ? first.next() : second.next();
        }
    }
}
