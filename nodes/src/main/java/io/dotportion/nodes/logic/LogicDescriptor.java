package io.dotportion.nodes.logic;

import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeCategory;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodePorts;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.UiHints;
import java.util.List;
import java.util.Map;

/** How the logic node describes itself. */
final class LogicDescriptor {
    static final NodeDescriptor DESCRIPTOR = NodeDescriptor.builder(LogicNodeType.ID, NodeRole.STEP)
            .label("Logic")
            .category(NodeCategory.LOGIC)
            .text(
                    "Run JavaScript and output what it returns",
                    "Runs the body of a JavaScript function in the sandbox (no IO, no host access, time and "
                            + "memory limits). It sees input, request, steps and loop; {{ path }} placeholders are "
                            + "bound as values, never spliced into the source. Its return value is the output. "
                            + "Code that is only return and one simple expression (property reads, arithmetic, "
                            + "comparisons, object and array literals) is evaluated directly, without the "
                            + "sandbox, with the same results.")
            .output(
                    "What the code returns (any JSON value); when it returns undefined, its input passes through. Later nodes read it as input or {{<id>.result}}. When it fails and its error handle is connected, it leaves by error and the next node's input is {code, message}.")
            .ports(NodePorts.singleOrError())
            .config(ConfigSchema.of(LogicConfig.class)
                    .field("code", "Code", "the body of a JavaScript function returning the node's output")
                    .template("code")
                    .required("code"))
            .initial("code", "return input;")
            .error(
                    ErrorCode.EXECUTION_FAILED,
                    "the script threw, returned a value that is not JSON data or "
                            + "exceeded its statement or memory limit")
            .error(ErrorCode.TIMEOUT, "the script ran past its time limit")
            .ui(new UiHints("ƒ", "#7c3aed", List.of("code"), Map.of("code", "code"), List.of("code")))
            .build();

    private LogicDescriptor() {}
}
