package org.costclose.setup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.costclose.setup.model.Basis;
import org.costclose.setup.model.CalculationStep;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CategoryKind;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.DimensionValue;
import org.costclose.setup.model.LineKind;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StepKind;
import org.costclose.setup.model.StepRule;
import org.costclose.setup.model.StructureLine;
import org.costclose.setup.model.ValueSelection;

/**
 * The checks of one calculation version against the rest of the setup: dimensions, values, categories and
 * lines that exist and fit their role in each rule, and bases that can decide shares. Values are checked
 * against a dimension's values in the setup when it lists any (values may also come from the ERP's export).
 */
final class CalculationChecks {

    private final Located<CalculationVersion> version;
    private final SetupValidator setup;
    private final Map<String, Located<Dimension>> dimensions;
    private final Map<String, Located<CostCategory>> categories;
    private final Map<String, Located<LineStructure>> structures;
    private final Problems problems;

    CalculationChecks(Located<CalculationVersion> version, SetupValidator setup,
            Map<String, Located<Dimension>> dimensions, Map<String, Located<CostCategory>> categories,
            Map<String, Located<LineStructure>> structures, Problems problems) {
        this.version = version;
        this.setup = setup;
        this.dimensions = dimensions;
        this.categories = categories;
        this.structures = structures;
        this.problems = problems;
    }

    void check() {
        List<CalculationStep> steps = version.value().steps();
        Map<String, Place> stepIds = new HashMap<>();
        for (int s = 0; s < steps.size(); s++) {
            Place stepPlace = problems.locate(version.place(), ".steps[" + s + "]");
            Place first = stepIds.putIfAbsent(steps.get(s).id(), stepPlace);
            if (first != null) {
                problems.add(problems.locate(stepPlace, ".id"), steps.get(s).id(), "step " + steps.get(s).id()
                        + " is defined twice in version " + version.value().id() + " (first on line " + first.line() + ")");
            }
            List<StepRule> rules = steps.get(s).rules();
            for (int r = 0; r < rules.size(); r++) {
                checkRule(steps.get(s).kind(), rules.get(r), problems.locate(stepPlace, ".rules[" + r + "]"));
            }
        }
    }

    private void checkRule(StepKind kind, StepRule rule, Place place) {
        boolean senders = checkSelection(rule.senders(), problems.locate(place, ".senders"));
        boolean receivers = rule.receivers() != null
                && checkSelection(rule.receivers(), problems.locate(place, ".receivers"));
        String from = rule.senders().dimension();
        String to = receivers ? rule.receivers().dimension() : null;
        if (kind == StepKind.DISTRIBUTION && senders && receivers && !from.equals(to)) {
            problems.add(problems.locate(place, ".receivers.dimension"), to, "a distribution moves cost within one"
                    + " dimension (" + from + "); an allocation moves it to another dimension");
        }
        if (senders && rule.moves() != null) {
            checkMoves(rule, problems.locate(place, ".moves"));
        }
        if (kind.allocates()) {
            checkPosting(rule.allocationCategory(), to, receivers, problems.locate(place, ".allocationCategory"), "receiver");
            checkPosting(rule.offsetCategory(), from, senders, problems.locate(place, ".offsetCategory"), "sender");
        }
        if (senders) {
            checkRates(rule, problems.locate(place, ".rates"));
        }
        if (senders && (receivers || rule.receivers() == null)) {
            checkBasis(rule, problems.locate(place, ".basis"));
        }
    }

    /** an internal cost allocation's planned rates are for its senders */
    private void checkRates(StepRule rule, Place place) {
        for (String sender : rule.rates().keySet()) {
            Place at = problems.locate(place, "." + sender);
            if (checkValue(rule.senders().dimension(), sender, at) && !selects(rule.senders(), sender)) {
                problems.add(at, sender, "not one of the rule's senders");
            }
        }
    }

    private boolean checkSelection(ValueSelection selection, Place place) {
        if (!setup.checkCostAccountingDimension(selection.dimension(), problems.locate(place, ".dimension"))) {
            return false;
        }
        boolean valid = true;
        for (String field : List.of("values", "nodes")) {
            List<String> codes = field.equals("values") ? selection.values() : selection.nodes();
            for (int index = 0; index < codes.size(); index++) {
                valid &= checkValue(selection.dimension(), codes.get(index),
                        problems.locate(place, "." + field + "[" + index + "]"));
            }
        }
        return valid;
    }

    private boolean checkValue(String dimension, String code, Place place) {
        List<DimensionValue> values = dimensions.get(dimension).value().values();
        if (values.isEmpty() || values.stream().anyMatch(value -> value.code().equals(code))) {
            return true;
        }
        problems.add(place, code, "unknown value of " + dimension);
        return false;
    }

