package io.dotportion.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A response node answering 204, 205 or 304 sends that status with no body (even when the node has one) and
 * the connection stays usable: the next request on it gets its own answer right after the headers.
 */
@PlatformTest
class BodilessStatusTest {
    private static final String NEXT = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";

    private final int port;
    private final String base;

    BodilessStatusTest(RunningPlatform platform, SignedUpUser user) {
        port = platform.port();
        ApiClient api = user.api();
        String token = user.token();
        String projectId = api.newProject(token, "bodiless");
        for (int status : List.of(204, 205, 304)) {
            api.deploy(
                    token,
                    api.newWorkflow(
                            token,
                            projectId,
                            Workflows.chain(
                                    "S" + status,
                                    "POST",
                                    "/s" + status,
                                    List.of(Workflows.node(
                                            "answer",
                                            ResponseNode.ID,
                                            Map.of(
                                                    "status",
                                                    status,
                                                    "headers",
                                                    Map.of("ETag", "\"v1\""),
                                                    "body",
                                                    Map.of("ignored", true)))))));
            api.deploy(
                    token,
                    api.newWorkflow(
                            token,
                            projectId,
                            Workflows.chain(
                                    "E" + status,
                                    "GET",
                                    "/e" + status,
                                    List.of(Workflows.node("answer", ResponseNode.ID, Map.of("status", status))))));
        }
        base = "/api/" + api.username(token) + "/bodiless";
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 205, 304})
    void a_bodiless_status_with_a_configured_body_answers_that_status_and_no_body(int status) throws IOException {
        String answer = thenHealth("POST " + base + "/s" + status
                + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");

        assertThat(answer).startsWith("HTTP/1.1 " + status + " ").containsIgnoringCase("etag: \"v1\"");
        assertThat(answer).doesNotContain("ignored").doesNotContain("Internal Server Error");
        assertThat(afterHeaders(answer)).startsWith("HTTP/1.1 200 ");
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 205, 304})
    void a_bodiless_status_without_a_body_answers_that_status(int status) throws IOException {
        String answer = thenHealth("GET " + base + "/e" + status + " HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 " + status + " ");
        assertThat(afterHeaders(answer)).startsWith("HTTP/1.1 200 ");
    }

    /** Sends {@code request} and a GET /health on one connection; answers the bytes up to the second status line. */
    private String thenHealth(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((request + NEXT).getBytes(StandardCharsets.ISO_8859_1));
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

    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        return end >= 0 && text.length() >= end + 4 + 13;
    }

    private static String afterHeaders(String text) {
        return text.substring(text.indexOf("\r\n\r\n") + 4);
    }
}
