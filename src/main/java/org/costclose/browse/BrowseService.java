package org.costclose.browse;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.costclose.setup.CompanySummary;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.LineStructure;
import org.costclose.shared.NotFoundException;
import org.costclose.statements.DimensionStatementRequest;
import org.costclose.statements.DimensionStatementService;
import org.costclose.statements.StatementFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the statement pages show: companies, periods and versions, the statements of a period, a statement. */
@Service
class BrowseService {

    /** the version the ledger posts into: every company has it, calculated or not */
    static final String ACTUAL = "ACTUAL";

    private final SetupService setups;
    private final DimensionStatementService statements;
    private final BrowseMapper mapper;

    BrowseService(SetupService setups, DimensionStatementService statements, BrowseMapper mapper) {
        this.setups = setups;
        this.statements = statements;
        this.mapper = mapper;
    }

    public record CompanyView(CompanySetup setup, List<BrowseMapper.PeriodRow> periods, List<String> versions) {
    }

    /** one statement of a period: the dimension statement of a dimension through a line structure */
    public record StatementLink(String dimension, String lineStructure, String lineStructureName) {
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

    /**
     * the dimension statement as the statements render it, whole (checked first: an unknown company is a 404 and a
     * bad parameter a 422, with nothing written); its cells link to the drill-down below {@code linkPrefix}
     */
    /** rendered whole before it is sent, so a refused request is an error page, never half a document */
    byte[] statement(DimensionStatementRequest request, StatementFormat format, String linkPrefix) {
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        statements.render(statements.check(request, format), format, linkPrefix, rendered);
        return rendered.toByteArray();
    }
}
