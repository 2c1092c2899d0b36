package io.dotportion.server.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import io.dotportion.core.value.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The validator behind collection schemas loads nothing: even a schema that got past the subset check with a remote
 * {@code $ref} or {@code $schema} would not reach the network.
 */
class NoFetchTest {
    private final AtomicInteger fetched = new AtomicInteger();
    private HttpServer remote;
    private String url;

    @BeforeEach
    void serve() throws IOException {
        remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] body = "{\"type\": \"integer\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        remote.start();
        url = "http://127.0.0.1:" + remote.getAddress().getPort() + "/s.json";
    }

    @AfterEach
    void stop() {
        remote.stop(0);
    }

    @Test
    void a_remote_reference_given_straight_to_the_validator_is_not_fetched() {
        SchemaCompiler compiler = new SchemaCompiler();

        Throwable thrown = catchThrowable(() -> compiler.compile(Map.of("properties", Map.of("a", Map.of("$ref", url))))
                .validate(JsonValues.node(Map.of("a", "text"))));
        Throwable other = catchThrowable(() -> compiler.compile(Map.of("$schema", url, "type", "string")));

        assertThat(fetched).hasValue(0);
        assertThat(thrown).isNotNull();
        assertThat(other).isNotNull();
    }

    @Test
    void through_the_compiler_a_remote_reference_is_a_problem_and_is_not_fetched() {
        SchemaCompiler.Read read = new SchemaCompiler().read(Json.parse("{\"$ref\": \"" + url + "\"}"));

        assertThat(read.schema()).isNull();
        assertThat(read.problems()).extracting(p -> p.get("path")).containsExactly("$ref");
        assertThat(fetched).hasValue(0);
    }
}
