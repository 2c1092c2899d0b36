package io.dotportion.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between raw JSON value trees (as {@code Json.parse} gives them) and {@link WorkflowDocument}s. */
public final class WorkflowDocuments {
    private WorkflowDocuments() {}

    /**
     * Reads a raw value tree. Never throws: a wrong shape (nodes not an array, a node not an object, data
     * not an object ...) is reported as an {@link ViolationCode#INVALID_SHAPE} violation at its JSON path
     * and the offending part is left empty. Unknown fields are ignored, except inside {@code log} ({@link LogSetting})
     * and {@code masking} ({@link MaskingSetting}).
     */
    public static DocumentReading read(Object raw) {
        return new DocumentReader().read(raw);
    }

    /** The document as a raw value tree (for storage and export); {@link #read} of it gives the same document. */
    public static Map<String, Object> toValue(WorkflowDocument document) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", document.name());
        out.put("method", document.method());
        out.put("path", document.path());
        List<Object> nodes = new ArrayList<>(document.nodes().size());
        for (NodeSpec node : document.nodes()) {
            nodes.add(node(node));
        }
        out.put("nodes", nodes);
        List<Object> edges = new ArrayList<>(document.edges().size());
        for (EdgeSpec edge : document.edges()) {
            edges.add(edge(edge));
        }
        out.put("edges", edges);
        if (document.log() != null) {
            out.put("log", document.log().toValue());
        }
        if (document.masking() != null) {
            out.put("masking", document.masking().toValue());
        }
        return out;
    }

    private static Map<String, Object> node(NodeSpec node) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", node.id());
        out.put("type", node.type());
        out.put("data", node.data());
        if (node.position() != null) {
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("x", node.position().x());
            position.put("y", node.position().y());
            out.put("position", position);
        }
        return out;
    }

    private static Map<String, Object> edge(EdgeSpec edge) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", edge.id());
        out.put("source", edge.source());
        out.put("target", edge.target());
        if (edge.sourceHandle() != null) {
            out.put("sourceHandle", edge.sourceHandle());
        }
        return out;
    }
}
