package io.dotportion.core.engine;

/**
 * A value a node marked as sensitive while it ran ({@link io.dotportion.core.node.NodeContext#sensitive}): a
 * password it hashed or checked, a stored hash. Masked as {@code [redacted:<nodeId>.<field>]} wherever it stands
 * in the execution's traces. {@link #toString} never shows the value.
 */
public record MarkedValue(String field, String value) {

    public MarkedValue {
        if (field == null || field.isEmpty() || value == null) {
            throw new IllegalArgumentException("a marked value needs a field name and a value");
        }
    }

    @Override
    public String toString() {
        return "MarkedValue[" + field + "]";
    }
}
