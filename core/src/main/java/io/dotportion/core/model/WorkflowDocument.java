package io.dotportion.core.model;

import java.util.List;

/**
 * A workflow as the user edits it (SPEC §4). {@code method} stays a string here so that a wrong
 * value can be reported as a violation instead of failing to parse.
 */
public record WorkflowDocument(String name, String method, String path, List<NodeSpec> nodes, List<EdgeSpec> edges) {
    public WorkflowDocument {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        edges = edges == null ? List.of() : List.copyOf(edges);
    }
}
