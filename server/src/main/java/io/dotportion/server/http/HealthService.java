package io.dotportion.server.http;

import io.dotportion.nodes.script.SandboxUsage;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /health} (readiness): 200 while the platform can serve, 503 once the script pool has more
 * stuck runs than it can replace (scripts that did not stop when cancelled, each still holding a thread:
 * the instance should be restarted). {@code GET /health/live} (liveness): 200 while the server answers.
 */
public final class HealthService {
    private final Supplier<SandboxUsage> scripts;

    public HealthService(Supplier<SandboxUsage> scripts) {
        this.scripts = scripts;
    }

    public void ready(ServerRequest req, ServerResponse res) {
        if (scripts.get().ready()) {
            JsonResponses.ok(res, Map.of("status", "ok"));
        } else {
            JsonResponses.send(res, 503, Map.of("status", "unavailable", "reason", "script pool stuck"));
        }
    }

    public void live(ServerRequest req, ServerResponse res) {
        JsonResponses.ok(res, Map.of("status", "ok"));
    }
}
