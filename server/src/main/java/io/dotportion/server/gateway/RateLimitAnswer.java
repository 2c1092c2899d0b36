package io.dotportion.server.gateway;

import io.dotportion.core.port.Project;
import io.dotportion.core.value.Json;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rate-limit headers ({@code RateLimit-*} when standard headers are on, {@code X-RateLimit-*} when legacy
 * headers are on) and the 429 answer with {@code Retry-After} and the project's message.
 */
final class RateLimitAnswer {
    private RateLimitAnswer() {}

    static void headers(ServerResponse res, Project.RateLimit settings, RateLimiter.Decision decision, Instant now) {
        long resetSeconds = secondsUntil(decision.resetAt(), now);
        if (settings.standardHeaders()) {
            res.header("RateLimit-Limit", String.valueOf(decision.limit()));
            res.header("RateLimit-Remaining", String.valueOf(decision.remaining()));
            res.header("RateLimit-Reset", String.valueOf(resetSeconds));
        }
        if (settings.legacyHeaders()) {
            res.header("X-RateLimit-Limit", String.valueOf(decision.limit()));
            res.header("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
            res.header("X-RateLimit-Reset", String.valueOf((decision.resetAt().toEpochMilli() + 999) / 1000));
        }
    }

    static void refuse(
            ServerResponse res, Project.RateLimit settings, RateLimiter.Decision decision, Instant now, boolean head) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "RATE_LIMITED");
        body.put("message", settings.message());
        res.status(429);
        res.header(HeaderNames.RETRY_AFTER, String.valueOf(secondsUntil(decision.resetAt(), now)));
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        GatewayAnswer.send(res, Json.write(body).getBytes(StandardCharsets.UTF_8), head);
    }

    private static long secondsUntil(Instant end, Instant now) {
        long ms = Math.max(0, end.toEpochMilli() - now.toEpochMilli());
        return Math.max(1, (ms + 999) / 1000);
    }
}
