package org.costclose.setup.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A closed set of words of the setup YAML; the model's JSON uses the same words as the YAML. */
public interface SetupCode {

    @JsonValue
    String code();

    static <E extends Enum<E> & SetupCode> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }

    static <E extends Enum<E> & SetupCode> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(SetupCode::code).collect(Collectors.joining(", "));
    }
}
