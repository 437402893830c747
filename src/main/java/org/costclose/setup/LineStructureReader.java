package org.costclose.setup;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.costclose.setup.model.Formula;
import org.costclose.setup.model.IdRange;
import org.costclose.setup.model.LineKind;
import org.costclose.setup.model.LineStructure;
import org.costclose.setup.model.StructureLine;
import org.yaml.snakeyaml.nodes.Node;

/** Reads an element of {@code lineStructures} and checks each line on its own (references are checked later). */
final class LineStructureReader {

    /** Line ids appear in formulas, where a token of digits only is a number. */
    private static final Pattern LINE_ID = Pattern.compile("[A-Za-z0-9_]*[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> LINE_KEYS = List.of("id", "name", "kind", "sign", "categories", "ranges",
            "lines", "formula");
    /** The keys each kind of line takes besides id, name and kind. */
    private static final Map<LineKind, List<String>> KEYS_OF_KIND = Map.of(
            LineKind.CATEGORY, List.of("sign", "categories", "ranges"),
            LineKind.QUANTITY, List.of("sign", "categories"),
            LineKind.TOTAL, List.of("sign", "lines"),
            LineKind.CALCULATION, List.of("formula"));

    private LineStructureReader() {
    }

    static LineStructure structure(Node node, Place place, Problems problems) {
        MappingReader structure = MappingReader.of(node, place, problems, List.of("id", "name", "lines")).orElse(null);
        if (structure == null) {
            return null;
        }
        String id = structure.id("id");
        String name = structure.text("name");
        List<StructureLine> lines = structure.list("lines", true, LineStructureReader::line);
        return Build.record(place, problems, () -> new LineStructure(id, name, lines), id, name);
    }

    private static StructureLine line(Node node, Place place, Problems problems) {
        MappingReader line = MappingReader.of(node, place, problems, LINE_KEYS).orElse(null);
        if (line == null) {
            return null;
        }
        String id = lineId(line, problems);
        String name = line.text("name");
        LineKind kind = line.code("kind", LineKind.class, true);
        Integer sign = sign(line, problems);
        List<String> categories = line.texts("categories", false);
        List<IdRange> ranges = line.list("ranges", false, CategoryReader::range);
        List<String> lines = line.texts("lines", false);
        String formula = formula(line, problems);
        if (kind == null || !fitsKind(line, kind, problems)) {
            return problems.faultyUnlessBuilt(null, "line", id);
        }
        return problems.faultyUnlessBuilt(Build.record(place, problems, () -> new StructureLine(id, name, kind, sign,
                categories, ranges, lines, formula), id, name, sign, kind == LineKind.CALCULATION ? formula : ""),
                "line", id);
    }

    private static String lineId(MappingReader line, Problems problems) {
        String id = line.id("id");
        if (id != null && !LINE_ID.matcher(id).matches()) {
            problems.add(line.at("id"), id, "a line id consists of letters, digits and '_' and is not a number");
            return null;
        }
        return id;
    }

    private static Integer sign(MappingReader line, Problems problems) {
        Integer sign = line.has("sign") ? line.integer("sign", false) : Integer.valueOf(1);
        if (sign != null && sign != 1 && sign != -1) {
            problems.add(line.at("sign"), sign.toString(), "must be 1 or -1");
            return null;
        }
        return sign;
    }

    private static String formula(MappingReader line, Problems problems) {
        String text = line.optionalText("formula");
        if (text == null) {
            return null;
        }
        try {
            return Formula.parse(text).toString();
        } catch (IllegalArgumentException e) {
            problems.add(line.at("formula"), text, "cannot read the formula: " + e.getMessage());
            return null;
        }
    }

    private static boolean fitsKind(MappingReader line, LineKind kind, Problems problems) {
        boolean fits = true;
        for (String key : List.of("sign", "categories", "ranges", "lines", "formula")) {
            if (line.has(key) && !KEYS_OF_KIND.get(kind).contains(key)) {
                problems.add(line.at(key), null, "does not apply to a " + kind.code() + " line");
                fits = false;
            }
        }
        String needed = switch (kind) {
            case CATEGORY -> line.has("categories") || line.has("ranges") ? null : "categories or ranges";
            case QUANTITY -> line.has("categories") ? null : "categories";
            case TOTAL -> line.has("lines") ? null : "lines";
            case CALCULATION -> line.has("formula") ? null : "formula";
        };
        if (needed != null) {
            problems.add(line.place(), kind.code(), "a " + kind.code() + " line needs " + needed);
        }
        return fits && needed == null;
    }
}
