package io.dotportion.server.http;

import io.dotportion.nodes.script.SandboxUsage;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * {@code GET /health} (readiness): 200 while the platform can serve, 503 once the script pool has more
 * stuck runs than it can replace (scripts that did not stop when cancelled, each still holding a thread:
 * the instance should be restarted). {@code GET /health/live} (liveness): 200 while the server answers.
 *
 * <p>Readiness does not wait for the start-up compile of the deployed versions: the server listens only once
 * every route is loaded, and a request reaching a version not compiled yet compiles it itself and answers
 * right. The body says how many still wait ({@code "preparing": n}, absent once none does), for operators
 * who want a warm instance before they send it traffic. Both answers of readiness carry the {@code version}
 * and {@code commit} of the build ({@link BuildInfo}).
 */
public final class HealthService {
    private final Supplier<SandboxUsage> scripts;
    private final IntSupplier preparing;
    private final BuildInfo build;

    public HealthService(Supplier<SandboxUsage> scripts) {
        this(scripts, () -> 0);
    }

    public HealthService(Supplier<SandboxUsage> scripts, IntSupplier preparing) {
        this(scripts, preparing, BuildInfo.current());
    }

    public HealthService(Supplier<SandboxUsage> scripts, IntSupplier preparing, BuildInfo build) {
        this.scripts = scripts;
        this.preparing = preparing;
        this.build = build;
    }

    public void ready(ServerRequest req, ServerResponse res) {
        if (scripts.get().ready()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "ok");
            int waiting = preparing.getAsInt();
            if (waiting > 0) {
                body.put("preparing", waiting);
            }
            body.put("version", build.version());
            body.put("commit", build.commit());
            JsonResponses.ok(res, body);
        } else {
            JsonResponses.send(
                    res,
                    503,
                    Map.of(
                            "status",
                            "unavailable",
                            "reason",
                            "script pool stuck",
                            "version",
                            build.version(),
                            "commit",
                            build.commit()));
        }
    }

    public void live(ServerRequest req, ServerResponse res) {
        JsonResponses.ok(res, Map.of("status", "ok"));
    }
}
