package io.dotportion.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.TestClock;
import io.dotportion.server.support.LogCapture;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.wiring.HttpTimeouts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client that abandons its body is a counted client error: one WARN line per kind and minute with the
 * count since the last one, no stack trace, nothing of the request in the log.
 */
@PlatformTest
class QuietClientErrorsTest {
    private static final String KIND = "client error: the client stopped sending its request body";
    private static final String CANARY = "abandoned-body-canary-41c7";

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(config -> config.withHttpTimeouts(
            new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(1))));

    private final RunningPlatform platform;

    QuietClientErrorsTest(RunningPlatform platform) {
        this.platform = platform;
    }

    @Test
    void abandoned_bodies_are_logged_once_per_minute_with_a_count_and_without_a_stack() throws IOException {
        String log;
        try (LogCapture capture = LogCapture.start()) {
            for (int i = 0; i < 6; i++) {
                assertThat(abandonBody("/v1/auth/login")).startsWith("HTTP/1.1 400");
            }
            assertThat(abandonBody("/api/someone/project/echo"))
                    .doesNotStartWith("HTTP/1.1 5"); // no route: body never read
            platform.clock().advance(Duration.ofMinutes(1));
            abandonBody("/v1/auth/signup");
            log = capture.text();
        }
        List<String> reports = Arrays.stream(log.split("\n"))
                .filter(line -> line.startsWith("WARN ") && line.contains(KIND))
                .toList();
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0)).startsWith("WARN").contains("(1 since the last report");
        assertThat(reports.get(1)).contains("(6 since the last report");
        assertThat(log)
                .doesNotContain("\tat ")
                .doesNotContain("Exception")
                .doesNotContain(CANARY)
                .doesNotContain("ERROR");
    }

    @Test
    void a_client_error_log_reports_each_kind_on_its_own_schedule() {
        TestClock clock = TestClock.standing();
        ClientErrorLog errors = new ClientErrorLog(clock, Duration.ofMinutes(1));
        try (LogCapture capture = LogCapture.start()) {
            errors.record("kind a");
            errors.record("kind a");
            errors.record("kind b");
            clock.advance(Duration.ofSeconds(59));
            errors.record("kind a");
            clock.advance(Duration.ofSeconds(1));
            errors.record("kind a");
            String text = capture.text();
            assertThat(text.lines()
                            .filter(l -> l.startsWith("WARN ") && l.contains("client error: kind a"))
                            .toList())
                    .hasSize(2)
                    .last()
                    .asString()
                    .contains("(3 since the last report");
            assertThat(text.lines()
                            .filter(l -> l.startsWith("WARN ") && l.contains("client error: kind b"))
                            .count())
                    .isEqualTo(1);
        }
        assertThat(errors.total("kind a")).isEqualTo(4);
    }

    /** Sends headers promising 400 bytes, 30 of them, then half-closes; answers what the server sent back. */
    private String abandonBody(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", platform.port())) {
            socket.setSoTimeout(20_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 400\r\n\r\n{\"email\":\"" + CANARY + "\",";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException reset) {
                // closed by the server
            }
            return received.toString(StandardCharsets.US_ASCII);
        }
    }
}
