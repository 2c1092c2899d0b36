package io.dotportion.bench;

import io.dotportion.bench.baseline.HandWrittenServer;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one {@code echo} request costs the server, without the noise of load: the real product
 * ({@link Platform}, embedded store, execution log at its default) and the hand-written baseline started in
 * this process, then for each, {@code N} requests in turn over one keep-alive HTTP/1.1 connection from one
 * client thread ({@link KeepAliveClient}), as {@code scripts/load.sh} sends them (JSON body, a bearer token).
 * Per request: the bytes every thread of the process allocated and the process's CPU time, each less the
 * client thread's own (virtual threads allocate on their carriers, which are counted), and the wall time.
 * The product's background threads (log writer, store, cluster sync) run meanwhile and are counted with it.
 * Not a test: it prints a markdown table.
 * {@code java -cp 'bench/target/classes:bench/target/lib/*' io.dotportion.bench.RequestPathHarness [requests] [rounds] [product|baseline]}
 */
public final class RequestPathHarness {
    private static final String ECHO = """
            {"name": "Echo", "method": "POST", "path": "/echo",
             "nodes": [
               {"id": "start", "type": "apiStart", "data": {}, "position": {"x": 0, "y": 0}},
               {"id": "out", "type": "response", "position": {"x": 0, "y": 120},
                "data": {"status": 200, "body": {"hello": "{{request.body.name}}"}}}],
             "edges": [{"id": "start-out", "source": "start", "target": "out"}]}
            """;
    private static final String BODY = "{\"name\":\"Ada\"}";
    private static final String ANSWER = "{\"hello\":\"Ada\"}";
    /** A token shaped like the load test's (the echo workflow does not read it; the gateway sees it). */
    private static final String AUTH = "Bearer eyJraWQiOiIxIiwiYWxnIjoiSFMyNTYifQ.eyJzdWIiOiJ1c2VyNyJ9.c2lnbmF0dXJl";

    private RequestPathHarness() {}

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN); // as `serve` logs: no per-request lines
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String only = args.length > 2 ? args[2] : ""; // "product" or "baseline": that server only
        Path data = Files.createTempDirectory("request-path-harness");
        try (Platform platform = Platform.start(PlatformConfig.forTests(data))) {
            String productPath = deployEcho(platform.port());
            WebServer baseline = HandWrittenServer.start(0, Optional.empty(), Optional.empty());
            try {
                System.out.println("| server | round | bytes/request | CPU µs/request | wall µs/request |");
                System.out.println("|---|---:|---:|---:|---:|");
                Target product = new Target("product", platform.port(), productPath);
                Target hand = new Target("baseline", baseline.port(), HandWrittenServer.PREFIX + "/echo");
                for (Target target : new Target[] {product, hand}) {
                    if (!only.isEmpty() && !only.equals(target.name())) {
                        continue;
                    }
                    try (KeepAliveClient client = new KeepAliveClient(target.port(), target.path(), BODY, AUTH)) {
                        String answer = client.send();
                        if (!answer.equals(ANSWER)) {
                            throw new IllegalStateException(target.name() + " answered " + answer);
                        }
                        measure(client, requests); // warm-up
                        measure(client, requests);
                        for (int round = 1; round <= rounds; round++) {
                            Cost cost = measure(client, requests);
                            System.out.printf(
                                    "| %s | %d | %,.0f | %.1f | %.1f |%n",
                                    target.name(), round, cost.bytes(), cost.cpuMicros(), cost.wallMicros());
                        }
                    }
                }
            } finally {
                baseline.stop();
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private record Target(String name, int port, String path) {}

    private record Cost(double bytes, double cpuMicros, double wallMicros) {}

    private static Cost measure(KeepAliveClient client, int requests) throws IOException {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long bytes = threads.getTotalThreadAllocatedBytes();
        long clientBytes = threads.getCurrentThreadAllocatedBytes();
        long cpu = os.getProcessCpuTime();
        long clientCpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            client.send();
        }
        long wallNanos = System.nanoTime() - wall;
        long cpuNanos = (os.getProcessCpuTime() - cpu) - (threads.getCurrentThreadCpuTime() - clientCpu);
        long allocated = (threads.getTotalThreadAllocatedBytes() - bytes)
                - (threads.getCurrentThreadAllocatedBytes() - clientBytes);
        return new Cost((double) allocated / requests, cpuNanos / 1e3 / requests, wallNanos / 1e3 / requests);
    }

    /** Signs up, makes a project and deploys echo through the management API; the runtime path of echo. */
    private static String deployEcho(int port) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        call(
                http,
                base + "/v1/auth/signup",
                null,
                "{\"email\":\"bench@example.com\",\"username\":\"bench\",\"password\":\"steady-harbor-lantern-42\"}");
        String token = field(
                call(
                        http,
                        base + "/v1/auth/login",
                        null,
                        "{\"email\":\"bench@example.com\",\"password\":\"steady-harbor-lantern-42\"}"),
                "token");
        String project =
                field(call(http, base + "/v1/projects", token, "{\"name\":\"Bench\",\"slug\":\"load\"}"), "id");
        String workflow = field(call(http, base + "/v1/projects/" + project + "/workflows", token, ECHO), "id");
        call(http, base + "/v1/workflows/" + workflow + "/deploy", token, "");
        return "/api/bench/load/echo";
    }

    private static String call(HttpClient http, String url, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + res.statusCode() + ": " + res.body());
        }
        return res.body();
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
