package io.dotportion.server.wiring;

import java.time.Duration;

/**
 * How long the HTTP server waits on a client. Every connection has all three; none can be turned off.
 *
 * @param read        the longest wait for the next bytes of a request (headers or body) once it has begun;
 *                    a client that sends nothing for this long is disconnected (default 20 s)
 * @param idle        how long a connection may wait for (or trickle) the first line of its next request, from
 *                    the end of its last one or from its start; then it is closed (default 75 s: longer than
 *                    the 60 s idle timeout of common load balancers, so they close first)
 * @param idleCheck   how often connections are checked against {@code idle} (default 5 s)
 */
public record HttpTimeouts(Duration read, Duration idle, Duration idleCheck) {

    public HttpTimeouts {
        for (Duration d : new Duration[] {read, idle, idleCheck}) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("HTTP timeouts must be positive");
            }
        }
    }

    public static HttpTimeouts defaults() {
        return new HttpTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(75), Duration.ofSeconds(5));
    }
}
