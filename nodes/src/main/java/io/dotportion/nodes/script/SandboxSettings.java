package io.dotportion.nodes.script;

import io.dotportion.core.engine.Limits;

/**
 * Limits of one {@link JsSandbox}.
 *
 * @param poolSize       most contexts alive at once, and the number of platform worker threads running
 *                       scripts (each runs one script at a time); both created on demand
 * @param statementLimit most JavaScript statements one run may execute (from {@link Limits#scriptStatementLimit()})
 * @param maxResultChars largest result a script may return, measured as the length of its JSON text
 */
public record SandboxSettings(int poolSize, long statementLimit, int maxResultChars) {

    /** Default {@link #maxResultChars}: 8 Mi characters of JSON. */
    public static final int DEFAULT_MAX_RESULT_CHARS = 8 * 1024 * 1024;

    public SandboxSettings {
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, was " + poolSize);
        }
        if (statementLimit < 1) {
            throw new IllegalArgumentException("statementLimit must be at least 1, was " + statementLimit);
        }
        if (maxResultChars < 16) {
            throw new IllegalArgumentException("maxResultChars must be at least 16, was " + maxResultChars);
        }
    }

    /** Settings following the platform limits, with a pool of twice the processor count (at least 4). */
    public static SandboxSettings of(Limits limits) {
        return new SandboxSettings(defaultPoolSize(), limits.scriptStatementLimit(), DEFAULT_MAX_RESULT_CHARS);
    }

    public static SandboxSettings defaults() {
        return of(Limits.defaults());
    }

    public SandboxSettings withPoolSize(int n) {
        return new SandboxSettings(n, statementLimit, maxResultChars);
    }

    public SandboxSettings withStatementLimit(long n) {
        return new SandboxSettings(poolSize, n, maxResultChars);
    }

    public SandboxSettings withMaxResultChars(int n) {
        return new SandboxSettings(poolSize, statementLimit, n);
    }

    private static int defaultPoolSize() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }
}
