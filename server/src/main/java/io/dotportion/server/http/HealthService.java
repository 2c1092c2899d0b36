package io.dotportion.server.http;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;

/** {@code GET /health}: 200 once the platform is serving (the server starts only after everything is ready). */
public final class HealthService implements Handler {
    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        JsonResponses.ok(res, Map.of("status", "ok"));
    }
}
