package org.costclose.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.DimensionValue;
import org.costclose.statements.Figure;
import org.costclose.statements.FigureFormat;
import org.costclose.statements.ReportTable;
import org.costclose.statements.StatementSettings;
import org.springframework.stereotype.Component;

/**
 * The allocation trace: what each step of the latest calculation moved from whom to whom under which category,
 * each step closed by a total of what it moved (the absolute amounts, as the calculation run counts them); the
 * HTML adds the flow picture.
 */
@Component
class AllocationTraceReport implements Report {

    static final String TEMPLATE = "reports/allocation-trace.ftl";

    private final TraceMapper mapper;
    private final StatementSettings settings;

    AllocationTraceReport(TraceMapper mapper, StatementSettings settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    @Override
    public String id() {
        return "allocation-trace";
    }

    @Override
    public ReportContent build(ReportRequest request) {
        String period = request.requirePeriod();
        String version = request.requireVersion();
        request.checks().throwIfAny();
        TraceMapper.TraceRun run = mapper.findRun(request.company(), period, version);
        List<TraceMapper.Flow> flows = run == null ? List.of() : mapper.findFlows(run.runId());
        List<ReportTable.Fact> facts = request.facts(true);
        facts.add(new ReportTable.Fact("Calculation run", run == null ? "none: the version is not calculated"
                : run.runId() + " by " + run.runBy() + " at " + run.startedAt() + " (" + run.cycleMethod() + ")"));
        Map<String, String> names = names(request);
        FigureFormat figures = FigureFormat.of(request.setup().company(), settings.locale());
        FlowPicture picture = FlowPicture.of(flows, node -> names.getOrDefault(node, node), figures);
        ReportTable table = new ReportTable("Allocation trace", request.fileName(), facts, columns(), rows(flows).iterator());
        return new ReportContent(table, TEMPLATE, Map.of("picture", picture));
    }

    private static List<ReportTable.Column> columns() {
        List<ReportTable.Column> columns = new ArrayList<>();
        for (String label : List.of("Step", "Rule", "Sender", "Receiver", "Category", "Source category")) {
            columns.add(new ReportTable.Column("", label, Figure.TEXT));
        }
        columns.add(new ReportTable.Column("", "Amount", Figure.AMOUNT));
        columns.add(new ReportTable.Column("", "Transactions", Figure.QUANTITY));
        return columns;
    }

    private static List<ReportTable.Row> rows(List<TraceMapper.Flow> flows) {
        List<ReportTable.Row> rows = new ArrayList<>();
        BigDecimal moved = BigDecimal.ZERO;
        long transactions = 0;
        for (int i = 0; i < flows.size(); i++) {
            TraceMapper.Flow flow = flows.get(i);
            rows.add(new ReportTable.Row(List.of(Cells.text(flow.stepId()), Cells.text(Integer.toString(flow.ruleNo())),
                    Cells.text(flow.senderDimension() + " " + flow.sender()),
                    Cells.text(flow.receiverDimension() + " " + flow.receiver()), Cells.text(flow.categoryId()),
                    Cells.text(flow.sourceCategory()), Cells.amount(flow.amount()),
                    Cells.figure(BigDecimal.valueOf(flow.transactions()), Figure.QUANTITY, null)), false));
            moved = moved.add(flow.amount().abs());
            transactions += flow.transactions();
            if (i == flows.size() - 1 || flows.get(i + 1).stepNo() != flow.stepNo()) {
                rows.add(new ReportTable.Row(List.of(Cells.text(flow.stepId()), Cells.text(""), Cells.text(""),
                        Cells.text(""), Cells.text("Moved by the step"), Cells.text(""),
                        Cells.linked(moved, Figure.AMOUNT, "moved-" + flow.stepId(), flow.stepId(), "moved", null),
                        Cells.figure(BigDecimal.valueOf(transactions), Figure.QUANTITY, null)), true));
                moved = BigDecimal.ZERO;
                transactions = 0;
            }
        }
        return rows;
    }

    /** "dimension value" → the value's name */
    private static Map<String, String> names(ReportRequest request) {
        Map<String, String> names = new HashMap<>();
        for (Dimension dimension : request.setup().dimensions()) {
            for (DimensionValue value : dimension.values()) {
                names.put(dimension.name() + " " + value.code(), value.name());
            }
        }
        return names;
    }
}
