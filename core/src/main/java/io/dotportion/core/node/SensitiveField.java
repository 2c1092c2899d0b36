package io.dotportion.core.node;

import java.util.Objects;

/**
 * A request field a node declares sensitive: {@code from} is {@code body}, {@code query}, {@code headers} or
 * {@code params}, {@code name} the field (a top-level key; header names lowercase).
 */
public record SensitiveField(String from, String name, MaskReason reason) {
    public SensitiveField {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }
}
