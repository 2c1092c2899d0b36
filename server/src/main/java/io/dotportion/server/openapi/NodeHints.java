package io.dotportion.server.openapi;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.OpenApiHints;
import java.util.List;

/** What the OpenAPI document learns of a node from its type's descriptor (never from its type id). */
record NodeHints(NodeRegistry nodeTypes) {

    OpenApiHints of(NodeSpec node) {
        return node == null
                ? OpenApiHints.NONE
                : nodeTypes.descriptor(node.type()).map(NodeDescriptor::openApi).orElse(OpenApiHints.NONE);
    }

    /** The statuses of the errors a node of this type can produce. */
    List<Integer> errorStatuses(NodeSpec node) {
        return node == null
                ? List.of()
                : nodeTypes
                        .descriptor(node.type())
                        .map(NodeDescriptor::errorStatuses)
                        .orElse(List.of());
    }

    /** True when some node of the list can produce an error with this status. */
    boolean anyCanFail(List<NodeSpec> nodes, int status) {
        return nodes.stream().anyMatch(n -> errorStatuses(n).contains(status));
    }
}
