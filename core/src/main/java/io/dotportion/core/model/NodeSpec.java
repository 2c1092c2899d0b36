package io.dotportion.core.model;

import java.util.Map;

/** One node of a workflow document: {@code data} is the node type's raw configuration. */
public record NodeSpec(String id, String type, Map<String, Object> data, Position position) {
    public NodeSpec {
        data = data == null ? Map.of() : data;
    }
}
