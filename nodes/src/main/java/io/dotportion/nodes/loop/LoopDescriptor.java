package io.dotportion.nodes.loop;

import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeCategory;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodePorts;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.UiHints;
import java.util.List;
import java.util.Map;

/** How the loop node describes itself. */
final class LoopDescriptor {
    static final NodeDescriptor DESCRIPTOR = NodeDescriptor.builder(LoopNode.ID, NodeRole.LOOP)
            .label("Loop")
            .category(NodeCategory.FLOW)
            .text(
                    "Run a branch once per item of an array",
                    "Runs its each handle once per item (the body sees loop.item and loop.index), then follows "
                            + "done with the list of each iteration's last output. The body must return to the "
                            + "loop. At most the platform's loop limit, or maxIterations when lower.")
            .output(
                    "By each: one run of the body per item (the body's first node gets the item as input; templates see loop.item and loop.index). By done, after the last item: the list of each iteration's last output.")
            .ports(NodePorts.branch("each", "done"))
            .config(ConfigSchema.of(LoopConfig.class)
                    .field(
                            "items",
                            "Items",
                            "a template resolving to an array, like {{request.body.items}}, or {{input}} "
                                    + "for the previous node's output")
                    .with("items", "type", List.of("array", "string"))
                    .field(
                            "maxIterations",
                            "Max iterations",
                            "a lower cap for this node, at most the platform's " + "loop limit")
                    .with("maxIterations", "minimum", 1)
                    .required("items"))
            .initial("items", "{{input}}")
            .error(ErrorCode.EXECUTION_FAILED, "the items are not an array or are more than the iteration limit")
            .ui(new UiHints(
                    "↻", "#db2777", List.of("items"), Map.of("items", "template"), List.of("items", "maxIterations")))
            .build();

    private LoopDescriptor() {}
}
