package io.dotportion.server.wiring;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.NodeType;
import io.dotportion.nodes.condition.ConditionNodeType;
import io.dotportion.nodes.http.HttpNode;
import io.dotportion.nodes.http.OutboundHttp;
import io.dotportion.nodes.jwt.JwtGenerateNode;
import io.dotportion.nodes.jwt.JwtLimits;
import io.dotportion.nodes.jwt.JwtVerifyNode;
import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.loop.LoopNode;
import io.dotportion.nodes.mongo.DatabaseNode;
import io.dotportion.nodes.mongo.DocumentValidator;
import io.dotportion.nodes.mongo.ManagedDatabases;
import io.dotportion.nodes.mongo.MongoClientPool;
import io.dotportion.nodes.mongo.MongoDbNode;
import io.dotportion.nodes.parameters.ParametersNode;
import io.dotportion.nodes.password.PasswordNode;
import io.dotportion.nodes.password.PasswordWorkers;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.nodes.start.ApiStartNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Every node type the platform serves, registered explicitly under its stable id, in the order
 * {@code GET /v1/node-types} lists them; then the configuration's extra types ({@link PlatformConfig#withNodeTypes}).
 * Adding a built-in node type is one package under {@code nodes} and one line here.
 */
final class NodeTypes {
    private NodeTypes() {}

    /**
     * @param managed     each project's managed database ({@code database} nodes)
     * @param schemas     the managed collections' schemas, checked on every {@code database} node write
     * @param userClients clients of users' own databases ({@code mongodb} nodes); the caller closes it
     * @param passwords   the threads {@code password} nodes hash on; the caller closes them
     * @param outbound    the shared client of {@code http} nodes; the caller closes it
     */
    static NodeRegistry registry(
            Limits limits,
            JsSandbox sandbox,
            ManagedDatabases managed,
            DocumentValidator schemas,
            MongoClientPool userClients,
            PasswordWorkers passwords,
            OutboundHttp outbound,
            Clock clock,
            List<NodeType<?>> extensions) {
        List<NodeType<?>> types = new ArrayList<>(List.of(
                new ApiStartNode(),
                new ParametersNode(),
                new LogicNodeType(sandbox),
                new ConditionNodeType(sandbox),
                new LoopNode(limits),
                new JwtGenerateNode(JwtLimits.defaults(), clock),
                new JwtVerifyNode(JwtLimits.defaults(), clock),
                new DatabaseNode(managed, schemas),
                new MongoDbNode(userClients),
                new HttpNode(outbound),
                new ResponseNode(),
                new PasswordNode(passwords)));
        types.addAll(extensions);
        return new NodeRegistry(types);
    }
}
