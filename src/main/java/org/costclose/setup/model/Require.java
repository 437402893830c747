package org.costclose.setup.model;

import java.util.List;
import java.util.Objects;

/** Guards of the model's compact constructors: the reader reports problems first, these are the last line. */
final class Require {

    private Require() {
    }

    static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static <T> List<T> list(List<T> values, String name) {
        return List.copyOf(Objects.requireNonNull(values, name));
    }

    static <T> T present(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
