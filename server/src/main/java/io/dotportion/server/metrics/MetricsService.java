package io.dotportion.server.metrics;

import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code GET /metrics}: the Prometheus text format. Anonymous by default like {@code /health} (it shows
 * counts, durations, workflow and project ids, never payloads, secrets or hosts); with a token, 401 unless
 * the request carries {@code Authorization: Bearer <token>}, compared in constant time (digests of equal
 * length, so not even the token's length shows).
 */
public final class MetricsService implements Handler {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final String BEARER = "Bearer ";
    private final Metrics metrics;
    private final byte[] tokenDigest;

    public MetricsService(Metrics metrics, MetricsSettings settings) {
        this.metrics = metrics;
        this.tokenDigest = settings.token() == null ? null : digest(settings.token());
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        if (tokenDigest != null
                && !authorized(req.headers().first(HeaderNames.AUTHORIZATION).orElse(null))) {
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
            throw new ApiException(ApiError.UNAUTHORIZED, "a valid metrics token is required");
        }
        res.header(HeaderNames.CONTENT_TYPE, CONTENT_TYPE);
        res.send(metrics.scrape().getBytes(StandardCharsets.UTF_8));
    }

    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(
                tokenDigest, digest(header.substring(BEARER.length()).trim()));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
