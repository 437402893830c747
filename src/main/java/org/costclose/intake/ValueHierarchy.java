package org.costclose.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.costclose.intake.MasterDataMapper.DimensionValueRow;

/** Checks a dimension's value hierarchy after an import is merged with what is stored. */
final class ValueHierarchy {

    private ValueHierarchy() {
    }

    /** every parent exists in the same dimension, and no value is its own ancestor */
    static void check(Map<String, DimensionValueRow> merged, Map<String, ParsedRow> fileRows,
                                       ErrorCollector errors) {
        for (var entry : fileRows.entrySet()) {
            DimensionValueRow value = merged.get(entry.getKey());
            long row = entry.getValue().rowNo();
            if (value.parentCode() == null) {
                continue;
            }
            if (!merged.containsKey(value.dimensionName() + MasterDataImporter.KEY_SEPARATOR + value.parentCode())) {
                errors.add(row, "parent", value.parentCode(), "unknown parent value in dimension " + value.dimensionName());
                continue;
            }
            List<String> loop = loopFrom(value, merged);
            if (!loop.isEmpty()) {
                errors.add(row, "parent", value.parentCode(), "hierarchy loop: " + String.join(" → ", loop));
            }
        }
    }

    private static List<String> loopFrom(DimensionValueRow start, Map<String, DimensionValueRow> merged) {
        var seen = new LinkedHashSet<String>();
        DimensionValueRow current = start;
        while (current != null && seen.add(current.valueCode())) {
            current = current.parentCode() == null ? null
                    : merged.get(current.dimensionName() + MasterDataImporter.KEY_SEPARATOR + current.parentCode());
        }
        if (current == null || !current.valueCode().equals(start.valueCode())) {
            return List.of();
        }
        List<String> path = new ArrayList<>(seen);
        path.add(start.valueCode());
        return path;
    }
}
