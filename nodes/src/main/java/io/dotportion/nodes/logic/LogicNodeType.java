package io.dotportion.nodes.logic;

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
import io.dotportion.nodes.script.Undefined;
import java.util.List;
import java.util.Set;

/**
 * Runs user JavaScript in the sandbox and continues with what it returns; when it returns
 * {@code undefined} the input passes through unchanged. A failing script fails the node, which then
 * follows its "error" edge when one is connected.
 */
public final class LogicNodeType implements NodeType<LogicConfig> {
    public static final String ID = "logic";
    private final JsSandbox sandbox;

    public LogicNodeType(JsSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<LogicConfig> configType() {
        return LogicConfig.class;
    }

    @Override
    public NodeDescriptor descriptor() {
        return LogicDescriptor.DESCRIPTOR;
    }

    @Override
    public Set<String> ports() {
        return Ports.SINGLE_OR_ERROR;
    }

    @Override
    public List<Violation> validate(LogicConfig config, ValidationContext context) {
        return ScriptChecks.check(sandbox, "code", config.code(), NodeScript.Form.BODY, context);
    }

    @Override
    public NodeHandler compile(LogicConfig config, CompileContext context) {
        NodeScript script = NodeScript.compile(sandbox, config.code(), NodeScript.Form.BODY);
        return node -> {
            try {
                Object output = script.run(node);
                return NodeOutcome.next(output == Undefined.VALUE ? node.input() : output);
            } catch (ScriptException e) {
                return NodeScript.failure(e);
            }
        };
    }
}
