package io.dotportion.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.Workflows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A HEAD answer has no body, wherever it comes from: a second request sent on the same connection gets its
 * own answer right after the HEAD answer's headers (a body there would be read as the start of the next one).
 */
@PlatformTest
class HeadAnswersTest {
    private static final String NEXT = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";

    private RunningPlatform platform;
    private String base;

    @BeforeAll
    void start(RunningPlatform platform) {
        this.platform = platform;
        ApiClient api = platform.api();
        String token = api.newUser("head");
        String projectId = api.newProject(token, "head");
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.chain(
                                "Page",
                                "GET",
                                "/page",
                                List.of(Workflows.node(
                                        "answer",
                                        "response",
                                        Map.of(
                                                "status",
                                                200,
                                                "headers",
                                                Map.of("Content-Type", "text/html"),
                                                "body",
                                                "<html>forged</html>"))))));
        base = "/api/" + api.username(token) + "/head";
    }

    @Test
    void a_head_to_a_deployed_get_route_answers_its_status_without_the_body() throws IOException {
        String answer = headThenGet(base + "/page");

        assertThat(answer).startsWith("HTTP/1.1 200 ").containsIgnoringCase("content-security-policy: sandbox");
        assertThat(afterHeaders(answer)).startsWith("HTTP/1.1 200 ").doesNotContain("forged");
    }

    @Test
    void a_head_to_an_unknown_runtime_path_answers_404_without_the_error_body() throws IOException {
        for (String path : List.of(base + "/nowhere", "/api/nobody/nothing/x", "/api/", "/api")) {
            String answer = headThenGet(path);

            assertThat(answer).as(path).startsWith("HTTP/1.1 404 ");
            assertThat(afterHeaders(answer)).as(path).startsWith("HTTP/1.1 200 ");
        }
    }

    @Test
    void a_head_outside_the_runtime_answers_404_without_a_body_even_where_a_filter_would_answer() throws IOException {
        for (String path : List.of("/v1/auth/me", "/v1/tokens", "/v1/nowhere", "/health", "/", "/projects/x")) {
            String answer = headThenGet(path);

            assertThat(answer)
                    .as(path)
                    .startsWith("HTTP/1.1 404 ")
                    .containsIgnoringCase("x-content-type-options: nosniff");
            assertThat(afterHeaders(answer)).as(path).startsWith("HTTP/1.1 200 ");
        }
    }

    /** Sends HEAD {@code path} and a GET after it on one connection; answers the bytes up to the second status line. */
    private String headThenGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", platform.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("HEAD " + path + " HTTP/1.1\r\nHost: x\r\n\r\n" + NEXT)
                            .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            while (!complete(seen.toString(StandardCharsets.ISO_8859_1))) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                seen.write(b);
            }
            return seen.toString(StandardCharsets.ISO_8859_1);
        }
    }

    /** True once the first answer's headers and the next 13 bytes (a status line's start) are in. */
    private boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        return end >= 0 && text.length() >= end + 4 + 13;
    }

    private String afterHeaders(String text) {
        return text.substring(text.indexOf("\r\n\r\n") + 4);
    }
}
