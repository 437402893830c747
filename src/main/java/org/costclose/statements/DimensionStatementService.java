package org.costclose.statements;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.costclose.balances.RequestChecks;
import org.costclose.balances.StatementBalances;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.LineKind;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;
import org.springframework.stereotype.Service;

/**
 * The dimension statement: checks a request (422 naming each bad parameter), then renders it in a format. The
 * layout is WIDE (lines as rows) up to {@value #AUTO_WIDE} values and LONG (values as rows, streamed) above,
 * unless asked; WIDE takes at most {@value #MAX_WIDE} values (a spreadsheet has 16,384 columns), a PDF at most
 * {@value #MAX_PDF} (it is laid out in memory).
 */
@Service
public class DimensionStatementService {

    static final int AUTO_WIDE = 12;
    static final int MAX_WIDE = 100;
    static final int MAX_PDF = 2_000;
    static final String TEMPLATE = "statements/dimension-statement.ftl";

    private final SetupService setups;
    private final StatementBalances balances;
    private final ReportRenderer renderer;
    private final StatementSettings settings;

    DimensionStatementService(SetupService setups, StatementBalances balances, ReportRenderer renderer,
                              StatementSettings settings) {
        this.setups = setups;
        this.balances = balances;
        this.renderer = renderer;
        this.settings = settings;
    }

    /** the statement of a checked request; unknown company → 404, bad parameters → 422 */
    public DimensionStatement check(DimensionStatementRequest request, StatementFormat format) {
        RequestChecks checks = new RequestChecks(setups, request.company());
        checks.period(request.period());
        checks.version(request.version());
        checks.dimension(request.dimension());
        LineStructure structure = request.lineStructure() == null ? null : checks.lineStructure(request.lineStructure());
        if (request.lineStructure() == null) {
            checks.add("lineStructure", null, "required: the line structure whose lines the statement shows");
        }
        DimensionStatement.Layout layout = layout(checks, request.layout());
        checks.throwIfAny();
        CompanySetup setup = checks.setup();
        Set<String> values = null;
        if (request.hierarchyNode() != null) {
            List<String> children = balances.children(setup.company().id(), request.dimension(), request.hierarchyNode());
            if (children.isEmpty()) {
                checks.add("hierarchyNode", request.hierarchyNode(), "not a value with children in " + request.dimension());
            }
            values = new HashSet<>(children);
            values.add(request.hierarchyNode());
        }
        StatementBalances.Source source = new StatementBalances.Source(setup, request.period(), null, request.version(),
                request.dimension(), structure, request.hierarchyNode() != null);
        List<Comparison> comparisons = new StatementPeriods(setup).comparisons(checks, source, request.compare());
        checks.throwIfAny();
        long count = values != null ? values.size() : balances.countValues(source);
        layout = layout != null ? layout : count <= AUTO_WIDE ? DimensionStatement.Layout.WIDE : DimensionStatement.Layout.LONG;
        if (layout == DimensionStatement.Layout.WIDE && count > MAX_WIDE) {
            checks.add("layout", request.layout(), count + " values are too many columns; wide takes at most " + MAX_WIDE);
        }
        if (format == StatementFormat.PDF && count > MAX_PDF) {
            checks.add("format", "pdf", count + " values; a PDF takes at most " + MAX_PDF + ", use xlsx or csv");
        }
        checks.throwIfAny();
        return new DimensionStatement(setup, source, comparisons, request.hierarchyNode(), values, layout,
                request.split(), count, units(setup, structure));
    }

    /** renders the statement; the HTML's cells link to the drill-down below {@code linkPrefix} */
    public void render(DimensionStatement statement, StatementFormat format, String linkPrefix, OutputStream out) {
        FigureFormat figures = FigureFormat.of(statement.setup().company(), settings.locale());
        renderer.render(table(statement), figures, format, new ReportRenderer.Options(TEMPLATE, true, linkPrefix), out);
    }

    ReportTable table(DimensionStatement statement) {
        DimensionLayout layout = new DimensionLayout(statement);
        ValuePages pages = new ValuePages(balances, statement);
        if (statement.layout() == DimensionStatement.Layout.LONG) {
            return new ReportTable("Dimension statement", statement.fileName(), facts(statement), layout.longColumns(),
                    layout.longRows(pages));
        }
        List<ValueFigures> values = new ArrayList<>();
        pages.forEachRemaining(values::add);
        if (statement.hierarchyNode() != null) {
            // the node's children first, the node (their total) last
            values.sort((a, b) -> Boolean.compare(a.value().equals(statement.hierarchyNode()),
                    b.value().equals(statement.hierarchyNode())));
        }
        return new ReportTable("Dimension statement", statement.fileName(), facts(statement),
                layout.wideColumns(values), layout.wideRows(values));
    }

    private static List<ReportTable.Fact> facts(DimensionStatement statement) {
        var setup = statement.setup();
        var source = statement.source();
        List<ReportTable.Fact> facts = new ArrayList<>(List.of(
                new ReportTable.Fact("Company", setup.company().name() + " (" + setup.company().id() + ")"),
                new ReportTable.Fact("Currency", setup.company().currency()),
                new ReportTable.Fact("Period", source.period()),
                new ReportTable.Fact("Version", source.version()),
                new ReportTable.Fact("Dimension", source.dimension() + (statement.hierarchyNode() == null ? ""
                        : ", children of " + statement.hierarchyNode())),
                new ReportTable.Fact("Line structure", statement.structure().id() + " " + statement.structure().name())));
        if (!statement.comparisons().isEmpty()) {
            facts.add(new ReportTable.Fact("Compared with", statement.comparisons().stream().map(Comparison::label)
                    .collect(Collectors.joining(", "))));
        }
        return facts;
    }

    private static DimensionStatement.Layout layout(RequestChecks checks, String layout) {
        if (layout == null || layout.equalsIgnoreCase("auto")) {
            return null;
        }
        for (DimensionStatement.Layout known : DimensionStatement.Layout.values()) {
            if (known.name().equalsIgnoreCase(layout)) {
                return known;
            }
        }
        checks.add("layout", layout, "auto, wide (lines as rows) or long (values as rows)");
        return null;
    }

    /** the unit of each quantity line whose categories share one */
    private static Map<String, String> units(CompanySetup setup, LineStructure structure) {
        Map<String, String> units = new LinkedHashMap<>();
        for (StructureLine line : structure.lines()) {
            if (line.kind() == LineKind.QUANTITY) {
                Set<String> unitsOfLine = setup.costCategories().stream().filter(CostCategory::isService)
                        .filter(category -> line.lists(category.id())).map(CostCategory::unit)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
                if (unitsOfLine.size() == 1) {
                    units.put(line.id(), unitsOfLine.iterator().next());
                }
            }
        }
        return units;
    }
}
