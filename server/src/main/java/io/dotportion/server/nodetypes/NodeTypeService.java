package io.dotportion.server.nodetypes;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.value.Json;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.Shape;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /v1/node-types}: the descriptor of every registered node type, in registry order, for any
 * signed-in user (bearer token or session). The list is static for the life of the process, so its JSON is
 * written once, at start.
 */
public final class NodeTypeService implements ApiService {
    private final byte[] body;

    public NodeTypeService(NodeRegistry registry) {
        this.body = Json.write(registry.descriptors()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/v1/node-types", this::list)
                .summary("The descriptor of every node type: ports, config JSON Schema, defaults")
                .answer(200, "the descriptors, in registry order", Shape.listOf(NodeDescriptor.class)));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Caller.of(req);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(body);
    }
}
