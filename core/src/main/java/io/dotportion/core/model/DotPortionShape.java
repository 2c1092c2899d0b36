package io.dotportion.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Brings a document into our shape, accepting what DotPortion exports: the path gets one leading slash,
 * the method is uppercased, and Condition/Loop {@code data.trueEdgeId}/{@code data.falseEdgeId} become
 * {@code sourceHandle} "true"/"false" on the named edges (only edges leaving that node without a handle
 * of their own). The two fields are removed from {@code data} so that an export carries one truth, the
 * handles. Idempotent: normalising a normalised document changes nothing.
 *
 * <p>Which nodes carry the two fields is the caller's to say (the node types whose role is branch or loop,
 * asked of the registry): this class names no node type. DotPortion's export uses our type ids as they are.
 */
public final class DotPortionShape {
    private static final String TRUE_EDGE = "trueEdgeId";
    private static final String FALSE_EDGE = "falseEdgeId";

    /** The handle an edge gets, and the node it must leave from. */
    private record Named(String source, String handle) {}

    private DotPortionShape() {}

    /** @param branching true for the type ids whose nodes choose their edges with trueEdgeId/falseEdgeId */
    public static WorkflowDocument normalize(WorkflowDocument document, Predicate<String> branching) {
        Map<String, Named> handleByEdge = new HashMap<>();
        List<NodeSpec> nodes = new ArrayList<>(document.nodes().size());
        for (NodeSpec node : document.nodes()) {
            nodes.add(node.id() != null && branching.test(node.type()) ? withoutEdgeNames(node, handleByEdge) : node);
        }
        List<EdgeSpec> edges = new ArrayList<>(document.edges().size());
        for (EdgeSpec edge : document.edges()) {
            edges.add(withHandle(edge, handleByEdge));
        }
        return new WorkflowDocument(
                document.name(),
                method(document.method()),
                path(document.path()),
                nodes,
                edges,
                document.log(),
                document.masking());
    }

    /** Records the handle of each named edge and returns the node without the two fields. */
    private static NodeSpec withoutEdgeNames(NodeSpec node, Map<String, Named> handleByEdge) {
        Object trueEdge = node.data().get(TRUE_EDGE);
        Object falseEdge = node.data().get(FALSE_EDGE);
        if (trueEdge == null && falseEdge == null) {
            return node;
        }
        if (trueEdge instanceof String id) {
            handleByEdge.putIfAbsent(id, new Named(node.id(), "true"));
        }
        if (falseEdge instanceof String id) {
            handleByEdge.putIfAbsent(id, new Named(node.id(), "false"));
        }
        Map<String, Object> data = new LinkedHashMap<>(node.data());
        data.remove(TRUE_EDGE);
        data.remove(FALSE_EDGE);
        return new NodeSpec(node.id(), node.type(), Collections.unmodifiableMap(data), node.position());
    }

    private static EdgeSpec withHandle(EdgeSpec edge, Map<String, Named> handleByEdge) {
        Named named = edge.id() == null ? null : handleByEdge.get(edge.id());
        boolean hasHandle = edge.sourceHandle() != null && !edge.sourceHandle().isBlank();
        if (named == null || hasHandle || !named.source().equals(edge.source())) {
            return edge;
        }
        return new EdgeSpec(edge.id(), edge.source(), edge.target(), named.handle());
    }

    private static String method(String method) {
        return method == null ? null : method.strip().toUpperCase(Locale.ROOT);
    }

    private static String path(String path) {
        return path == null || path.isBlank() ? path : RoutePath.normalize(path);
    }
}
