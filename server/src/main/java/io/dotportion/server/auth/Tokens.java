package io.dotportion.server.auth;

import io.dotportion.core.port.ApiToken;
import io.dotportion.core.port.TokenStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Opaque bearer tokens: 32 random bytes shown once, stored only as their SHA-256. */
public final class Tokens {
    private static final int TOKEN_BYTES = 32;

    /** A freshly made token and its value (the only time the value exists outside the caller). */
    public record Issued(ApiToken token, String value) {}

    private final TokenStore store;
    private final Clock clock;
    private final SecureRandom random;
    private final Duration sessionTtl;

    public Tokens(TokenStore store, Clock clock, SecureRandom random, Duration sessionTtl) {
        this.store = store;
        this.clock = clock;
        this.random = random;
        this.sessionTtl = sessionTtl;
    }

    public Duration sessionTtl() {
        return sessionTtl;
    }

    public Issued issueSession(String userId) {
        Instant now = clock.instant();
        return issue(userId, "session", "session", "full", now.plus(sessionTtl));
    }

    public Issued issuePersonal(String userId, String name, String scope, Instant expiresAt) {
        return issue(userId, name, "personal", scope, expiresAt);
    }

    /** The live token with this value: known, not revoked and not expired. */
    public Optional<ApiToken> verify(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.byHash(hash(value))
                .filter(t -> !t.revoked())
                .filter(t -> t.expiresAt() == null || t.expiresAt().isAfter(now));
    }

    public boolean revoke(String userId, String tokenId) {
        return store.revoke(userId, tokenId);
    }

    public List<ApiToken> list(String userId) {
        return store.listByUser(userId);
    }

    public Instant now() {
        return clock.instant();
    }

    private Issued issue(String userId, String name, String kind, String scope, Instant expiresAt) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ApiToken stored = store.create(
                new ApiToken(null, userId, name, kind, scope, hash(value), clock.instant(), expiresAt, false));
        return new Issued(stored, value);
    }

    static String hash(String value) {
        return HexFormat.of().formatHex(sha256(value.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
