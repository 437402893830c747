package org.costclose.setup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.costclose.setup.model.Basis;
import org.costclose.setup.model.BasisKind;
import org.costclose.setup.model.CalculationStep;
import org.costclose.setup.model.CalculationVersion;
import org.costclose.setup.model.CostPart;
import org.costclose.setup.model.CostRate;
import org.costclose.setup.model.CostSelection;
import org.costclose.setup.model.CycleMethod;
import org.costclose.setup.model.IdRange;
import org.costclose.setup.model.StepKind;
import org.costclose.setup.model.StepRule;
import org.costclose.setup.model.ValueSelection;
import org.costclose.setup.model.VersionKind;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an element of {@code calculationVersions} with its steps and rules, checking what can be checked on
 * each element alone; references to dimensions, values, categories and lines are checked by
 * {@link CalculationChecks}.
 */
final class CalculationReader {

    private static final List<String> BASIS_KEYS = List.of("percentages", "quantities", "serviceCategory",
            "statistic", "lineStructure", "line");

    private CalculationReader() {
    }

    static CalculationVersion version(Node node, Place place, Problems problems) {
        MappingReader version = MappingReader.of(node, place, problems, Stream.concat(
                Stream.of("id", "name", "kind", "cycleMethod", "steps"), VersionSources.KEYS.stream()).toList())
                .orElse(null);
        if (version == null) {
            return null;
        }
        String id = version.id("id");
        String name = version.text("name");
        VersionKind kind = version.code("kind", VersionKind.class, true);
        CycleMethod method = version.has("cycleMethod") ? version.code("cycleMethod", CycleMethod.class, false)
                : CycleMethod.RECIPROCAL;
        List<CalculationStep> steps = version.list("steps", false, CalculationReader::step);
        VersionSources source = VersionSources.read(version, problems);
        return Build.record(place, problems, () -> new CalculationVersion(id, name, kind, method, steps,
                source.budgetModel(), source.basedOn(), source.periods(), source.exportAccounts()), id, name, kind,
                method, source);
    }

    private static CalculationStep step(Node node, Place place, Problems problems) {
        MappingReader step = MappingReader.of(node, place, problems, List.of("id", "name", "kind", "rules"))
                .orElse(null);
        if (step == null) {
            return null;
        }
        String id = step.id("id");
        String name = step.text("name");
        StepKind kind = step.code("kind", StepKind.class, true);
        int[] given = {0};
        List<StepRule> rules = step.list("rules", true, (ruleNode, rulePlace, sink) -> {
            given[0]++;
            return rule(ruleNode, rulePlace, sink, kind);
        });
        if (rules.size() < given[0]) {
            // a rule was refused (and reported): the step is incomplete
            return null;
        }
        return Build.record(place, problems, () -> new CalculationStep(id, name, kind, rules), id, name, kind);
    }

    private static StepRule rule(Node node, Place place, Problems problems, StepKind kind) {
        MappingReader rule = MappingReader.of(node, place, problems, List.of("senders", "moves", "receivers",
                "basis", "allocationCategory", "offsetCategory", "rates", "fixedRates")).orElse(null);
        if (rule == null) {
            return null;
        }
        boolean byRate = kind == StepKind.INTERNAL_COST_ALLOCATION;
        boolean rated = kind == StepKind.COST_RATE_CALCULATION;
        ValueSelection senders = rule.nested("senders", true, CalculationReader::selection);
        CostSelection moves = rule.nested("moves", !byRate, CalculationReader::moves);
        ValueSelection receivers = rule.nested("receivers", !rated, CalculationReader::selection);
        Basis basis = rule.nested("basis", true, CalculationReader::basis);
        String allocation = rule.optionalId("allocationCategory");
        String offset = rule.optionalId("offsetCategory");
        Map<String, CostRate> rates = byRate ? rates(rule, problems) : Map.of();
        boolean complete = (byRate || moves != null) && (rated || receivers != null);
        if (!fits(rule, kind, allocation != null && offset != null, allocation != null || offset != null, basis,
                problems) || !complete) {
            return null;
        }
        return Build.record(place, problems, () -> new StepRule(senders, moves, receivers, basis, allocation, offset,
                rates), senders, basis, kind);
    }

