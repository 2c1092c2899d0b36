package io.dotportion.core.port;

import java.time.Instant;

/**
 * An opaque bearer token, stored only as the SHA-256 hash of its value. {@code kind} is "session"
 * (made by login) or "personal" (made by the user for scripts); {@code scope} is "full" or "read".
 */
public record ApiToken(
        String id,
        String userId,
        String name,
        String kind,
        String scope,
        String tokenHash,
        Instant createdAt,
        Instant expiresAt,
        boolean revoked) {}
