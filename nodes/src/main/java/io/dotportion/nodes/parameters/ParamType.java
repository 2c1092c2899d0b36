package io.dotportion.nodes.parameters;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The declared type of a parameter. {@link #ANY} stands for a missing type: the value is taken as it is. */
enum ParamType {
    STRING,
    NUMBER,
    INTEGER,
    BOOLEAN,
    OBJECT,
    ARRAY,
    EMAIL,
    /** A string that is a credential: checked like a string, and masked in traces (sensitive without saying so). */
    PASSWORD,
    ANY;

    /** The names users may write, for messages. */
    static final String NAMES = Arrays.stream(values())
            .filter(t -> t != ANY)
            .map(t -> t.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));

    /** The type named in the config (case-insensitive); a missing name is {@link #ANY}. */
    static Optional<ParamType> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(ANY);
        }
        return Arrays.stream(values())
                .filter(t -> t != ANY && t.name().equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    boolean isNumeric() {
        return this == NUMBER || this == INTEGER;
    }

    boolean isText() {
        return this == STRING || this == EMAIL || this == PASSWORD;
    }

    /** min and max bound a length or a size, so they must be whole and not negative. */
    boolean boundsLength() {
        return isText() || this == ARRAY;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
