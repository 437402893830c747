package org.costclose.setup.model;

import java.util.List;

/**
 * What a calculation rule moves from each sender: the listed categories, or the categories behind a line of
 * a line structure; the whole amount or only its fixed or variable part.
 */
public record CostSelection(List<String> categories, String lineStructure, String line, CostPart part) {

    public CostSelection {
        categories = Require.list(categories, "categories");
        Require.present(part, "part");
        if (categories.isEmpty() == (line == null) || (line == null) != (lineStructure == null)) {
            throw new IllegalArgumentException("a rule moves either categories or a line of a line structure");
        }
    }
}
