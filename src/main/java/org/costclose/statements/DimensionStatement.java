package org.costclose.statements;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.costclose.balances.StatementBalances;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.LineStructure;

/**
 * A checked dimension statement: its balances ({@code source}), comparisons and layout. {@code values} (null for
 * all) restricts the values to a hierarchy node and its children; {@code units} holds the unit of each quantity
 * line; {@code valueCount} is how many values it shows.
 */
public record DimensionStatement(CompanySetup setup, StatementBalances.Source source, List<Comparison> comparisons,
                                 String hierarchyNode, Set<String> values, Layout layout, boolean split, long valueCount,
                                 Map<String, String> units) {

    /** WIDE: lines as rows, values as columns; LONG: values as rows, lines as columns (many values) */
    enum Layout { WIDE, LONG }

    LineStructure structure() {
        return source.structure();
    }

    String company() {
        return setup.company().id();
    }

    String fileName() {
        return "dimension-statement-" + company() + "-" + source.period() + "-" + source.version() + "-"
                + source.dimension();
    }
}
