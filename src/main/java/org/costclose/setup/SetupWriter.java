package org.costclose.setup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.costclose.setup.model.AccountMapping;
import org.costclose.setup.model.CategoryKind;
import org.costclose.setup.model.CompanySetup;
import org.costclose.setup.model.CostCategory;
import org.costclose.setup.model.Dimension;
import org.costclose.setup.model.IdRange;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.SetupCode;
import org.costclose.setup.model.StructureLine;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a setup model as one YAML document in canonical order (sections in the order of the format, lists
 * sorted as {@link CanonicalSetup} sorts them, keys in the order of the format). Reading the text back with
 * {@link SetupParser} gives the canonical model again, hence the same {@link SetupHash}. Defaults are left
 * out (no role, sign 1, blocked false), comments of the files the setup came from are not kept.
 */
public final class SetupWriter {

    private SetupWriter() {
    }

    public static String write(CompanySetup setup) {
        return dump(document(setup));
    }

    /** YAML text of a document (or some of its sections) as {@link #document} builds it */
    static String dump(Map<String, Object> document) {
        return yaml().dump(document);
    }

    /** the setup as an ordered map of its sections, canonical; empty optional sections left out */
    static Map<String, Object> document(CompanySetup setup) {
        CompanySetup canonical = CanonicalSetup.of(setup);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("company", SetupYamlMaps.company(canonical));
        document.put("calendar", SetupYamlMaps.calendar(canonical));
        document.put("postingLayers", canonical.postingLayers().stream().map(SetupCode::code).toList());
        document.put("dimensions", canonical.dimensions().stream().map(SetupWriter::dimension).toList());
        document.put("costCategories", canonical.costCategories().stream().map(SetupWriter::category).toList());
        SetupYamlMaps.putUnlessEmpty(document, "postingControl", canonical.postingControl().stream()
                .map(rule -> SetupYamlMaps.of("category", rule.category(), "dimension", rule.dimension(),
                        "skip", rule.skip().code())).toList());
        SetupYamlMaps.putUnlessEmpty(document, "lineStructures", canonical.lineStructures().stream().map(SetupWriter::structure).toList());
        SetupYamlMaps.putUnlessEmpty(document, "resources", canonical.resources().stream()
                .map(resource -> SetupYamlMaps.of("id", resource.id(), "category", resource.category())).toList());
        SetupYamlMaps.putUnlessEmpty(document, "calculationVersions", canonical.calculationVersions().stream()
                .map(CalculationYamlMaps::version).toList());
        SetupYamlMaps.putUnlessEmpty(document, "approvalLevels", canonical.approvalLevels().stream()
                .map(level -> SetupYamlMaps.of("name", level.name(), "group", level.group())).toList());
        SetupYamlMaps.putUnlessEmpty(document, "closeCalendar", canonical.closeCalendar().stream()
                .map(deadline -> SetupYamlMaps.of("task", deadline.task(), "workingDay", deadline.workingDay())).toList());
        SetupYamlMaps.putUnlessEmpty(document, "closeHolidays", canonical.closeHolidays().stream()
                .map(LocalDate::toString).toList());
        return document;
    }

    private static Map<String, Object> dimension(Dimension dimension) {
        Map<String, Object> map = SetupYamlMaps.of("name", dimension.name(),
                "role", dimension.role() == null ? null : dimension.role().code());
        map.put("values", dimension.values().stream()
                .map(value -> SetupYamlMaps.of("code", value.code(), "name", value.name(), "parent", value.parent()))
                .toList());
        return map;
    }

    private static Map<String, Object> category(CostCategory category) {
        Map<String, Object> map = SetupYamlMaps.of("id", category.id(), "name", category.name(),
                "kind", category.kind().code(), "fixedShare", category.fixedShare());
        SetupYamlMaps.putUnlessEmpty(map, "transactionControl", category.transactionControl());
        if (category.kind() == CategoryKind.PRIMARY) {
            map.put("mapping", category.accountMapping().code());
        }
        if (category.accountMapping() == AccountMapping.ACCOUNT_RANGES) {
            map.put("accountRanges", ranges(category.accountRanges()));
        }
        map.putAll(SetupYamlMaps.of("unit", category.unit(), "creditDimension", category.creditDimension(),
                "debitDimension", category.debitDimension(),
                "source", category.source() == null ? null : category.source().code()));
        if (category.blocked()) {
            map.put("blocked", Boolean.TRUE);
        }
        return map;
    }

    private static Map<String, Object> structure(LineStructure structure) {
        Map<String, Object> map = SetupYamlMaps.of("id", structure.id(), "name", structure.name());
        map.put("lines", structure.lines().stream().map(SetupWriter::line).toList());
        return map;
    }

    private static Map<String, Object> line(StructureLine line) {
        Map<String, Object> map = SetupYamlMaps.of("id", line.id(), "name", line.name(), "kind", line.kind().code());
        if (line.sign() != 1) {
            map.put("sign", line.sign());
        }
        SetupYamlMaps.putUnlessEmpty(map, "categories", line.categories());
        SetupYamlMaps.putUnlessEmpty(map, "ranges", ranges(line.categoryRanges()));
        SetupYamlMaps.putUnlessEmpty(map, "lines", line.lines());
        if (line.formula() != null) {
            map.put("formula", line.formula());
        }
        return map;
    }

    private static List<Map<String, Object>> ranges(List<IdRange> ranges) {
        return ranges.stream().map(range -> SetupYamlMaps.of("from", range.from(), "to", range.to())).toList();
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        options.setSplitLines(false);
        return new Yaml(new PlainNumbers(options), options);
    }

    /**
     * Writes ids that look like numbers (account numbers), percentages and dates (holidays) without quotes; the
     * reader takes every value as text, so quoting would change nothing but readability.
     */
    private static final class PlainNumbers extends Representer {

        private static final Resolver RESOLVER = new Resolver();

        PlainNumbers(DumperOptions options) {
            super(options);
            Represent strings = this.representers.get(String.class);
            this.representers.put(String.class, data -> numeric(data.toString(), strings.representData(data)));
            this.representers.put(BigDecimal.class, data -> {
                String text = ((BigDecimal) data).stripTrailingZeros().toPlainString();
                return numeric(text, representScalar(Tag.STR, text));
            });
        }

        private Node numeric(String text, Node otherwise) {
            Tag resolved = RESOLVER.resolve(NodeId.scalar, text, true);
            if (Tag.INT.equals(resolved) || Tag.FLOAT.equals(resolved) || Tag.TIMESTAMP.equals(resolved)) {
                return representScalar(resolved, text);
            }
            return otherwise;
        }
    }
}
