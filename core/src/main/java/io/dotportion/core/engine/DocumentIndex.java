package io.dotportion.core.engine;

import io.dotportion.core.model.EdgeSpec;
import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document with node ids, node types and edge ends resolved once; shared by the validation steps and
 * the plan builder. Nodes and edges are addressed by their position in the document.
 */
final class DocumentIndex {

    /** An edge whose source and target both exist: node positions and the port it leaves from. */
    record Link(int edge, int source, int target, String port) {}

    private final WorkflowDocument document;
    private final Map<String, Integer> firstById = new HashMap<>();
    private final NodeType<?>[] types;
    private final NodeRole[] roles;
    private final List<Link> links = new ArrayList<>();

    DocumentIndex(WorkflowDocument document, NodeRegistry registry) {
        this.document = document;
        this.types = new NodeType<?>[document.nodes().size()];
        this.roles = new NodeRole[types.length];
        for (int i = 0; i < types.length; i++) {
            NodeSpec node = document.nodes().get(i);
            types[i] = registry.find(node.type()).orElse(null);
            roles[i] = types[i] == null ? null : types[i].descriptor().role();
            if (node.id() != null) {
                firstById.putIfAbsent(node.id(), i);
            }
        }
        for (int i = 0; i < document.edges().size(); i++) {
            EdgeSpec edge = document.edges().get(i);
            Integer source = indexOf(edge.source());
            Integer target = indexOf(edge.target());
            if (source != null && target != null) {
                links.add(new Link(i, source, target, Ports.of(edge.sourceHandle())));
            }
        }
    }

    WorkflowDocument document() {
        return document;
    }

    int nodeCount() {
        return types.length;
    }

    NodeSpec node(int index) {
        return document.nodes().get(index);
    }

    /** The registered type of a node, or null when its type is unknown. */
    NodeType<?> type(int index) {
        return types[index];
    }

    /** True when the node's type is registered and declares this role. */
    boolean hasRole(int index, NodeRole role) {
        return roles[index] == role;
    }

    /** Position of the first node with this id, or null. */
    Integer indexOf(String id) {
        return id == null ? null : firstById.get(id);
    }

    /** True for a node that is the first holder of its id (later holders are duplicates). */
    boolean isFirstOfId(int index) {
        Integer first = indexOf(node(index).id());
        return first != null && first == index;
    }

    Set<String> nodeIds() {
        return Collections.unmodifiableSet(firstById.keySet());
    }

    List<Link> links() {
        return links;
    }

    /** Links leaving each node, by node position. */
    List<List<Link>> outgoing() {
        List<List<Link>> out = new ArrayList<>(types.length);
        for (int i = 0; i < types.length; i++) {
            out.add(new ArrayList<>(2));
        }
        for (Link link : links) {
            out.get(link.source()).add(link);
        }
        return out;
    }

    static String nodePath(int index) {
        return "nodes[" + index + "]";
    }

    static String edgePath(int index) {
        return "edges[" + index + "]";
    }
}