    /** the fields a step kind takes: reports the first that does not fit */
    private static boolean fits(MappingReader rule, StepKind kind, boolean bothCategories, boolean anyCategory,
            Basis basis, Problems problems) {
        String problem = null;
        String field = null;
        if (kind.allocates() && !bothCategories) {
            problem = "an " + kind.code() + " rule needs an allocationCategory (debited on the receiver) and an"
                    + " offsetCategory (credited on the sender)";
        } else if (!kind.allocates() && anyCategory) {
            field = rule.has("allocationCategory") ? "allocationCategory" : "offsetCategory";
            problem = kind == StepKind.DISTRIBUTION
                    ? "a distribution keeps the moved categories: allocation and offset categories belong to allocations"
                    : "a cost rate calculation posts nothing: allocation and offset categories do not apply";
        } else if (kind == StepKind.INTERNAL_COST_ALLOCATION && rule.has("moves")) {
            field = "moves";
            problem = "an internal cost allocation charges service quantity × cost rate: it moves no selection";
        } else if (kind == StepKind.COST_RATE_CALCULATION && rule.has("receivers")) {
            field = "receivers";
            problem = "a cost rate calculation moves nothing: it has no receivers";
        } else if (kind != StepKind.INTERNAL_COST_ALLOCATION && (rule.has("rates") || rule.has("fixedRates"))) {
            field = rule.has("rates") ? "rates" : "fixedRates";
            problem = "planned rates belong to internal cost allocations";
        } else if (!kind.sharesCost() && basis != null && basis.kind() != BasisKind.SERVICE_QUANTITIES) {
            field = "basis";
            problem = "an " + kind.code() + " works on service quantities: its basis is a serviceCategory";
        }
        if (problem != null) {
            problems.add(field == null ? rule.place() : rule.at(field), null, problem);
        }
        return problem == null;
    }

    /**
     * An internal cost allocation's planned rates: {@code rates} per sender value (total per unit) and, optionally,
     * {@code fixedRates}, the fixed part of a listed rate (the rest is variable).
     */
    private static Map<String, CostRate> rates(MappingReader rule, Problems problems) {
        Map<String, BigDecimal> totals = rule.numbers("rates");
        Map<String, BigDecimal> fixed = rule.numbers("fixedRates");
        Map<String, CostRate> rates = new TreeMap<>();
        for (var rate : totals.entrySet()) {
            BigDecimal fixedPart = fixed.getOrDefault(rate.getKey(), BigDecimal.ZERO);
            Place at = problems.locate(rule.at("rates"), "." + rate.getKey());
            if (rate.getValue().signum() < 0) {
                problems.add(at, rate.getValue().toPlainString(), "a cost rate must not be negative");
            } else if (fixedPart.signum() < 0 || fixedPart.compareTo(rate.getValue()) > 0) {
                problems.add(problems.locate(rule.at("fixedRates"), "." + rate.getKey()), fixedPart.toPlainString(),
                        "the fixed part of a rate lies between 0 and the rate (" + rate.getValue().toPlainString() + ")");
            } else {
                rates.put(rate.getKey(), new CostRate(fixedPart, rate.getValue().subtract(fixedPart)));
            }
        }
        for (String value : fixed.keySet()) {
            if (!totals.containsKey(value)) {
                problems.add(problems.locate(rule.at("fixedRates"), "." + value), value,
                        "a fixed part without a rate: list the sender's total rate under rates");
            }
        }
        return rates;
    }

