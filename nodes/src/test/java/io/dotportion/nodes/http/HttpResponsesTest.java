package io.dotportion.nodes.http;

import static io.dotportion.nodes.http.HttpCalls.failure;
import static io.dotportion.nodes.http.HttpCalls.output;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.testing.FakeNodeContext;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpResponsesTest {
    private final LocalHttpServer server = new LocalHttpServer();
    private final HttpCalls calls =
            new HttpCalls("127.0.0.1", HttpSettings.defaults().withMaxResponseBytes(1000));

    @AfterEach
    void close() {
        calls.close();
        server.close();
    }

    private NodeOutcome get(String path) {
        return calls.run("{\"url\":\"" + server.url(path) + "\"}", FakeNodeContext.create());
    }

    @Test
    void a_json_answer_is_parsed_and_headers_come_with_lower_case_names() {
        server.on("/j", e -> {
            e.getResponseHeaders().set("X-Trace", "abc");
            LocalHttpServer.send(e, 201, "application/problem+json; charset=utf-8", "{\"n\":[1,2]}");
        });
        Map<String, Object> out = output(get("/j"));
        assertThat(out.get("status")).isEqualTo(201);
        assertThat(out.get("body")).isEqualTo(Map.of("n", java.util.List.of(1, 2)));
        assertThat(((Map<?, ?>) out.get("headers")).get("x-trace")).isEqualTo("abc");
    }

    @Test
    void a_non_json_answer_is_kept_as_text() {
        server.on("/t", e -> LocalHttpServer.send(e, 200, "text/html", "<p>hi</p>"));
        assertThat(output(get("/t")).get("body")).isEqualTo("<p>hi</p>");
    }

    @Test
    void an_answer_that_says_json_but_is_not_fails_the_node() {
        server.on("/bad", e -> LocalHttpServer.send(e, 200, "application/json", "{not json"));
        var error = failure(get("/bad")).error();
        assertThat(error.code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
        assertThat(error.message()).isEqualTo("the HTTP response says it is JSON but its body is not valid JSON");
    }

    @Test
    void an_answer_over_the_size_limit_fails_the_node_with_the_limit_whether_declared_or_streamed() {
        String big = "x".repeat(1001);
        server.on("/declared", e -> LocalHttpServer.send(e, 200, "text/plain", big));
        server.on("/streamed", e -> {
            e.sendResponseHeaders(200, 0);
            for (int i = 0; i < 20; i++) {
                e.getResponseBody().write("y".repeat(100).getBytes());
            }
        });
        server.on("/exact", e -> LocalHttpServer.send(e, 200, "text/plain", "z".repeat(1000)));
        String message = "the HTTP response body is larger than the limit of 1000 bytes";
        assertThat(failure(get("/declared")).error().message()).isEqualTo(message);
        assertThat(failure(get("/streamed")).error().message()).isEqualTo(message);
        assertThat(output(get("/exact")).get("body")).isEqualTo("z".repeat(1000));
    }

    @Test
    void an_answer_to_head_has_no_body_whatever_length_it_declares() {
        server.on("/big", e -> {
            e.getResponseHeaders().set("Content-Length", "5000000");
            e.sendResponseHeaders(200, -1);
        });
        Map<String, Object> out = output(
                calls.run("{\"method\":\"HEAD\",\"url\":\"" + server.url("/big") + "\"}", FakeNodeContext.create()));
        assertThat(out.get("status")).isEqualTo(200);
        assertThat(out.get("body")).isNull();
    }

    @Test
    void a_non_2xx_answer_follows_the_error_handle_when_it_is_connected_and_the_default_one_otherwise() {
        server.on("/missing", e -> LocalHttpServer.send(e, 404, "application/json", "{\"error\":\"nope\"}"));
        String data = "{\"url\":\"" + server.url("/missing") + "\"}";
        NodeOutcome connected = calls.run(data, FakeNodeContext.create(), true);
        NodeOutcome unconnected = calls.run(data, FakeNodeContext.create(), false);
        assertThat(((NodeOutcome.Next) connected).port()).isEqualTo(Ports.ERROR);
        assertThat(((NodeOutcome.Next) unconnected).port()).isEqualTo(Ports.DEFAULT);
        assertThat(output(connected).get("status")).isEqualTo(404);
        assertThat(output(connected).get("body")).isEqualTo(Map.of("error", "nope"));
        server.on("/fine", LocalHttpServer.json("{}"));
        NodeOutcome fine = calls.run("{\"url\":\"" + server.url("/fine") + "\"}", FakeNodeContext.create(), true);
        assertThat(((NodeOutcome.Next) fine).port()).isEqualTo(Ports.DEFAULT);
    }

    @Test
    void a_call_that_does_not_answer_in_time_fails_with_timeout() {
        server.on("/hang", e -> {
            try {
                server.release.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("released");
        });
        var error = failure(calls.run(
                        "{\"url\":\"" + server.url("/hang") + "\",\"timeoutMs\":150}", FakeNodeContext.create()))
                .error();
        assertThat(error.code()).isEqualTo(ErrorCode.TIMEOUT);
        assertThat(error.message()).isEqualTo("the HTTP call did not finish within its time limit");
    }

    @Test
    void the_execution_deadline_bounds_the_call_below_its_timeout() {
        server.on("/hang", e -> {
            try {
                server.release.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        var ctx = FakeNodeContext.create().withRemaining(Duration.ofMillis(100));
        var error = failure(calls.run("{\"url\":\"" + server.url("/hang") + "\",\"timeoutMs\":60000}", ctx))
                .error();
        assertThat(error.code()).isEqualTo(ErrorCode.TIMEOUT);
    }

    @Test
    void a_server_that_is_not_there_is_unreachable_without_its_address_in_the_message() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        var error = failure(calls.run("{\"url\":\"http://127.0.0.1:" + port + "/\"}", FakeNodeContext.create()))
                .error();
        assertThat(error.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(error.message())
                .isEqualTo("the HTTP server could not be reached")
                .doesNotContain(String.valueOf(port));
    }

    @Test
    void json_form_and_text_bodies_are_sent_with_their_content_types() {
        server.on("/in", LocalHttpServer.json("{}"));
        var ctx = FakeNodeContext.create().withBody(Map.of("name", "Ada L", "n", 3));
        String url = server.url("/in");
        output(calls.run(
                "{\"method\":\"post\",\"url\":\"" + url
                        + "\",\"body\":{\"who\":\"{{request.body.name}}\",\"n\":\"{{request.body.n}}\"}}",
                ctx));
        assertThat(server.last().header("content-type")).isEqualTo("application/json");
        assertThat(server.last().body()).isEqualTo("{\"who\":\"Ada L\",\"n\":3}");
        output(calls.run(
                "{\"method\":\"PUT\",\"url\":\"" + url
                        + "\",\"bodyType\":\"form\",\"body\":{\"who\":\"{{request.body.name}}\",\"tags\":[\"a&b\",\"c\"]}}",
                ctx));
        assertThat(server.last().method()).isEqualTo("PUT");
        assertThat(server.last().header("content-type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(server.last().body()).isEqualTo("who=Ada%20L&tags=a%26b&tags=c");
        output(calls.run(
                "{\"method\":\"POST\",\"url\":\"" + url
                        + "\",\"bodyType\":\"text\",\"headers\":{\"Content-Type\":\"text/csv\"},\"body\":\"a,b\"}",
                ctx));
        assertThat(server.last().header("content-type")).isEqualTo("text/csv");
        assertThat(server.last().body()).isEqualTo("a,b");
    }
}
