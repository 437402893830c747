package org.costclose.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.costclose.shared.InputError;
import org.costclose.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * A dimension value leaves the setup only when nothing stored uses it: no GL entry, no cost transaction and no
 * calculation transaction (as value or counter value). Otherwise the setup is refused, naming each value and how
 * many rows use it, so balances of past periods keep the value's name and place in its hierarchy.
 */
@Component
class ValuesInUse {

    /** Oracle takes at most 1,000 expressions in an IN list */
    private static final int CHUNK = 500;

    private final SetupProjectionMapper mapper;

    ValuesInUse(SetupProjectionMapper mapper) {
        this.mapper = mapper;
    }

    void requireUnused(String company, Map<String, Integer> slots, List<SetupRows.Value> removed) {
        Map<String, List<String>> byDimension = new TreeMap<>();
        removed.forEach(value -> byDimension.computeIfAbsent(value.dimensionName(), name -> new ArrayList<>())
                .add(value.valueCode()));
        List<InputError> errors = new ArrayList<>();
        byDimension.forEach((dimension, codes) -> {
            for (int from = 0; from < codes.size(); from += CHUNK) {
                List<String> chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
                mapper.findValueUse(company, dimension, slots.get(dimension), chunk).stream()
                        .map(use -> error(dimension, use)).forEach(errors::add);
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(SetupParser.TITLE, errors);
        }
    }

    private static InputError error(String dimension, SetupRows.ValueUse use) {
        return new InputError(null, null, "dimensions." + dimension + ".values", use.valueCode(), "value "
                + use.valueCode() + " of dimension " + dimension + " is used by " + count(use.glEntries(), "GL entry",
                "GL entries") + ", " + count(use.costTransactions(), "cost transaction", "cost transactions") + " and "
                + count(use.calculationTransactions(), "calculation transaction", "calculation transactions")
                + ": a value in use cannot leave the setup; keep it (rename it if it is no longer used for new postings)");
    }

    private static String count(long rows, String one, String many) {
        return rows + " " + (rows == 1 ? one : many);
    }
}
