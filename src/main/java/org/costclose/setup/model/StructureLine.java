package org.costclose.setup.model;

import java.util.List;

/**
 * A line of a line structure. A category line sums the categories listed in {@code categories} or lying in
 * {@code categoryRanges}, times {@code sign}; a quantity line sums the quantities of service categories; a
 * total line sums the lines in {@code lines}; a calculation line evaluates {@code formula} (normalized text).
 */
public record StructureLine(String id, String name, LineKind kind, int sign, List<String> categories,
        List<IdRange> categoryRanges, List<String> lines, String formula) {

    public StructureLine {
        Require.text(id, "line id");
        Require.text(name, "line name");
        Require.present(kind, "kind");
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("sign must be 1 or -1");
        }
        categories = Require.list(categories, "categories");
        categoryRanges = Require.list(categoryRanges, "categoryRanges");
        lines = Require.list(lines, "lines");
        if ((kind == LineKind.CALCULATION) != (formula != null)) {
            throw new IllegalArgumentException("a formula belongs to calculation lines only");
        }
    }

    public Formula parsedFormula() {
        return Formula.parse(formula);
    }

    /** Whether a category or quantity line names the category, listed or within one of its ranges. */
    public boolean lists(String categoryId) {
        return categories.contains(categoryId) || categoryRanges.stream().anyMatch(range -> range.contains(categoryId));
    }

    /** The lines this line is computed from: those of a total line, the references of a formula. */
    public List<String> dependencies() {
        return kind == LineKind.CALCULATION ? parsedFormula().references() : lines;
    }
}
