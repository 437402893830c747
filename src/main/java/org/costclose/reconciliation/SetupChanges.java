package org.costclose.reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.costclose.setup.model.AccountMapping;
import org.costclose.setup.model.CategoryKind;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.DimensionRole;

/**
 * Applies a proposal's changes to a setup model. A category to remove that a line structure, a
 * posting-control rule or a resource still names is blocked instead, so the setup stays valid and the
 * reports keep their lines; the outcome of each change says which.
 */
final class SetupChanges {

    /** The changed setup and the changes, each with its outcome. */
    record Applied(CompanySetup setup, List<ProposedChange> changes) {
    }

    private SetupChanges() {
    }

    static Applied apply(CompanySetup setup, List<ProposedChange> changes) {
        Map<String, CostCategory> categories = new LinkedHashMap<>();
        setup.costCategories().forEach(category -> categories.put(category.id(), category));
        List<ProposedChange> outcomes = new ArrayList<>();
        for (ProposedChange change : changes) {
            String outcome = apply(setup, categories, change);
            outcomes.add(new ProposedChange(change.kind(), change.accountNo(), change.categoryId(),
                    change.currentName(), change.proposedName(), outcome));
        }
        CompanySetup changed = new CompanySetup(setup.company(), setup.calendar(), setup.dimensions(),
                List.copyOf(categories.values()), setup.postingLayers(), setup.postingControl(),
                setup.lineStructures(), setup.resources(), setup.calculationVersions(), setup.approvalLevels(),
                setup.closeCalendar(), setup.closeHolidays());
        return new Applied(changed, outcomes);
    }

    private static String apply(CompanySetup setup, Map<String, CostCategory> categories, ProposedChange change) {
        String id = change.categoryId();
        switch (change.kind()) {
            case CREATE -> {
                categories.put(id, new CostCategory(id, change.proposedName(), CategoryKind.PRIMARY, BigDecimal.ZERO,
                        costDimensions(setup), AccountMapping.IDENTICAL_WITH_ACCOUNT, List.of(), null, null, null,
                        null, false));
                return "created";
            }
            case RENAME -> {
                categories.computeIfPresent(id, (key, category) -> category.withName(change.proposedName()));
                return "renamed";
            }
            case BLOCK -> {
                categories.computeIfPresent(id, (key, category) -> category.withBlocked(true));
                return "blocked";
            }
            case UNBLOCK -> {
                categories.computeIfPresent(id, (key, category) -> category.withBlocked(false));
                return "unblocked";
            }
            default -> {
                List<String> references = references(setup, id);
                if (references.isEmpty()) {
                    categories.remove(id);
                    return "removed";
                }
                categories.computeIfPresent(id, (key, category) -> category.withBlocked(true));
                return "blocked instead of removed: still named by " + String.join(", ", references);
            }
        }
    }

    /** a new primary category posts into the cost centers and cost purposes */
    private static List<String> costDimensions(CompanySetup setup) {
        return setup.dimensions().stream()
                .filter(d -> d.role() == DimensionRole.COST_CENTER || d.role() == DimensionRole.COST_PURPOSE)
                .map(Dimension::name).toList();
    }

    /** what in the setup names the category: lines of line structures, posting-control rules, resources */
    static List<String> references(CompanySetup setup, String categoryId) {
        Stream<String> lines = setup.lineStructures().stream().flatMap(structure -> structure.lines().stream()
                .filter(line -> line.categories().contains(categoryId))
                .map(line -> "line " + line.id() + " of line structure " + structure.id()));
        Stream<String> rules = setup.postingControl().stream().filter(rule -> rule.category().equals(categoryId))
                .map(rule -> "the posting-control rule on " + rule.dimension());
        Stream<String> resources = setup.resources().stream().filter(r -> r.category().equals(categoryId))
                .map(resource -> "resource " + resource.id());
        return Stream.of(lines, rules, resources).flatMap(s -> s).toList();
    }
}
