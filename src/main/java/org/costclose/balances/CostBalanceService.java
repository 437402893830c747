package org.costclose.balances;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.ibatis.cursor.Cursor;
import org.costclose.setup.SetupService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cost balances by period × version × dimension value × category, optionally through a line structure and
 * the dimension's hierarchy. Paged over values: a page holds every category (or line) of its values.
 */
@Service
class CostBalanceService {

    static final int MAX_PAGE = 1_000;
    static final int MAX_CSV_PAGE = 100_000;

    private final CostBalanceMapper mapper;
    private final SetupService setup;

    CostBalanceService(CostBalanceMapper mapper, SetupService setup) {
        this.mapper = mapper;
        this.setup = setup;
    }

    /** checks the request against the active setup: 404 for an unknown company, 422 naming every bad parameter */
    BalanceScope scope(String companyId, BalanceParameters parameters, int maxLimit) {
        RequestChecks checks = new RequestChecks(setup, companyId);
        checks.period(parameters.period());
        checks.version(parameters.version());
        checks.dimension(parameters.dimension());
        var structure = checks.lineStructure(parameters.lineStructure());
        checks.paging(parameters.offset(), parameters.limit(), maxLimit);
        checks.throwIfAny();
        return new BalanceScope(checks.setup(), parameters.period(), parameters.version(), parameters.dimension(),
                structure, parameters.offset(), parameters.limit(), parameters.hierarchy());
    }

    @Transactional(readOnly = true)
    public CostBalances page(BalanceScope scope) {
        List<BalanceRow> rows = new ArrayList<>();
        Hierarchy hierarchy = hierarchy(scope);
        CostQuery query = query(scope, hierarchy);
        long total = mapper.countValues(query);
        stream(scope, hierarchy, query, rows::add);
        return new CostBalances(scope.companyId(), scope.periodId(), scope.versionId(), scope.dimension(),
                scope.structure() == null ? null : scope.structure().id(), scope.hierarchy(), scope.offset(),
                scope.limit(), total, rows);
    }

    @Transactional(readOnly = true)
    public long countValues(BalanceScope scope) {
        Hierarchy hierarchy = hierarchy(scope);
        return mapper.countValues(query(scope, hierarchy));
    }

    /** the page's rows, one value at a time, while the database still sends the next ones */
    @Transactional(readOnly = true)
    public void stream(BalanceScope scope, Consumer<BalanceRow> rows) {
        Hierarchy hierarchy = hierarchy(scope);
        stream(scope, hierarchy, query(scope, hierarchy), rows);
    }

    /** the rows of the values from {@code first} to {@code last} (no paging): another version's side of a page */
    @Transactional(readOnly = true)
    public void streamRange(BalanceScope scope, String first, String last, Consumer<BalanceRow> rows) {
        Hierarchy hierarchy = hierarchy(scope);
        streamBetween(scope, hierarchy, query(scope, hierarchy).between(first, last), rows);
    }

    private void stream(BalanceScope scope, Hierarchy hierarchy, CostQuery query, Consumer<BalanceRow> rows) {
        CostBalanceMapper.PageBounds bounds = mapper.findPageBounds(query);
        if (bounds == null || bounds.firstValue() == null) {
            return;
        }
        streamBetween(scope, hierarchy, query.between(bounds.firstValue(), bounds.lastValue()), rows);
    }

    private void streamBetween(BalanceScope scope, Hierarchy hierarchy, CostQuery query, Consumer<BalanceRow> rows) {
        try (Cursor<CostBalanceMapper.CategoryBalance> balances = mapper.findBalances(query)) {
            new BalanceAssembler(scope, hierarchy).assemble(balances, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Hierarchy hierarchy(BalanceScope scope) {
        return scope.hierarchy() ? Hierarchy.of(mapper.findValueParents(scope.companyId(), scope.dimension()))
                : Hierarchy.flat();
    }

    private static CostQuery query(BalanceScope scope, Hierarchy hierarchy) {
        return new CostQuery(scope.companyId(), scope.periodId(), scope.versionId(), scope.dimension(),
                hierarchy.levels(), null, null, null, scope.offset(), scope.limit(), scope.periods());
    }
}
