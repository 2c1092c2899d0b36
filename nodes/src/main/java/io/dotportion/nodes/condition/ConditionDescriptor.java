package io.dotportion.nodes.condition;

import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeCategory;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodePorts;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.UiHints;
import java.util.List;
import java.util.Map;

/** How the condition node describes itself. */
final class ConditionDescriptor {
    static final NodeDescriptor DESCRIPTOR = NodeDescriptor.builder(ConditionNodeType.ID, NodeRole.BRANCH)
            .label("Condition")
            .category(NodeCategory.FLOW)
            .text(
                    "Branch on a JavaScript expression",
                    "Evaluates a JavaScript expression in the sandbox and follows its true or false handle by "
                            + "the result's truthiness. The input passes through unchanged. {{ path }} "
                            + "placeholders are bound as values. A simple expression (property reads, "
                            + "arithmetic, comparisons) is evaluated directly, without the sandbox, with the same "
                            + "results.")
            .output("Its input, unchanged: by the true handle when the expression is truthy, else by false.")
            .ports(NodePorts.branch("true", "false"))
            .config(ConfigSchema.of(ConditionConfig.class)
                    .field(
                            "condition",
                            "Condition",
                            "a JavaScript expression over input, request, steps and loop, "
                                    + "like {{param-1.result.age}} >= 18")
                    .template("condition")
                    .required("condition"))
            .initial("condition", "")
            .error(ErrorCode.EXECUTION_FAILED, "the expression threw or exceeded its statement or memory limit")
            .error(ErrorCode.TIMEOUT, "the expression ran past its time limit")
            .ui(new UiHints(
                    "◇", "#d97706", List.of("condition"), Map.of("condition", "expression"), List.of("condition")))
            .build();

    private ConditionDescriptor() {}
}
