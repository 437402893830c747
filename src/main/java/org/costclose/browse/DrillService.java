package org.costclose.browse;

import java.util.List;
import org.costclose.balances.BalanceBrowsing;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.costclose.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill-down behind a statement cell: the categories of the line, a category's cost transactions, the
 * calculation trace of a calculation posting and the GL entry a ledger posting sums.
 */
@Service
class DrillService {

    static final int PAGE = 50;

    private final BalanceBrowsing balances;
    private final BrowseMapper mapper;

    DrillService(BalanceBrowsing balances, BrowseMapper mapper) {
        this.balances = balances;
        this.mapper = mapper;
    }

    /** where a drill stands: company, period, version and the dimension value */
    /** a statement cell's value; {@code hierarchy}: a group value, whose figures sum its descendants */
    public record Cell(String company, String period, String version, String dimension, String value,
                       boolean hierarchy) {
    }

    List<BalanceBrowsing.CategoryFigure> categories(Cell cell, String lineStructure, String line) {
        return balances.lineCategories(cell.company(), cell.period(), cell.version(), cell.dimension(), cell.value(),
                cell.hierarchy(), lineStructure, line);
    }

    BalanceBrowsing.TransactionPage transactions(Cell cell, String category, long offset) {
        return balances.transactions(cell.company(), cell.period(), cell.version(), cell.dimension(), cell.value(),
                cell.hierarchy(), category, offset, PAGE);
    }

    /** the trace of a CALCULATION posting, whose source id is {@code step#rule}; none found: 404 */
    @Transactional(readOnly = true)
    List<BrowseMapper.TraceRow> trace(Cell cell, String category, long runId, String source) {
        int hash = source == null ? -1 : source.lastIndexOf('#');
        if (hash < 1 || !source.substring(hash + 1).matches("\\d{1,9}")) {
            throw InvalidInputException.single("Invalid request parameters", new InputError(null, null, "source",
                    source, "a calculation posting is named step#rule, e.g. WAGES#1"));
        }
        List<BrowseMapper.TraceRow> rows = mapper.findTrace(new BrowseMapper.TraceKey(cell.company(), cell.period(),
                cell.version(), runId, source.substring(0, hash), Integer.parseInt(source.substring(hash + 1)), category,
                cell.dimension(), cell.value()));
        if (rows.isEmpty()) {
            throw new NotFoundException("no calculation transaction of run " + runId + ", " + source + " on "
                    + cell.dimension() + " " + cell.value() + ", category " + category);
        }
        return rows;
    }

    BalanceBrowsing.Entry entry(String company, String entryId) {
        return balances.glEntry(company, entryId);
    }
}
