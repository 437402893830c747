package org.costclose.calculation.lineage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.costclose.balances.LineCoverage;
import org.costclose.calculation.Node;
import org.costclose.ledger.LedgerProcessingService;
import org.costclose.setup.SetupService;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.FiscalPeriod;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/** Lineage of a balance: from a value's balance back through the calculation's steps to its cost transactions. */
@Service
public class LineageService {

    /** the version the ledger and production post into, which every calculation starts from */
    static final String INPUT_VERSION = "ACTUAL";
    static final int DEFAULT_DEPTH = 10;
    static final int MAX_DEPTH = 100;
    /** GL entry ids listed per ledger cost transaction; the rest are paged at …/ledger-entries */
    static final int FIRST_ENTRIES = 10;
    private static final int ENTRY_PAGE = 100;

    private final LineageMapper mapper;
    private final SetupService setups;
    private final LedgerProcessingService ledger;

    LineageService(LineageMapper mapper, SetupService setups, LedgerProcessingService ledger) {
        this.mapper = mapper;
        this.setups = setups;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public Lineage lineage(String companyId, LineageRequest request) {
        CompanySetup setup = setups.activeSetup(companyId)
                .orElseThrow(() -> new NotFoundException("unknown company '" + companyId + "'"));
        requireKnown(setup, request);
        List<String> categories = categories(setup, request);
        if (request.depth() < 1 || request.depth() > MAX_DEPTH) {
            throw InvalidInputException.single("Invalid request parameters", new InputError(null, null, "depth",
                    Integer.toString(request.depth()), "must be between 1 and " + MAX_DEPTH));
        }
        var scope = new LineageScope(companyId, request.period(), request.version(), INPUT_VERSION,
                setup.company().minorUnit());
        var explainer = new LineageExplainer(new PoolReader(mapper, scope),
                (category, node, count) -> glEntries(scope, category, node, count), request.depth(), scope.minorUnit());
        return new Lineage(companyId, request.period(), request.version(), request.dimension(), request.value(),
                request.category(), request.lineStructure(), request.line(), categories, request.depth(),
                explainer.explain(new Node(request.dimension(), request.value()), categories));
    }

    /** the period, version, dimension and value must exist: each unknown one is a 404 naming it */
    private void requireKnown(CompanySetup setup, LineageRequest request) {
        String company = setup.company().id();
        if (setup.calendar().periods().stream().map(FiscalPeriod::id).noneMatch(id -> id.equals(request.period()))) {
            throw new NotFoundException("company " + company + " has no period '" + request.period() + "'");
        }
        if (!INPUT_VERSION.equals(request.version()) && setup.calculationVersions().stream()
                .map(CalculationVersion::id).noneMatch(id -> id.equals(request.version()))) {
            throw new NotFoundException("company " + company + " has no calculation version '" + request.version() + "'");
        }
        if (setup.dimension(request.dimension()).filter(Dimension::usedByCostAccounting).isEmpty()) {
            throw new NotFoundException("company " + company + " has no cost accounting dimension '"
                    + request.dimension() + "'; they are: " + setup.costAccountingDimensions().stream()
                    .map(Dimension::name).collect(Collectors.joining(", ")));
        }
        if (mapper.countValue(company, request.dimension(), request.value()) == 0) {
            throw new NotFoundException("dimension " + request.dimension() + " of company " + company
                    + " has no value '" + request.value() + "'");
        }
    }

    /** null: every category; else the one asked for, or those a line covers */
    private static List<String> categories(CompanySetup setup, LineageRequest request) {
        if (request.category() != null && request.line() != null) {
            throw InvalidInputException.single("Invalid request parameters", new InputError(null, null, "line",
                    request.line(), "explain a category or a line, not both"));
        }
        if (request.category() != null) {
            if (setup.costCategories().stream().map(CostCategory::id).noneMatch(request.category()::equals)) {
                throw new NotFoundException("company " + setup.company().id() + " has no cost category '"
                        + request.category() + "'");
            }
            return List.of(request.category());
        }
        return request.line() == null ? null : lineCategories(setup, request);
    }

    /** the categories a line of a line structure covers (a total line: those of its lines) */
    private static List<String> lineCategories(CompanySetup setup, LineageRequest request) {
        if (request.lineStructure() == null) {
            throw InvalidInputException.single("Invalid request parameters", new InputError(null, null,
                    "lineStructure", null, "a line is explained within its line structure, which is required"));
        }
        LineStructure structure = setup.lineStructure(request.lineStructure()).orElseThrow(() -> new NotFoundException(
                "company " + setup.company().id() + " has no line structure '" + request.lineStructure() + "'"));
        StructureLine line = structure.line(request.line()).orElseThrow(() -> new NotFoundException(
                "line structure " + structure.id() + " has no line '" + request.line() + "'"));
        List<String> known = setup.costCategories().stream().map(CostCategory::id).toList();
        Set<String> services = setup.costCategories().stream().filter(CostCategory::isService).map(CostCategory::id)
                .collect(Collectors.toSet());
        return new ArrayList<>(LineCoverage.categories(structure, line, known, services));
    }

    /** the first GL entry ids of a ledger cost transaction (the ledger's own lineage query) and where the rest are */
    private LineageNode.GlEntries glEntries(LineageScope scope, String category, Node node, long count) {
        List<String> first = ledger.entriesOf(scope.companyId(), scope.periodId(), category, node.dimension(),
                node.value(), 0, FIRST_ENTRIES);
        String more = count <= first.size() ? null : UriComponentsBuilder
                .fromPath("/api/companies/{company}/periods/{period}/ledger-entries")
                .queryParam("category", category).queryParam("dimension", node.dimension())
                .queryParam("value", node.value()).queryParam("offset", first.size()).queryParam("limit", ENTRY_PAGE)
                .encode().buildAndExpand(scope.companyId(), scope.periodId()).toUriString();
        return new LineageNode.GlEntries(count, first, more);
    }
}
