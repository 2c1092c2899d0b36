package io.dotportion.server.workflow;

import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.WorkflowDocument;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One validation problem as the API shows it. {@code nodeId} and {@code nodeLabel} name the node the path points
 * into ({@code nodes[i]...}), so a person reads the node's label rather than its position; both are null for a
 * problem of the workflow as a whole, the label also when the node has none.
 */
public record ViolationView(
        String path, String code, String message, String severity, String nodeId, String nodeLabel) {
    private static final Pattern NODE_PATH = Pattern.compile("^nodes\\[(\\d+)]");

    public static ViolationView of(Violation v, WorkflowDocument document) {
        NodeSpec node = nodeAt(v.path(), document);
        return new ViolationView(
                v.path(),
                v.code().name(),
                v.message(),
                v.severity().name().toLowerCase(Locale.ROOT),
                node == null ? null : node.id(),
                node == null ? null : label(node));
    }

    public static List<ViolationView> all(List<Violation> violations, WorkflowDocument document) {
        return violations.stream().map(v -> of(v, document)).toList();
    }

    private static NodeSpec nodeAt(String path, WorkflowDocument document) {
        Matcher m = path == null || document == null ? null : NODE_PATH.matcher(path);
        if (m == null || !m.find()) {
            return null;
        }
        int index = Integer.parseInt(m.group(1));
        return index < document.nodes().size() ? document.nodes().get(index) : null;
    }

    private static String label(NodeSpec node) {
        return node.data().get("label") instanceof String s && !s.isBlank() ? s : null;
    }
}
