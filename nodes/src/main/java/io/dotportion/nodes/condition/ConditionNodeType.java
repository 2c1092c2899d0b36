package io.dotportion.nodes.condition;

import io.dotportion.core.model.Violation;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.nodes.script.NodeScript;
import io.dotportion.nodes.script.ScriptChecks;
import io.dotportion.nodes.script.ScriptException;
import java.util.List;
import java.util.Set;

/**
 * Follows "true" or "false" by the JavaScript truthiness of its expression, passing its input through.
 * A failing expression fails the node (a condition has no error edge, so the execution ends with 500).
 */
public final class ConditionNodeType implements NodeType<ConditionConfig> {
    public static final String ID = "condition";
    private final JsSandbox sandbox;

    public ConditionNodeType(JsSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<ConditionConfig> configType() {
        return ConditionConfig.class;
    }

    @Override
    public NodeDescriptor descriptor() {
        return ConditionDescriptor.DESCRIPTOR;
    }

    @Override
    public Set<String> ports() {
        return Ports.BRANCH;
    }

    @Override
    public List<Violation> validate(ConditionConfig config, ValidationContext context) {
        return ScriptChecks.check(sandbox, "condition", config.condition(), NodeScript.Form.CONDITION, context);
    }

    @Override
    public NodeHandler compile(ConditionConfig config, CompileContext context) {
        NodeScript script = NodeScript.compile(sandbox, config.condition(), NodeScript.Form.CONDITION);
        return node -> {
            try {
                boolean holds = Boolean.TRUE.equals(script.run(node));
                return new NodeOutcome.Next(holds ? Ports.TRUE : Ports.FALSE, node.input());
            } catch (ScriptException e) {
                return NodeScript.failure(e);
            }
        };
    }
}
