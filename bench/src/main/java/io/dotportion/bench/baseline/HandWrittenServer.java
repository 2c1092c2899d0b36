package io.dotportion.bench.baseline;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;

/**
 * The hand-written baseline of the load test: the three load-test workflows ({@code scripts/load/*.json})
 * written directly as Helidon SE handlers on the same web server the product uses. Same JSON in, same JSON
 * out, same validation; what it leaves out is the product itself (route table, plan walk, templates,
 * script sandbox, execution log). Paths: {@code POST /api/baseline/load/echo}, {@code POST .../adults},
 * {@code GET .../items/{id}}.
 *
 * <p>Run: {@code java -cp bench/target/classes:bench/target/lib/* io.dotportion.bench.baseline.HandWrittenServer 8091}
 */
public final class HandWrittenServer {
    /** The prefix the endpoints live under, shaped like the product's {@code /api/{owner}/{project}}. */
    public static final String PREFIX = "/api/baseline/load";
    private static final long MAX_BODY_BYTES = 1024 * 1024;

    private HandWrittenServer() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: HandWrittenServer <port>");
            System.exit(2);
        }
        WebServer server = start(Integer.parseInt(args[0]));
        System.out.println("baseline listening on 127.0.0.1:" + server.port());
    }

    /** Starts the server on 127.0.0.1 (port 0 picks a free one). */
    public static WebServer start(int port) {
        Endpoints endpoints = new Endpoints(new JsonIo(MAX_BODY_BYTES));
        return WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .routing(routing -> configure(routing, endpoints))
                .build()
                .start();
    }

    private static void configure(HttpRouting.Builder routing, Endpoints endpoints) {
        routing.get("/health", (req, res) -> res.send("ok"))
                .post(PREFIX + "/echo", endpoints::echo)
                .post(PREFIX + "/adults", endpoints::adults)
                .get(PREFIX + "/items/{id}", endpoints::items);
    }
}