    /** the moved categories must exist, carry cost and be able to post on the senders' dimension */
    private void checkMoves(StepRule rule, Place place) {
        String dimension = rule.senders().dimension();
        List<String> moved = rule.moves().categories();
        if (rule.moves().line() != null) {
            StructureLine line = line(rule.moves().lineStructure(), rule.moves().line(), place);
            if (line == null) {
                return;
            }
            if (line.kind() == LineKind.QUANTITY || line.kind() == LineKind.CALCULATION) {
                problems.add(problems.locate(place, ".line"), line.id(), "a " + line.kind().code()
                        + " line holds no cost to move; choose a category or total line");
                return;
            }
            moved = categoriesBehind(structures.get(rule.moves().lineStructure()).value(), line);
        }
        boolean reachable = false;
        for (int index = 0; index < rule.moves().categories().size(); index++) {
            String id = rule.moves().categories().get(index);
            Located<CostCategory> category = categories.get(id);
            Place at = problems.locate(place, ".categories[" + index + "]");
            if (category == null && !problems.isFaulty("category", id)) {
                problems.add(at, id, "unknown cost category");
            } else if (category != null && category.value().isService()) {
                problems.add(at, id, "a service category carries quantities, not cost: it cannot be moved");
            }
        }
        for (String id : moved) {
            Located<CostCategory> category = categories.get(id);
            reachable |= category == null || category.value().transactionControl().contains(dimension);
        }
        if (!reachable) {
            problems.add(place, String.join(", ", moved), "none of these categories posts into " + dimension
                    + " (their transaction control): the rule can never move anything");
        }
    }

    private void checkPosting(String id, String dimension, boolean dimensionValid, Place place, String side) {
        Located<CostCategory> category = categories.get(id);
        if (category == null) {
            if (!problems.isFaulty("category", id)) {
                problems.add(place, id, "unknown cost category");
            }
            return;
        }
        CategoryKind kind = category.value().kind();
        if (kind != CategoryKind.SECONDARY && kind != CategoryKind.LOCAL) {
            problems.add(place, id, "allocated cost is carried by secondary (or local) categories, not by a "
                    + kind.code() + " one");
        } else if (dimensionValid && !category.value().transactionControl().contains(dimension)) {
            problems.add(place, id, "category " + id + " does not post into " + dimension + ", the " + side
                    + "s' dimension (its transaction control is " + category.value().transactionControl() + ")");
        }
    }

    private void checkBasis(StepRule rule, Place place) {
        Basis basis = rule.basis();
        switch (basis.kind()) {
            case PERCENTAGES, QUANTITIES -> checkWeights(rule, problems.locate(place, "." + basis.kind().code()));
            case SERVICE_QUANTITIES -> checkServiceCategory(rule, problems.locate(place, ".serviceCategory"));
            case STATISTIC -> checkStatistic(basis.category(), rule.receivers().dimension(),
                    problems.locate(place, ".statistic"));
            case LINE_BALANCE -> {
                StructureLine line = line(basis.lineStructure(), basis.line(), place);
                if (line != null && line.kind() == LineKind.CALCULATION) {
                    problems.add(problems.locate(place, ".line"), line.id(), "a calculation line is a ratio, not a"
                            + " balance: choose a category, quantity or total line as the basis");
                }
            }
        }
    }

    private void checkWeights(StepRule rule, Place place) {
        ValueSelection receivers = rule.receivers();
        for (String receiver : rule.basis().weights().keySet()) {
            Place at = problems.locate(place, "." + receiver);
            if (checkValue(receivers.dimension(), receiver, at) && !selects(receivers, receiver)) {
                problems.add(at, receiver, "not one of the rule's receivers");
            }
        }
    }

    private void checkServiceCategory(StepRule rule, Place place) {
        String id = rule.basis().category();
        CostCategory category = serviceCategory(id, place);
        String to = rule.receivers() == null ? null : rule.receivers().dimension();
        if (category != null && (!rule.senders().dimension().equals(category.creditDimension())
                || (to != null && !to.equals(category.debitDimension())))) {
            problems.add(place, id, "service category " + id + " records quantities from "
                    + category.creditDimension() + " to " + category.debitDimension() + ", not from "
                    + rule.senders().dimension() + (to == null ? "" : " to " + to));
        }
    }

    private void checkStatistic(String id, String dimension, Place place) {
        CostCategory category = serviceCategory(id, place);
        if (category != null && !category.transactionControl().contains(dimension)) {
            problems.add(place, id, "category " + id + " has no quantities on " + dimension
                    + " (its transaction control is " + category.transactionControl() + ")");
        }
    }

    private CostCategory serviceCategory(String id, Place place) {
        Located<CostCategory> category = categories.get(id);
        if (category == null) {
            if (!problems.isFaulty("category", id)) {
                problems.add(place, id, "unknown cost category");
            }
            return null;
        }
        if (!category.value().isService()) {
            problems.add(place, id, "quantities come from service categories; " + id + " is "
                    + category.value().kind().code());
            return null;
        }
        return category.value();
    }

    private StructureLine line(String structureId, String lineId, Place place) {
        Located<LineStructure> structure = structures.get(structureId);
        if (structure == null) {
            problems.add(problems.locate(place, ".lineStructure"), structureId, "unknown line structure");
            return null;
        }
        StructureLine line = structure.value().line(lineId).orElse(null);
        if (line == null && !problems.isFaulty("line", lineId)) {
            problems.add(problems.locate(place, ".line"), lineId, "unknown line of " + structureId);
        }
        return line;
    }

    /** whether the selection takes the value: listed, below a listed node or within a range */
    private boolean selects(ValueSelection selection, String code) {
        if (selection.values().contains(code) || selection.ranges().stream().anyMatch(range -> range.contains(code))) {
            return true;
        }
        Map<String, String> parents = new HashMap<>();
        dimensions.get(selection.dimension()).value().values()
                .forEach(value -> parents.put(value.code(), value.parent()));
        String current = code;
        for (int depth = 0; current != null && depth <= parents.size(); depth++) {
            if (selection.nodes().contains(current)) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }

    private List<String> categoriesBehind(LineStructure structure, StructureLine line) {
        return categories.keySet().stream()
                .filter(id -> structure.covers(line, id)).toList();
    }
}
