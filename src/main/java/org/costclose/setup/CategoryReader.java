package org.costclose.setup;

import java.math.BigDecimal;
import java.util.List;
import org.costclose.setup.model.AccountMapping;
import org.costclose.setup.model.CategoryKind;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.IdRange;
import org.costclose.setup.model.ServiceSource;
import org.yaml.snakeyaml.nodes.Node;

/** Reads an element of {@code costCategories} and checks what can be checked on the category alone. */
final class CategoryReader {

    private static final int MAX_UNIT = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> KEYS = List.of("id", "name", "kind", "fixedShare", "transactionControl",
            "mapping", "accountRanges", "unit", "creditDimension", "debitDimension", "source", "blocked");

    private CategoryReader() {
    }

    static CostCategory category(Node node, Place place, Problems problems) {
        MappingReader category = MappingReader.of(node, place, problems, KEYS).orElse(null);
        if (category == null) {
            return null;
        }
        String id = category.id("id");
        String name = category.text("name");
        CategoryKind kind = category.code("kind", CategoryKind.class, true);
        BigDecimal fixedShare = fixedShare(category, problems);
        List<String> control = category.texts("transactionControl", false);
        AccountMapping mapping = category.code("mapping", AccountMapping.class, false);
        List<IdRange> ranges = category.list("accountRanges", false, CategoryReader::range);
        String unit = category.optionalText("unit");
        String credit = category.optionalId("creditDimension");
        String debit = category.optionalId("debitDimension");
        ServiceSource source = category.code("source", ServiceSource.class, false);
        Boolean blocked = blocked(category, problems);
        if (kind == null) {
            return problems.faultyUnlessBuilt(null, "category", id);
        }
        AccountMapping effective = accountMapping(category, kind, mapping, ranges, problems);
        boolean fits = serviceFieldsFit(category, kind, unit, problems);
        if (!fits || blocked == null || (kind == CategoryKind.PRIMARY && effective == null)) {
            return problems.faultyUnlessBuilt(null, "category", id);
        }
        return problems.faultyUnlessBuilt(Build.record(place, problems, () -> new CostCategory(id, name, kind,
                fixedShare, control, effective, ranges, unit, credit, debit, source, blocked), id, name, fixedShare), "category", id);
    }

    static IdRange range(Node node, Place place, Problems problems) {
        MappingReader range = MappingReader.of(node, place, problems, List.of("from", "to")).orElse(null);
        if (range == null) {
            return null;
        }
        String from = range.text("from");
        String to = range.text("to");
        if (from != null && to != null && IdRange.compareIds(from, to) > 0) {
            problems.add(range.at("to"), to, "the range ends before it starts (from " + from + ")");
            return null;
        }
        return Build.record(place, problems, () -> new IdRange(from, to), from, to);
    }

    /** optional true/false, false when absent; null after reporting anything else */
    private static Boolean blocked(MappingReader category, Problems problems) {
        String text = category.optionalText("blocked");
        if (text == null) {
            return category.has("blocked") ? null : Boolean.FALSE;
        }
        if (!text.equals("true") && !text.equals("false")) {
            problems.add(category.at("blocked"), text, "must be true or false");
            return null;
        }
        return Boolean.valueOf(text);
    }

    private static BigDecimal fixedShare(MappingReader category, Problems problems) {
        BigDecimal share = category.decimal("fixedShare");
        if (share == null) {
            return category.has("fixedShare") ? null : BigDecimal.ZERO;
        }
        if (share.signum() < 0 || share.compareTo(HUNDRED) > 0 || share.stripTrailingZeros().scale() > 2) {
            problems.add(category.at("fixedShare"), share.toPlainString(),
                    "must be a percentage from 0 to 100 with at most 2 decimals");
            return null;
        }
        return share;
    }

    private static AccountMapping accountMapping(MappingReader category, CategoryKind kind, AccountMapping mapping,
            List<IdRange> ranges, Problems problems) {
        if (kind != CategoryKind.PRIMARY) {
            for (String key : List.of("mapping", "accountRanges")) {
                notFor(category, key, "primary", problems);
            }
            return null;
        }
        AccountMapping effective = mapping == null ? AccountMapping.IDENTICAL_WITH_ACCOUNT : mapping;
        if (effective == AccountMapping.ACCOUNT_RANGES && ranges.isEmpty()) {
            problems.add(category.at("accountRanges"), null, "mapping accountRanges needs at least one range");
            return null;
        }
        if (effective == AccountMapping.IDENTICAL_WITH_ACCOUNT) {
            notFor(category, "accountRanges", "primary categories mapped by accountRanges", problems);
        }
        return effective;
    }

    private static boolean serviceFieldsFit(MappingReader category, CategoryKind kind, String unit, Problems problems) {
        if (kind == CategoryKind.SERVICE) {
            if (unit == null) {
                problems.add(category.at("unit"), null, "a service category needs a unit (e.g. h, t, kWh)");
            } else if (unit.length() > MAX_UNIT) {
                problems.add(category.at("unit"), unit, "a unit has at most " + MAX_UNIT + " characters");
            }
            return unit != null && unit.length() <= MAX_UNIT;
        }
        boolean fits = true;
        for (String key : List.of("unit", "creditDimension", "debitDimension", "source")) {
            fits &= notFor(category, key, "service", problems);
        }
        return fits;
    }

    private static boolean notFor(MappingReader category, String key, String only, Problems problems) {
        if (category.has(key)) {
            problems.add(category.at(key), null, "applies to " + only + " categories only");
            return false;
        }
        return true;
    }
}
