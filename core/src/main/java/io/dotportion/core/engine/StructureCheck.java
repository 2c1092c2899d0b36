package io.dotportion.core.engine;

import io.dotportion.core.model.EdgeSpec;
import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.RoutePath;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.node.NodeRole;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Validation step one: document fields, node ids and types, the single apiStart, edge ids and ends. */
final class StructureCheck {
    private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<String> RESERVED = Set.of("request", "input", "loop", "steps");

    private final DocumentIndex index;
    private final List<Violation> out;

    StructureCheck(DocumentIndex index, List<Violation> out) {
        this.index = index;
        this.out = out;
    }

    void run() {
        documentFields(index.document());
        nodes();
        starts();
        edges();
    }

    private void documentFields(WorkflowDocument doc) {
        required("name", doc.name());
        if (required("method", doc.method()) && HttpMethod.parse(doc.method()).isEmpty()) {
            out.add(Violation.error(
                    "method", ViolationCode.INVALID_METHOD, "method must be one of GET, POST, PUT, PATCH, DELETE"));
        }
        if (required("path", doc.path())) {
            try {
                RoutePath.parse(doc.path());
            } catch (IllegalArgumentException e) {
                out.add(Violation.error("path", ViolationCode.INVALID_PATH, e.getMessage()));
            }
        }
    }

    private void nodes() {
        for (int i = 0; i < index.nodeCount(); i++) {
            NodeSpec node = index.node(i);
            String at = DocumentIndex.nodePath(i);
            if (required(at + ".id", node.id())) {
                nodeId(node.id(), i, at + ".id");
            }
            if (required(at + ".type", node.type()) && index.type(i) == null) {
                out.add(Violation.error(
                        at + ".type", ViolationCode.UNKNOWN_NODE_TYPE, "unknown node type '" + node.type() + "'"));
            }
        }
    }

    private void nodeId(String id, int position, String at) {
        if (!index.isFirstOfId(position)) {
            out.add(Violation.error(at, ViolationCode.DUPLICATE_ID, "another node already has the id '" + id + "'"));
        } else if (RESERVED.contains(id)) {
            out.add(Violation.error(
                    at,
                    ViolationCode.INVALID_NODE_ID,
                    "'" + id + "' is reserved for templates (request, input, loop, steps)"));
        } else if (!NODE_ID.matcher(id).matches()) {
            out.add(Violation.error(
                    at, ViolationCode.INVALID_NODE_ID, "a node id may use only letters, digits, '_' and '-'"));
        }
    }

    private void starts() {
        int count = 0;
        for (int i = 0; i < index.nodeCount(); i++) {
            if (index.hasRole(i, NodeRole.START) && ++count > 1) {
                out.add(Violation.error(
                        DocumentIndex.nodePath(i),
                        ViolationCode.START_COUNT,
                        "a workflow has exactly one apiStart node; this is another one"));
            }
        }
        if (count == 0) {
            out.add(Violation.error("nodes", ViolationCode.START_COUNT, "a workflow needs exactly one apiStart node"));
        }
    }

    private void edges() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < index.document().edges().size(); i++) {
            EdgeSpec edge = index.document().edges().get(i);
            String at = DocumentIndex.edgePath(i);
            if (required(at + ".id", edge.id()) && !ids.add(edge.id())) {
                out.add(Violation.error(
                        at + ".id", ViolationCode.DUPLICATE_ID, "another edge already has the id '" + edge.id() + "'"));
            }
            end(at + ".source", edge.source());
            end(at + ".target", edge.target());
        }
    }

    private void end(String at, String nodeId) {
        if (required(at, nodeId) && index.indexOf(nodeId) == null) {
            out.add(Violation.error(at, ViolationCode.DANGLING_EDGE, "no node has the id '" + nodeId + "'"));
        }
    }

    private boolean required(String at, String value) {
        if (value == null || value.isBlank()) {
            out.add(Violation.error(
                    at, ViolationCode.MISSING_FIELD, at.substring(at.lastIndexOf('.') + 1) + " is required"));
            return false;
        }
        return true;
    }
}
