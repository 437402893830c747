package org.costclose.browse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.costclose.balances.BalanceBrowsing;
import org.costclose.balances.BalanceBrowsing.LineFigure;
import org.costclose.setup.CompanySummary;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.LineStructure;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the statement pages show: companies, periods and versions, the statements of a period, a statement. */
@Service
class BrowseService {

    /** the version the ledger posts into: every company has it, calculated or not */
    static final String ACTUAL = "ACTUAL";

    private final SetupService setups;
    private final BalanceBrowsing balances;
    private final BrowseMapper mapper;

    BrowseService(SetupService setups, BalanceBrowsing balances, BrowseMapper mapper) {
        this.setups = setups;
        this.balances = balances;
        this.mapper = mapper;
    }

    public record CompanyView(CompanySetup setup, List<BrowseMapper.PeriodRow> periods, List<String> versions) {
    }

    /** one statement of a period: the dimension statement of a dimension through a line structure */
    public record StatementLink(String dimension, String lineStructure, String lineStructureName) {
    }

    /** a dimension statement: its lines as rows, the values as columns, a figure per value and line */
    public record Grid(List<LineFigure> lines, List<LineFigure> values, Map<String, LineFigure> cells) {

        /** the figure of a value's line (null: the value has none, which the page shows as a dash) */
        public LineFigure cell(String value, String line) {
            return cells.get(value + "\u0000" + line);
        }
    }

    List<CompanySummary> companies() {
        return setups.companies();
    }

    @Transactional(readOnly = true)
    CompanyView company(String companyId) {
        CompanySetup setup = setup(companyId);
        return new CompanyView(setup, mapper.findPeriods(companyId), versions(setup));
    }

    CompanySetup setup(String companyId) {
        return setups.activeSetup(companyId)
                .orElseThrow(() -> new NotFoundException("unknown company '" + companyId + "'"));
    }

    List<StatementLink> statements(CompanySetup setup) {
        List<StatementLink> links = new ArrayList<>();
        for (Dimension dimension : setup.costAccountingDimensions()) {
            for (LineStructure structure : setup.lineStructures()) {
                links.add(new StatementLink(dimension.name(), structure.id(), structure.name()));
            }
        }
        return links;
    }

    /** the ACTUAL version first, then the setup's calculation versions in their order */
    static List<String> versions(CompanySetup setup) {
        List<String> versions = new ArrayList<>(List.of(ACTUAL));
        setup.calculationVersions().stream().map(CalculationVersion::id).filter(id -> !versions.contains(id))
                .forEach(versions::add);
        return versions;
    }

    Grid statement(String company, String period, String version, String dimension, String lineStructure) {
        List<LineFigure> figures = balances.statement(company, period, version, dimension, lineStructure);
        Map<String, LineFigure> lines = new LinkedHashMap<>();
        Map<String, LineFigure> values = new LinkedHashMap<>();
        Map<String, LineFigure> cells = new LinkedHashMap<>();
        for (LineFigure figure : figures) {
            lines.putIfAbsent(figure.line(), figure);
            values.putIfAbsent(figure.value(), figure);
            cells.put(figure.value() + "\u0000" + figure.line(), figure);
        }
        return new Grid(List.copyOf(lines.values()), List.copyOf(values.values()), cells);
    }
}
