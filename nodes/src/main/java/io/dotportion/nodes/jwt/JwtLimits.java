package io.dotportion.nodes.jwt;

import java.time.Duration;

/**
 * Bounds of the JWT nodes, checked at save time (lifetime, leeway) and on every request (token length).
 *
 * @param maxExpiresIn   the longest {@code expiresIn} jwtGenerate accepts (default 365 days)
 * @param maxLeeway      the largest {@code leeway} jwtVerify accepts (default 1 hour)
 * @param maxTokenLength the longest token jwtVerify reads, in characters; longer ones are refused before
 *                       any parsing (default 8192)
 */
public record JwtLimits(Duration maxExpiresIn, Duration maxLeeway, int maxTokenLength) {

    public JwtLimits {
        if (maxExpiresIn.isNegative() || maxExpiresIn.isZero() || maxLeeway.isNegative() || maxTokenLength <= 0) {
            throw new IllegalArgumentException("JWT limits must be positive");
        }
    }

    public static JwtLimits defaults() {
        return new JwtLimits(Duration.ofDays(365), Duration.ofHours(1), 8192);
    }
}
