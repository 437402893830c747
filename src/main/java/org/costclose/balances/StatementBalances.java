package org.costclose.balances;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.LineStructure;
import org.springframework.stereotype.Service;

/**
 * What the statements read from the cost balances: a line structure's rows per dimension value, a page of values
 * at a time, the same values' rows in another version, period or year to date, and a hierarchy node's children.
 * The figures are the cost balances' own (same lines, formulas and rounding).
 */
@Service
public class StatementBalances {

    private final CostBalanceService balances;
    private final CostBalanceMapper mapper;

    StatementBalances(CostBalanceService balances, CostBalanceMapper mapper) {
        this.balances = balances;
        this.mapper = mapper;
    }

    /** which balances: {@code periods} (null for the period alone) sums a year to date ending with the period */
    public record Source(CompanySetup setup, String period, List<String> periods, String version, String dimension,
                         LineStructure structure, boolean hierarchy) {

        public Source {
            periods = periods == null ? null : List.copyOf(periods);
        }

        public Source in(String otherPeriod, List<String> otherPeriods, String otherVersion) {
            return new Source(setup, otherPeriod, otherPeriods, otherVersion, dimension, structure, hierarchy);
        }

        private BalanceScope scope(long offset, int limit) {
            return new BalanceScope(setup, period, version, dimension, structure, offset, limit, hierarchy, periods);
        }
    }

    public long countValues(Source source) {
        return balances.countValues(source.scope(0, 1));
    }

    /** the line rows of up to {@code limit} values from the {@code offset}-th on, in value order */
    public List<BalanceRow.LineRow> page(Source source, long offset, int limit) {
        List<BalanceRow.LineRow> rows = new ArrayList<>();
        balances.stream(source.scope(offset, limit), row -> rows.add((BalanceRow.LineRow) row));
        return rows;
    }

    /** the category rows (no line structure: the source's is ignored) of up to {@code limit} values from the {@code offset}-th on */
    public List<BalanceRow.CategoryRow> categories(Source source, long offset, int limit) {
        List<BalanceRow.CategoryRow> rows = new ArrayList<>();
        Source categories = new Source(source.setup(), source.period(), source.periods(), source.version(),
                source.dimension(), null, source.hierarchy());
        balances.stream(categories.scope(offset, limit), row -> rows.add((BalanceRow.CategoryRow) row));
        return rows;
    }

    /** the line rows of the values from {@code first} to {@code last} */
    public void range(Source source, String first, String last, Consumer<BalanceRow.LineRow> rows) {
        balances.streamRange(source.scope(0, 1), first, last, row -> rows.accept((BalanceRow.LineRow) row));
    }

    /** the values whose parent is {@code node} in the dimension's hierarchy, in code order */
    public List<String> children(String companyId, String dimension, String node) {
        return mapper.findValueParents(companyId, dimension).stream()
                .filter(parent -> node.equals(parent.parentCode())).map(CostBalanceMapper.ValueParent::valueCode)
                .sorted().toList();
    }
}
