package io.dotportion.bench;

import io.dotportion.core.engine.Limits;
import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.nodes.loop.LoopNode;
import io.dotportion.nodes.parameters.ParametersNode;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.nodes.start.ApiStartNode;
import java.util.List;

/** The node types the benchmarks compile against, wired as the server wires them. */
final class BenchEngine implements AutoCloseable {
    private final NodeRegistry registry;

    BenchEngine(Limits limits) {
        this.registry = new NodeRegistry(List.of(new ApiStartNode(), new ParametersNode(), new LoopNode(limits),
                new ResponseNode()));
    }

    NodeRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
    }
}
