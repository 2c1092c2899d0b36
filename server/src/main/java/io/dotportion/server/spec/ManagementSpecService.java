package io.dotportion.server.spec;

import io.dotportion.core.value.Json;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.Shape;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/openapi.json}: the OpenAPI 3.1 document of the management API, built once at start from the
 * route definitions of the services the router registers (and this route's own).
 */
public final class ManagementSpecService implements ApiService {
    public static final String PATH = "/v1/openapi.json";

    private final List<ApiRoute> routes;
    private final byte[] document;

    public ManagementSpecService(List<? extends ApiService> described) {
        this.routes = List.of(ApiRoute.get(PATH, this::send)
                .summary("The OpenAPI 3.1 document of the management API (this document)")
                .answer(
                        200,
                        "the document",
                        new Shape.Schema(Map.of("type", "object", "required", List.of("openapi", "paths")))));
        List<ApiRoute> all = new ArrayList<>();
        described.forEach(service -> all.addAll(service.routes()));
        all.addAll(routes);
        this.document = Json.write(new ManagementSpec().document(all)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<ApiRoute> routes() {
        return routes;
    }

    private void send(ServerRequest req, ServerResponse res) {
        Caller.of(req);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(document);
    }
}
