package io.dotportion.core.port;

import java.time.Instant;

/**
 * A project's data keyset, encrypted by a master key. {@code masterKeyId} names the master key that
 * wrapped it; {@code revision} grows with every rewrap so that a rewrap can be conditional.
 */
public record WrappedKeyset(
        String projectId, String masterKeyId, byte[] wrapped, int revision, Instant createdAt, Instant rewrappedAt) {

    @Override
    public String toString() {
        return "WrappedKeyset[projectId=" + projectId + ", masterKeyId=" + masterKeyId + ", revision=" + revision + "]";
    }
}
