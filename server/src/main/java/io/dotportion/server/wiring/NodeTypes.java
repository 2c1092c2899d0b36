package io.dotportion.server.wiring;

import io.dotportion.core.engine.Limits;
import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.node.NodeType;
import io.dotportion.nodes.condition.ConditionNodeType;
import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.loop.LoopNode;
import io.dotportion.nodes.parameters.ParametersNode;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.nodes.start.ApiStartNode;
import java.util.List;

/** Every node type the platform serves, registered explicitly. */
final class NodeTypes {
    private NodeTypes() {
    }

    static NodeRegistry registry(Limits limits, JsSandbox sandbox) {
        List<NodeType<?>> types = List.of(
                new ApiStartNode(),
                new ParametersNode(),
                new LogicNodeType(sandbox),
                new ConditionNodeType(sandbox),
                new LoopNode(limits),
                new ResponseNode());
        return new NodeRegistry(types);
    }
}
