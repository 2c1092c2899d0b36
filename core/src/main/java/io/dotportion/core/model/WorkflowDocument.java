package io.dotportion.core.model;

import java.util.List;

/**
 * A workflow as the user edits it (docs/WORKFLOWS.md). {@code method} stays a string here so that a wrong
 * value can be reported as a violation instead of failing to parse. {@code log} is the optional execution
 * log setting ({@link LogSetting}); null means the platform's default. {@code masking} is the optional
 * trace masking setting ({@link MaskingSetting}); null means {@link MaskingSetting#DEFAULT}.
 */
public record WorkflowDocument(
        String name,
        String method,
        String path,
        List<NodeSpec> nodes,
        List<EdgeSpec> edges,
        LogSetting log,
        MaskingSetting masking) {
    public WorkflowDocument {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        edges = edges == null ? List.of() : List.copyOf(edges);
    }

    /** A document with the default masking setting. */
    public WorkflowDocument(
            String name, String method, String path, List<NodeSpec> nodes, List<EdgeSpec> edges, LogSetting log) {
        this(name, method, path, nodes, edges, log, null);
    }

    /** A document with the default log setting. */
    public WorkflowDocument(String name, String method, String path, List<NodeSpec> nodes, List<EdgeSpec> edges) {
        this(name, method, path, nodes, edges, null, null);
    }

    /** The same document with these nodes and edges (the log and masking settings kept). */
    public WorkflowDocument withGraph(List<NodeSpec> newNodes, List<EdgeSpec> newEdges) {
        return new WorkflowDocument(name, method, path, newNodes, newEdges, log, masking);
    }

    /** The masking setting that applies: the document's, or the default. */
    public MaskingSetting maskingOrDefault() {
        return masking == null ? MaskingSetting.DEFAULT : masking;
    }
}
