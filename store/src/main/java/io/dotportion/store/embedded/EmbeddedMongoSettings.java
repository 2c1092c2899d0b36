package io.dotportion.store.embedded;

import java.time.Duration;

/**
 * Tuning of the embedded store's file. A commit per write appends a chunk per write and leaves many
 * sparsely used chunks behind, so every {@code compactInterval} the chunks filled below
 * {@code compactFillRate} percent are rewritten, at most about {@code compactWriteBytes} per pass,
 * and once no more than {@code compactFillRate} percent of the file is in use the live chunks are
 * moved together and the file is truncated (see {@code StoreFile#compact}).
 */
public record EmbeddedMongoSettings(Duration compactInterval, int compactFillRate, int compactWriteBytes) {

    public EmbeddedMongoSettings {
        if (compactInterval.isNegative() || compactInterval.isZero()) {
            throw new IllegalArgumentException("compactInterval must be positive");
        }
        if (compactFillRate < 1 || compactFillRate > 100) {
            throw new IllegalArgumentException("compactFillRate must be between 1 and 100");
        }
        if (compactWriteBytes < 1) {
            throw new IllegalArgumentException("compactWriteBytes must be positive");
        }
    }

    public static EmbeddedMongoSettings defaults() {
        return new EmbeddedMongoSettings(Duration.ofSeconds(1), 50, 1 << 20);
    }
}
