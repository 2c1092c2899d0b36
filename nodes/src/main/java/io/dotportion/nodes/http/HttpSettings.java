package io.dotportion.nodes.http;

import java.time.Duration;

/**
 * The limits of the {@code http} node's calls, all explicit and configurable.
 *
 * @param maxResponseBytes the largest response body read (a larger one fails the node); 2 MiB by default
 * @param maxRedirects     redirects followed per call, each re-checked against the egress policy; 5 by default
 * @param connectTimeout   the longest a TCP and TLS connect may take (also bounded by the call's timeout)
 * @param defaultTimeout   the call's time limit when the node sets none (10 s)
 * @param maxTimeout       the largest {@code timeoutMs} a node may set (the execution limit bounds it too)
 */
public record HttpSettings(
        int maxResponseBytes, int maxRedirects, Duration connectTimeout, Duration defaultTimeout, Duration maxTimeout) {

    public HttpSettings {
        if (maxResponseBytes < 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("http limits must not be negative");
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(
                2 * 1024 * 1024, 5, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(5));
    }

    public HttpSettings withMaxResponseBytes(int bytes) {
        return new HttpSettings(bytes, maxRedirects, connectTimeout, defaultTimeout, maxTimeout);
    }

    public HttpSettings withMaxRedirects(int hops) {
        return new HttpSettings(maxResponseBytes, hops, connectTimeout, defaultTimeout, maxTimeout);
    }
}
