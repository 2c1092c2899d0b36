package io.dotportion.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.wiring.HttpTimeouts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every connection is bounded: a client that stops in the middle of a request line, of its headers or of its
 * body, or that keeps an idle connection, is disconnected. The test only waits (with a bound) for the close.
 */
@PlatformTest
class ConnectionTimeoutsTest {
    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(config -> config.withHttpTimeouts(
            new HttpTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMillis(250))));
    /** How long the test waits for the server to hang up: far beyond the configured timeouts. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private final RunningPlatform platform;

    ConnectionTimeoutsTest(RunningPlatform platform) {
        this.platform = platform;
    }

    @Test
    void a_partial_request_line_is_closed() throws IOException {
        assertClosedAfterSending("GET /health HT");
    }

    @Test
    void nothing_at_all_after_connecting_is_closed() throws IOException {
        assertClosedAfterSending("");
    }

    @Test
    void partial_headers_are_closed() throws IOException {
        assertClosedAfterSending("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: abc");
    }

    @Test
    void a_body_that_stops_short_of_its_length_is_closed() throws IOException {
        assertClosedAfterSending("POST /v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 200\r\n\r\n{\"email\":");
    }

    @Test
    void a_chunked_body_that_stops_is_closed() throws IOException {
        assertClosedAfterSending("POST /v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"ema");
    }

    @Test
    void an_idle_keep_alive_connection_is_closed_after_its_answer() throws IOException {
        String answer = assertClosedAfterSending("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    /** Sends {@code text}, then reads until the server closes (or resets) the connection; answers what came back. */
    private String assertClosedAfterSending(String text) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", platform.port())) {
            socket.setSoTimeout((int) BOUND.toMillis());
            socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            long deadline = System.nanoTime() + BOUND.toNanos();
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    received.write(buffer, 0, n);
                    assertThat(System.nanoTime())
                            .as("still open within the bound")
                            .isLessThan(deadline);
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server kept the connection open for " + BOUND, e);
            } catch (IOException reset) {
                // a reset is a close too
            }
            return received.toString(StandardCharsets.US_ASCII);
        }
    }
}
