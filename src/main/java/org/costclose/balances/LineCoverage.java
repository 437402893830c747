package org.costclose.balances;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.costclose.setup.model.LineKind;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;

/**
 * Which cost categories a line covers: a category or quantity line those it lists or whose id lies in one of
 * its ranges (numeric ids compare as numbers, see IdRange); a quantity line service categories only; a total
 * or calculation line the categories of the lines it is computed from.
 */
public final class LineCoverage {

    private LineCoverage() {
    }

    /** the categories among {@code known} (plus those the lines name) behind the line, in a stable order */
    public static Set<String> categories(LineStructure structure, StructureLine line, Collection<String> known,
                                  Set<String> serviceCategories) {
        Set<String> result = new LinkedHashSet<>();
        collect(structure, line, known, serviceCategories, result, new LinkedHashSet<>());
        return result;
    }

    private static void collect(LineStructure structure, StructureLine line, Collection<String> known,
                                Set<String> serviceCategories, Set<String> result, Set<String> visited) {
        if (!visited.add(line.id())) {
            return;
        }
        if (line.kind() == LineKind.CATEGORY || line.kind() == LineKind.QUANTITY) {
            Set<String> candidates = new LinkedHashSet<>(line.categories());
            known.stream().filter(line::lists).forEach(candidates::add);
            candidates.stream().filter(id -> line.kind() == LineKind.CATEGORY || serviceCategories.contains(id))
                    .forEach(result::add);
            return;
        }
        for (String dependency : line.dependencies()) {
            structure.line(dependency).ifPresent(next ->
                    collect(structure, next, known, serviceCategories, result, visited));
        }
    }
}
