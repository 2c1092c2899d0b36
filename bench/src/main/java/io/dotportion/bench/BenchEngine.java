package io.dotportion.bench;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.limit.Limits;
import io.dotportion.nodes.condition.ConditionNodeType;
import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.loop.LoopNode;
import io.dotportion.nodes.parameters.ParametersNode;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.nodes.script.SandboxSettings;
import io.dotportion.nodes.start.ApiStartNode;
import java.util.List;

/** The node types the benchmarks compile against, with the script sandbox, wired as the server wires them. */
final class BenchEngine implements AutoCloseable {
    private final JsSandbox sandbox;
    private final NodeRegistry registry;

    BenchEngine(Limits limits) {
        this.sandbox = new JsSandbox(SandboxSettings.of(limits));
        this.registry = new NodeRegistry(List.of(
                new ApiStartNode(),
                new ParametersNode(),
                new LoopNode(limits),
                new ResponseNode(),
                new LogicNodeType(sandbox),
                new ConditionNodeType(sandbox)));
    }

    NodeRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
