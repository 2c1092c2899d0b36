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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HEAD on a deployed workflow answers what GET answers, headers included ({@code Content-Type},
 * {@code Content-Length} of the body GET sends), without the body: the next answer on the connection starts
 * right after the headers.
 */
@PlatformTest
class HeadLikeGetTest {
    private static final String NEXT = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";

    private final int port;
    private final String base;

    HeadLikeGetTest(RunningPlatform platform, SignedUpUser user) {
        port = platform.port();
        ApiClient api = user.api();
        String token = user.token();
        String projectId = api.newProject(token, "headlike");
        deploy(api, token, projectId, "/json", Map.of("status", 200, "body", Map.of("hello", "wörld")));
        deploy(
                api,
                token,
                projectId,
                "/text",
                Map.of("status", 201, "headers", Map.of("Content-Type", "text/plain", "X-Kind", "t"), "body", "hi"));
        deploy(api, token, projectId, "/empty", Map.of("status", 200, "body", ""));
        deploy(api, token, projectId, "/users/{id}", Map.of("status", 200, "body", "{{request.params.id}}"));
        base = "/api/" + api.username(token) + "/headlike";
    }

    @ParameterizedTest
    @ValueSource(strings = {"/json", "/text", "/empty", "/users/42"})
    void a_head_answers_the_status_and_headers_of_the_get_without_its_body(String path) throws IOException {
        Answer get = exchange("GET", base + path);
        Answer head = exchange("HEAD", base + path);

        assertThat(head.statusLine()).isEqualTo(get.statusLine());
        assertThat(head.headers().get("content-type")).isEqualTo(get.headers().get("content-type"));
        assertThat(head.headers().get("content-length"))
                .isEqualTo(get.headers().get("content-length"))
                .isEqualTo(String.valueOf(get.body().length));
        assertThat(head.headers()).doesNotContainKey("transfer-encoding");
        assertThat(head.headers().get("x-execution-id")).matches("[0-9a-f]{24}");
        assertThat(head.rest()).startsWith("HTTP/1.1 200 ");
    }

    @Test
    void a_head_keeps_the_headers_the_workflow_set() throws IOException {
        assertThat(exchange("HEAD", base + "/text").headers()).containsEntry("x-kind", "t");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nowhere", "/users", "/users/1/2"})
    void a_head_nothing_serves_answers_the_404_headers_of_the_get_without_its_body(String path) throws IOException {
        Answer get = exchange("GET", base + path);
        Answer head = exchange("HEAD", base + path);

        assertThat(head.statusLine()).startsWith("HTTP/1.1 404 ").isEqualTo(get.statusLine());
        assertThat(head.headers().get("content-length"))
                .isEqualTo(String.valueOf(get.body().length))
                .isNotEqualTo("0");
        assertThat(head.rest()).startsWith("HTTP/1.1 200 ");
    }

    private record Answer(String statusLine, Map<String, String> headers, byte[] body, String rest) {}

    /** Sends {@code method path}, then a GET /health on the same connection; splits the first answer. */
    private Answer exchange(String method, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write((method + " " + path + " HTTP/1.1\r\nHost: x\r\n\r\n" + NEXT)
                            .getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            String text = "";
            while (!text.contains("\r\n\r\n")
                    || !text.substring(text.indexOf("\r\n\r\n") + 4).contains("HTTP/1.1 200 ")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                seen.write(b);
                text = seen.toString(StandardCharsets.ISO_8859_1);
            }
            int end = text.indexOf("\r\n\r\n");
            List<String> lines = List.of(text.substring(0, end).split("\r\n"));
            Map<String, String> headers = new LinkedHashMap<>();
            lines.subList(1, lines.size()).forEach(line -> {
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            });
            String after = text.substring(end + 4);
            int next = after.indexOf("HTTP/1.1 200 ");
            byte[] body = after.substring(0, next).getBytes(StandardCharsets.ISO_8859_1);
            return new Answer(lines.getFirst(), headers, body, after.substring(next));
        }
    }

    private static void deploy(ApiClient api, String token, String projectId, String path, Map<String, Object> data) {
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.chain(
                                "Head " + path,
                                "GET",
                                path,
                                List.of(Workflows.node("answer", ResponseNode.ID, data)))));
    }
}
