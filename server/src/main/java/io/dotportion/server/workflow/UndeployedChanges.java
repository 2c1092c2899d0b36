package io.dotportion.server.workflow;

import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.port.WorkflowVersion;
import io.dotportion.nodes.start.ApiStartNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether a workflow's draft differs from its live version: by name, route, nodes (type and data), edges and
 * log setting; moving a node is no change, nor are an API Start's own method and path (they only mirror the
 * workflow's, which count). Null for a workflow that is not deployed (nothing to differ from).
 */
final class UndeployedChanges {
    private final WorkflowStore workflows;

    UndeployedChanges(WorkflowStore workflows) {
        this.workflows = workflows;
    }

    Boolean of(WorkflowRecord workflow) {
        if (workflow.deployedVersion() == null) {
            return null;
        }
        Optional<WorkflowVersion> live = workflows.version(workflow.id(), workflow.deployedVersion());
        return live.map(v -> differ(workflow.draft(), v.document())).orElse(null);
    }

    /** The same for many workflows with one read of their live versions. */
    Map<String, Boolean> of(List<WorkflowRecord> records) {
        Map<String, Integer> deployed = records.stream()
                .filter(r -> r.deployedVersion() != null)
                .collect(Collectors.toMap(WorkflowRecord::id, WorkflowRecord::deployedVersion));
        Map<String, WorkflowVersion> live = deployed.isEmpty()
                ? Map.of()
                : workflows.versionsByNumber(deployed).stream()
                        .collect(Collectors.toMap(WorkflowVersion::workflowId, Function.identity(), (a, b) -> a));
        Map<String, Boolean> out = new HashMap<>();
        for (WorkflowRecord r : records) {
            WorkflowVersion v = live.get(r.id());
            if (v != null && v.version() == r.deployedVersion()) {
                out.put(r.id(), differ(r.draft(), v.document()));
            }
        }
        return out;
    }

    static boolean differ(WorkflowDocument draft, WorkflowDocument live) {
        return !withoutPositions(draft).equals(withoutPositions(live));
    }

    private static WorkflowDocument withoutPositions(WorkflowDocument d) {
        List<NodeSpec> nodes = d.nodes().stream()
                .map(n -> new NodeSpec(n.id(), n.type(), compared(n), null))
                .toList();
        return d.withGraph(nodes, d.edges());
    }

    private static Map<String, Object> compared(NodeSpec node) {
        if (!ApiStartNode.ID.equals(node.type())) {
            return node.data();
        }
        Map<String, Object> data = new HashMap<>(node.data());
        data.remove("method");
        data.remove("path");
        return data;
    }
}
