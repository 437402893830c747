package org.costclose.setup;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/** Builds a model record from values already read, unless one of them was missing or wrong (already reported). */
final class Build {

    private Build() {
    }

    static <T> T record(Place place, Problems problems, Supplier<T> constructor, Object... required) {
        if (Arrays.stream(required).anyMatch(Objects::isNull)) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            // the records guard what the readers check; a guard firing here means a check was missed
            problems.add(place, null, e.getMessage());
            return null;
        }
    }
}
