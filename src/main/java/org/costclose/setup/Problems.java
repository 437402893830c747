package org.costclose.setup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.costclose.shared.InputError;

/**
 * Collects every problem of a setup instead of stopping at the first, and remembers where each value was
 * read so that checks across sections can point at the line.
 */
final class Problems {

    private static final Comparator<InputError> BY_POSITION = Comparator
            .comparing(InputError::file, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(InputError::row, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<InputError> errors = new ArrayList<>();
    private final Map<String, Place> places = new HashMap<>();
    private final Set<String> faulty = new HashSet<>();

    void add(Place place, String value, String reason) {
        String field = place.path().isEmpty() ? null : place.path();
        errors.add(new InputError(place.file(), (long) place.line(), field, value, reason));
    }

    void remember(Place place) {
        places.put(place.file() + '\n' + place.path(), place);
    }

    /** The place of a value below {@code element}, e.g. suffix {@code .transactionControl[1]}. */
    Place locate(Place element, String suffix) {
        return places.getOrDefault(element.file() + '\n' + element.path() + suffix, element.below(suffix));
    }

    /**
     * Notes that an element with this id exists but was refused (already reported), so that references
     * to it are not reported again as unknown.
     */
    <T> T faultyUnlessBuilt(T built, String kind, String id) {
        if (built == null && id != null) {
            faulty.add(kind + '\n' + id);
        }
        return built;
    }

    boolean isFaulty(String kind, String id) {
        return faulty.contains(kind + '\n' + id);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** All problems, ordered by file and line (stable for problems on the same line). */
    List<InputError> sorted() {
        return errors.stream().sorted(BY_POSITION).toList();
    }
}
