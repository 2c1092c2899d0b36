package io.dotportion.bench.baseline;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The hand-written baseline of the load test: the load-test workflows ({@code scripts/load/*.json}) written
 * directly as Helidon SE handlers on the same web server the product uses. Same JSON in, same JSON out, same
 * validation, the same MongoDB driver and JWT library; what it leaves out is the product itself (route table,
 * plan walk, templates, script sandbox, execution log, stats). Paths: {@code POST /api/baseline/load/echo},
 * {@code POST .../adults}, {@code GET .../items/{id}}, and with a database and a JWT secret configured
 * {@code POST .../login} and {@code GET .../me}.
 *
 * <p>Run: {@code java -cp 'bench/target/classes:bench/target/lib/*' io.dotportion.bench.baseline.HandWrittenServer 8091},
 * with {@code BASELINE_MONGO_URL} (a MongoDB URL naming the database that holds {@code users}) and
 * {@code BASELINE_JWT_SECRET} (the HMAC secret, at least 32 bytes) in the environment for login and me.
 */
public final class HandWrittenServer {
    /** The prefix the endpoints live under, shaped like the product's {@code /api/{owner}/{project}}. */
    public static final String PREFIX = "/api/baseline/load";

    private static final long MAX_BODY_BYTES = 1024 * 1024;
    /** The key version the product's jwtGenerate puts in {@code kid}: the load test's secret is put once. */
    private static final String KEY_ID = "1";

    private HandWrittenServer() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println(
                    "usage: HandWrittenServer <port>   (BASELINE_MONGO_URL, BASELINE_JWT_SECRET for login and me)");
            System.exit(2);
        }
        WebServer server = start(
                Integer.parseInt(args[0]),
                Optional.ofNullable(System.getenv("BASELINE_MONGO_URL")),
                Optional.ofNullable(System.getenv("BASELINE_JWT_SECRET")));
        System.out.println("baseline listening on 127.0.0.1:" + server.port());
    }

    /** Starts the server on 127.0.0.1 (port 0 picks a free one); login and me only with both a URL and a secret. */
    public static WebServer start(int port, Optional<String> mongoUrl, Optional<String> jwtSecret) {
        JsonIo json = new JsonIo(MAX_BODY_BYTES);
        Endpoints endpoints = new Endpoints(json);
        Optional<AuthEndpoints> auth = mongoUrl.flatMap(url -> jwtSecret.map(secret -> new AuthEndpoints(
                json, new Users(url), new Tokens(secret, KEY_ID, Duration.ofHours(1), Clock.systemUTC()))));
        return WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .routing(routing -> configure(routing, endpoints, auth))
                .build()
                .start();
    }

    private static void configure(HttpRouting.Builder routing, Endpoints endpoints, Optional<AuthEndpoints> auth) {
        routing.get("/health", (req, res) -> res.send("ok"))
                .post(PREFIX + "/echo", endpoints::echo)
                .post(PREFIX + "/adults", endpoints::adults)
                .get(PREFIX + "/items/{id}", endpoints::items);
        auth.ifPresent(a -> routing.post(PREFIX + "/login", a::login).get(PREFIX + "/me", a::me));
    }
}
