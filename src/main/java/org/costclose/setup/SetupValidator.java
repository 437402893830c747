package org.costclose.setup;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.PostingControlRule;
import org.costclose.setup.model.ApprovalLevel;
import org.costclose.setup.model.CloseDeadline;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.Resource;
import org.costclose.setup.model.ServiceSource;

/** The checks across elements and sections: unique ids and references that must resolve. */
final class SetupValidator {

    private final SetupDraft draft;
    private final Problems problems;
    private final Map<String, Located<Dimension>> dimensions;
    private final Map<String, Located<CostCategory>> categories;

    SetupValidator(SetupDraft draft, Problems problems) {
        this.draft = draft;
        this.problems = problems;
        this.dimensions = unique(draft.dimensions(), Dimension::name, ".name", "dimension", problems);
        this.categories = unique(draft.costCategories(), CostCategory::id, ".id", "cost category", problems);
    }

    void check() {
        if (draft.dimensions().size() > CompanySetup.DIMENSION_SLOTS) {
            Located<Dimension> extra = draft.dimensions().get(CompanySetup.DIMENSION_SLOTS);
            problems.add(extra.place(), extra.value().name(), "at most " + CompanySetup.DIMENSION_SLOTS
                    + " financial dimensions: there are " + CompanySetup.DIMENSION_SLOTS + " dimension slots");
        }
        draft.dimensions().forEach(dimension -> new HierarchyChecks(dimension, problems).check());
        new CategoryChecks(this, categories.values(), problems).check();
        checkPostingLayers();
        checkPostingControl();
        checkResources();
        checkClose();
        checkServiceSources();
        unique(draft.calculationVersions(), version -> version.id(), ".id", "calculation version", problems);
        var structures = unique(draft.lineStructures(), structure -> structure.id(), ".id", "line structure", problems);
        draft.lineStructures().forEach(structure -> new LineStructureChecks(structure, categories, problems).check());
        draft.calculationVersions().forEach(version ->
                new CalculationChecks(version, this, dimensions, categories, structures, problems).check());
        new VersionSourceChecks(draft.calculationVersions(), categories,
                draft.calendar() == null ? null : draft.calendar().value(), problems).check();
    }

    /** Reports a dimension that does not exist or that cost accounting does not use; true when it is usable. */
    boolean checkCostAccountingDimension(String name, Place place) {
        Located<Dimension> dimension = dimensions.get(name);
        if (dimension == null && problems.isFaulty("dimension", name)) {
            return false;
        }
        if (dimension == null) {
            problems.add(place, name, "unknown dimension; the dimensions are " + String.join(", ", dimensions.keySet()));
            return false;
        }
        if (!dimension.value().usedByCostAccounting()) {
            problems.add(place, name, "dimension " + name + " is not used by cost accounting (it has no role)");
            return false;
        }
        return true;
    }

    private void checkPostingLayers() {
        Set<Object> seen = new HashSet<>();
        for (var layer : draft.postingLayers()) {
            if (!seen.add(layer.value())) {
                problems.add(layer.place(), layer.value().code(), "posting layer listed twice");
            }
        }
    }

    private void checkPostingControl() {
        for (Located<PostingControlRule> rule : draft.postingControl()) {
            String category = rule.value().category();
            if (!categories.containsKey(category) && !problems.isFaulty("category", category)) {
                problems.add(problems.locate(rule.place(), ".category"), category, "unknown cost category");
            }
            checkCostAccountingDimension(rule.value().dimension(), problems.locate(rule.place(), ".dimension"));
        }
    }

    /** reported-as-finished output and project hours each go to one service category at most */
    private void checkServiceSources() {
        Map<ServiceSource, String> taken = new EnumMap<>(ServiceSource.class);
        for (Located<CostCategory> category : draft.costCategories()) {
            ServiceSource source = category.value().source();
            String first = source == null ? null : taken.putIfAbsent(source, category.value().id());
            if (first != null) {
                problems.add(problems.locate(category.place(), ".source"), source.code(),
                        "category " + first + " already takes the quantities of " + source.code());
            }
        }
    }

    private void checkClose() {
        unique(draft.approvalLevels(), ApprovalLevel::name, ".name", "approval level", problems);
        unique(draft.closeCalendar(), CloseDeadline::task, ".task", "close calendar task", problems);
        unique(draft.closeHolidays(), LocalDate::toString, "", "holiday", problems);
        var levels = draft.approvalLevels();
        if (levels.size() > CompanySetup.MAX_APPROVAL_LEVELS) {
            problems.add(problems.locate(levels.get(CompanySetup.MAX_APPROVAL_LEVELS).place(), ""),
                    String.valueOf(levels.size()), "a close has at most " + CompanySetup.MAX_APPROVAL_LEVELS
                            + " approval levels");
        }
    }

    private void checkResources() {
        unique(draft.resources(), Resource::id, ".id", "resource", problems);
        for (Located<Resource> resource : draft.resources()) {
            String category = resource.value().category();
            Place place = problems.locate(resource.place(), ".category");
            Located<CostCategory> found = categories.get(category);
            if (found == null && !problems.isFaulty("category", category)) {
                problems.add(place, category, "unknown cost category");
            } else if (found != null && !found.value().isService()) {
                problems.add(place, category, "a resource records its hours under a service category");
            }
        }
    }

    /** The elements by id, first definition winning; every later definition of an id is reported. */
    static <T> Map<String, Located<T>> unique(List<Located<T>> elements, Function<T, String> id, String idField,
            String what, Problems problems) {
        Map<String, Located<T>> byId = new LinkedHashMap<>();
        for (Located<T> element : elements) {
            String key = id.apply(element.value());
            Located<T> first = byId.putIfAbsent(key, element);
            if (first != null) {
                Place firstPlace = problems.locate(first.place(), idField);
                problems.add(problems.locate(element.place(), idField), key, what + " " + key
                        + " is defined twice (first in " + firstPlace.file() + " line " + firstPlace.line() + ")");
            }
        }
        return byId;
    }
}