    private static ValueSelection selection(Node node, Place place, Problems problems) {
        MappingReader selection = MappingReader.of(node, place, problems,
                List.of("dimension", "values", "nodes", "ranges")).orElse(null);
        if (selection == null) {
            return null;
        }
        String dimension = selection.id("dimension");
        List<String> values = selection.texts("values", false);
        List<String> nodes = selection.texts("nodes", false);
        List<IdRange> ranges = selection.list("ranges", false, CategoryReader::range);
        if (!selection.has("values") && !selection.has("nodes") && !selection.has("ranges")) {
            problems.add(place, null, "choose the values by values, nodes (hierarchy) or ranges");
            return null;
        }
        return Build.record(place, problems, () -> new ValueSelection(dimension, values, nodes, ranges), dimension);
    }

    private static CostSelection moves(Node node, Place place, Problems problems) {
        MappingReader moves = MappingReader.of(node, place, problems,
                List.of("categories", "lineStructure", "line", "part")).orElse(null);
        if (moves == null) {
            return null;
        }
        List<String> categories = moves.texts("categories", false);
        String structure = moves.optionalId("lineStructure");
        String line = moves.optionalId("line");
        CostPart part = moves.has("part") ? moves.code("part", CostPart.class, false) : CostPart.TOTAL;
        boolean byLine = moves.has("line") || moves.has("lineStructure");
        if (moves.has("categories") == byLine) {
            problems.add(place, null, "moves either categories or a line (lineStructure and line), not both or neither");
            return null;
        }
        if (byLine && (structure == null || line == null)) {
            problems.add(place, null, "a moved line needs both lineStructure and line");
            return null;
        }
        return Build.record(place, problems, () -> new CostSelection(categories, structure, line, part), part);
    }

    private static Basis basis(Node node, Place place, Problems problems) {
        MappingReader basis = MappingReader.of(node, place, problems, BASIS_KEYS).orElse(null);
        if (basis == null) {
            return null;
        }
        long kinds = List.of("percentages", "quantities", "serviceCategory", "statistic", "line").stream()
                .filter(basis::has).count();
        if (kinds != 1) {
            problems.add(place, null, "a basis is one of: percentages, quantities, serviceCategory, statistic,"
                    + " or lineStructure with line");
            return null;
        }
        if (basis.has("percentages") || basis.has("quantities")) {
            return weights(basis, basis.has("percentages") ? BasisKind.PERCENTAGES : BasisKind.QUANTITIES, problems);
        }
        if (basis.has("serviceCategory") || basis.has("statistic")) {
            String key = basis.has("serviceCategory") ? "serviceCategory" : "statistic";
            String category = basis.id(key);
            BasisKind kind = basis.has("serviceCategory") ? BasisKind.SERVICE_QUANTITIES : BasisKind.STATISTIC;
            return category == null ? null : Basis.category(kind, category);
        }
        String structure = basis.id("lineStructure");
        String line = basis.id("line");
        return structure == null || line == null ? null : Basis.line(structure, line);
    }

    private static Basis weights(MappingReader basis, BasisKind kind, Problems problems) {
        String key = kind.code();
        Map<String, BigDecimal> weights = basis.numbers(key);
        boolean valid = !weights.isEmpty();
        if (weights.isEmpty()) {
            problems.add(basis.at(key), null, "list each receiver with its " + (kind == BasisKind.PERCENTAGES
                    ? "percentage" : "quantity") + ", e.g. {Sint: 60, Iron: 40}");
        }
        for (var weight : weights.entrySet()) {
            if (weight.getValue().signum() < 0) {
                problems.add(problems.locate(basis.at(key), "." + weight.getKey()), weight.getValue().toPlainString(),
                        "must not be negative");
                valid = false;
            }
        }
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (valid && kind == BasisKind.PERCENTAGES && sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            problems.add(basis.at(key), sum.toPlainString(), "percentages must add up to 100, not " + sum.toPlainString());
            valid = false;
        }
        if (valid && sum.signum() == 0) {
            problems.add(basis.at(key), "0", "the quantities are all zero: nothing decides the shares");
            valid = false;
        }
        return valid ? Basis.weights(kind, weights) : null;
    }
}
