package io.dotportion.core.engine;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Validation step two: every edge leaves from a handle its source has, and each handle has one edge at most. */
final class HandleCheck {
    private final DocumentIndex index;
    private final List<Violation> out;

    HandleCheck(DocumentIndex index, List<Violation> out) {
        this.index = index;
        this.out = out;
    }

    void run() {
        Set<String> used = new HashSet<>();
        for (DocumentIndex.Link link : index.links()) {
            String at = DocumentIndex.edgePath(link.edge());
            NodeType<?> type = index.type(link.source());
            if (type != null && !type.ports().contains(link.port())) {
                out.add(Violation.error(
                        at + ".sourceHandle", ViolationCode.INVALID_HANDLE, invalid(type, link.port())));
            }
            if (!used.add(link.source() + ":" + link.port())) {
                String handle = Ports.DEFAULT.equals(link.port()) ? "its output" : "handle '" + link.port() + "'";
                out.add(Violation.error(
                        at,
                        ViolationCode.DUPLICATE_HANDLE_EDGE,
                        "node '" + index.node(link.source()).id() + "' already has an edge leaving " + handle));
            }
        }
    }

    private static String invalid(NodeType<?> type, String port) {
        if (type.ports().isEmpty()) {
            return "a node of type " + type.id() + " ends the execution and has no outgoing edges";
        }
        Set<String> allowed = new TreeSet<>();
        type.ports().forEach(p -> allowed.add(Ports.DEFAULT.equals(p) ? "(no handle)" : p));
        if (Ports.DEFAULT.equals(port)) {
            return "an edge leaving a node of type " + type.id() + " needs a handle, one of " + allowed;
        }
        return "a node of type " + type.id() + " has no handle '" + port + "'; its handles are " + allowed;
    }
}
