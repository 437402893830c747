package org.costclose.setup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.costclose.setup.model.SetupCode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML mapping of the setup. Every key must be one the format knows (unknown keys are errors, so
 * that a typo or a not yet supported section never passes silently); missing and mistyped values are
 * reported with their place; the reader returns null (or an empty list) for them and goes on.
 */
final class MappingReader {

    /** Reads one element of a list; returns null after reporting a problem. */
    @FunctionalInterface
    interface ElementReader<T> {
        T read(Node node, Place place, Problems problems);
    }

    static final int MAX_ID = 40;
    private static final int MAX_TEXT = 200;

    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Place place;
    private final Problems problems;

    private MappingReader(MappingNode node, Place place, Problems problems, List<String> keys) {
        this.place = place;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            Place keyPlace = place.field(key == null ? "?" : key, tuple.getKeyNode());
            if (key == null || !keys.contains(key)) {
                problems.add(keyPlace, key, "unknown key; allowed here: " + String.join(", ", keys));
            } else if (values.containsKey(key)) {
                problems.add(keyPlace, key, "duplicate key");
            } else {
                values.put(key, tuple.getValueNode());
            }
        }
    }

    static Optional<MappingReader> of(Node node, Place place, Problems problems, List<String> keys) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new MappingReader(mapping, place, problems, keys));
        }
        problems.add(place, scalarText(node), "must be a mapping with the keys " + String.join(", ", keys));
        return Optional.empty();
    }

    Place place() {
        return place;
    }

    Place at(String key) {
        Node node = values.get(key);
        return node == null ? place.below(place.path().isEmpty() ? key : "." + key) : place.field(key, node);
    }

    /** Whether the key is given with a value other than null. */
    boolean has(String key) {
        return !isAbsent(values.get(key));
    }

    String text(String key) {
        String text = optionalText(key);
        if (text == null && isAbsent(values.get(key))) {
            problems.add(at(key), null, "missing key '" + key + "'");
        }
        return text;
    }

    /** An id or code: at most 40 characters, the width of the id columns. */
    String id(String key) {
        String id = text(key);
        return checkIdLength(key, id);
    }

    String optionalId(String key) {
        return checkIdLength(key, optionalText(key));
    }

    String optionalText(String key) {
        Node node = values.get(key);
        if (isAbsent(node)) {
            return null;
        }
        Place field = place.field(key, node);
        problems.remember(field);
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(field, null, "must be a single value, not a " + (node instanceof SequenceNode ? "list" : "mapping"));
            return null;
        }
        if (scalar.getValue().isBlank()) {
            problems.add(field, scalar.getValue(), "must not be blank");
            return null;
        }
        if (scalar.getValue().length() > MAX_TEXT) {
            problems.add(field, scalar.getValue().substring(0, 40) + "…", "longer than " + MAX_TEXT + " characters");
            return null;
        }
        return scalar.getValue().trim();
    }

    private String checkIdLength(String key, String id) {
        if (id != null && id.length() > MAX_ID) {
            problems.add(at(key), id, "longer than " + MAX_ID + " characters");
            return null;
        }
        return id;
    }

    <E extends Enum<E> & SetupCode> E code(String key, Class<E> type, boolean required) {
        String text = required ? text(key) : optionalText(key);
        if (text == null) {
            return null;
        }
        Optional<E> value = SetupCode.parse(type, text);
        if (value.isEmpty()) {
            problems.add(at(key), text, "must be one of " + SetupCode.allowed(type));
        }
        return value.orElse(null);
    }

    BigDecimal decimal(String key) {
        String text = optionalText(key);
        try {
            return text == null ? null : new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(at(key), text, "must be a number");
            return null;
        }
    }

    Integer integer(String key, boolean required) {
        String text = required ? text(key) : optionalText(key);
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(at(key), text, "must be a whole number");
            return null;
        }
    }

    List<String> texts(String key, boolean required) {
        return list(key, required, (node, where, sink) -> {
            if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                sink.remember(where);
                return scalar.getValue().trim();
            }
            sink.add(where, scalarText(node), "must be a single, non-blank value");
            return null;
        });
    }

    <T> List<T> list(String key, boolean required, ElementReader<T> reader) {
        Node node = values.get(key);
        if (isAbsent(node)) {
            if (required) {
                problems.add(at(key), null, "missing key '" + key + "'");
            }
            return List.of();
        }
        Place field = place.field(key, node);
        problems.remember(field);
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(field, scalarText(node), "must be a list");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        List<Node> elements = sequence.getValue();
        for (int index = 0; index < elements.size(); index++) {
            T item = reader.read(elements.get(index), field.index(index, elements.get(index)), problems);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** A mapping below this one, read by {@code reader}; null when absent (reported if required) or wrong. */
    <T> T nested(String key, boolean required, ElementReader<T> reader) {
        Node node = values.get(key);
        if (isAbsent(node)) {
            if (required) {
                problems.add(at(key), null, "missing key '" + key + "'");
            }
            return null;
        }
        Place field = place.field(key, node);
        problems.remember(field);
        return reader.read(node, field, problems);
    }

    /** A mapping of codes to numbers, such as {@code {Sint: 60, Iron: 40}}; empty when absent or wrong. */
    Map<String, BigDecimal> numbers(String key) {
        return entries(key, "numbers, e.g. {A: 60, B: 40}", (entry, text) -> {
            try {
                return new BigDecimal(text == null ? "" : text.trim());
            } catch (NumberFormatException e) {
                problems.add(entry, text, "must be a number");
                return null;
            }
        });
    }

    /** A mapping of codes to codes, such as {@code {CC-CPwg: "600250"}}; empty when absent or wrong. */
    Map<String, String> codes(String key) {
        return entries(key, "codes, e.g. {A: \"600250\"}", (entry, text) -> {
            if (text == null || text.isBlank()) {
                problems.add(entry, text, "must be a single, non-blank value");
                return null;
            }
            return text.trim();
        });
    }

    private <V> Map<String, V> entries(String key, String expected, java.util.function.BiFunction<Place, String, V> parse) {
        Node node = values.get(key);
        if (isAbsent(node)) {
            return Map.of();
        }
        Place field = place.field(key, node);
        problems.remember(field);
        if (!(node instanceof MappingNode mapping)) {
            problems.add(field, scalarText(node), "must be a mapping of values to " + expected);
            return Map.of();
        }
        Map<String, V> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String code = scalarText(tuple.getKeyNode());
            Place entry = field.field(code == null ? "?" : code, tuple.getValueNode());
            problems.remember(entry);
            if (code == null || code.isBlank()) {
                problems.add(entry, null, "a key must be a single value");
            } else if (entries.containsKey(code.trim())) {
                problems.add(entry, code, "listed twice");
            } else {
                V value = parse.apply(entry, scalarText(tuple.getValueNode()));
                if (value != null) {
                    entries.put(code.trim(), value);
                }
            }
        }
        return entries;
    }

    private static boolean isAbsent(Node node) {
        return node == null || (node instanceof ScalarNode && Tag.NULL.equals(node.getTag()));
    }

    static String scalarText(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }
}
