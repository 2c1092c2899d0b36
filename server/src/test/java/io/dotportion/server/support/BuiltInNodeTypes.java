package io.dotportion.server.support;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.limit.Limits;
import io.dotportion.nodes.condition.ConditionNodeType;
import io.dotportion.nodes.http.HttpNode;
import io.dotportion.nodes.jwt.JwtGenerateNode;
import io.dotportion.nodes.jwt.JwtVerifyNode;
import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.loop.LoopNode;
import io.dotportion.nodes.mongo.DatabaseNode;
import io.dotportion.nodes.mongo.MongoDbNode;
import io.dotportion.nodes.parameters.ParametersNode;
import io.dotportion.nodes.password.PasswordNode;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.nodes.start.ApiStartNode;
import java.util.List;

/**
 * The built-in node types, for tests that only read descriptors (OpenAPI, secret usage): nothing is
 * compiled or run, so the script sandbox and database clients are absent.
 */
public final class BuiltInNodeTypes {
    private BuiltInNodeTypes() {}

    public static NodeRegistry registry() {
        return new NodeRegistry(List.of(
                new ApiStartNode(),
                new ParametersNode(),
                new LogicNodeType(null),
                new ConditionNodeType(null),
                new LoopNode(Limits.defaults()),
                new JwtGenerateNode(),
                new JwtVerifyNode(),
                new DatabaseNode(null, null),
                new MongoDbNode(null),
                new HttpNode(null),
                new ResponseNode(),
                new PasswordNode(null)));
    }
}
