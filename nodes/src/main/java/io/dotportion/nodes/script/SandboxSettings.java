package io.dotportion.nodes.script;

import io.dotportion.core.limit.Limits;
import java.time.Duration;

/**
 * Limits of one {@link JsSandbox}.
 *
 * @param poolSize       most contexts alive at once, and the number of platform worker threads running
 *                       scripts (each runs one script at a time); both created on demand
 * @param statementLimit most JavaScript statements one run may execute (from {@link Limits#scriptStatementLimit()})
 * @param maxResultChars largest result a script may return, measured as the length of its JSON text
 *                       (escapes not counted)
 * @param prewarm        create the pool's contexts in the background at start, and evaluate each prepared
 *                       script into the idle contexts in the background, so first runs do not pay for it
 * @param tenantRuns     most runs of one tenant (project) at once; its further runs wait, within their deadline
 * @param maxAllocation  most bytes one run may allocate on the heap per started second of its time limit
 *                       (counted, not retained: garbage counts)
 * @param cancelGrace    how long a cancelled run may take to stop before its context and worker are
 *                       written off (answered at once, replaced, and left to end on their own)
 */
public record SandboxSettings(
        int poolSize,
        long statementLimit,
        int maxResultChars,
        boolean prewarm,
        int tenantRuns,
        long maxAllocation,
        Duration cancelGrace) {

    /** Default {@link #maxResultChars}: 8 Mi characters of JSON. */
    public static final int DEFAULT_MAX_RESULT_CHARS = 8 * 1024 * 1024;
    /**
     * Default {@link #maxAllocation}: 1 GiB. Garbage counts, and an interpreted loop churns 150 to 250 MB a
     * second, so this stops a single run's churn; what runs keep is bounded by the heap-pressure check.
     */
    public static final long DEFAULT_MAX_ALLOCATION = 1024L * 1024 * 1024;
    /** Default {@link #cancelGrace}. */
    public static final Duration DEFAULT_CANCEL_GRACE = Duration.ofMillis(500);

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
        if (tenantRuns < 1) {
            throw new IllegalArgumentException("tenantRuns must be at least 1, was " + tenantRuns);
        }
        if (maxAllocation < 1024 * 1024) {
            throw new IllegalArgumentException("maxAllocation must be at least 1 MiB, was " + maxAllocation);
        }
        if (cancelGrace.isNegative() || cancelGrace.isZero()) {
            throw new IllegalArgumentException("cancelGrace must be positive");
        }
    }

    /**
     * Settings for a server following the platform limits: a pool of twice the processor count (at least 4),
     * pre-warmed, half of it for one tenant.
     */
    public static SandboxSettings of(Limits limits) {
        int size = defaultPoolSize();
        return new SandboxSettings(
                size,
                limits.scriptStatementLimit(),
                DEFAULT_MAX_RESULT_CHARS,
                true,
                defaultTenantRuns(size),
                DEFAULT_MAX_ALLOCATION,
                DEFAULT_CANCEL_GRACE);
    }

    /** The default limits with contexts created on demand only (tests and tools, where start-up work is waste). */
    public static SandboxSettings defaults() {
        return of(Limits.defaults()).withPrewarm(false);
    }

    /** This pool size, and half of it (at least one) for one tenant. */
    public SandboxSettings withPoolSize(int n) {
        return new SandboxSettings(
                n, statementLimit, maxResultChars, prewarm, defaultTenantRuns(n), maxAllocation, cancelGrace);
    }

    public SandboxSettings withStatementLimit(long n) {
        return new SandboxSettings(poolSize, n, maxResultChars, prewarm, tenantRuns, maxAllocation, cancelGrace);
    }

    public SandboxSettings withMaxResultChars(int n) {
        return new SandboxSettings(poolSize, statementLimit, n, prewarm, tenantRuns, maxAllocation, cancelGrace);
    }

    public SandboxSettings withPrewarm(boolean on) {
        return new SandboxSettings(
                poolSize, statementLimit, maxResultChars, on, tenantRuns, maxAllocation, cancelGrace);
    }

    public SandboxSettings withTenantRuns(int n) {
        return new SandboxSettings(poolSize, statementLimit, maxResultChars, prewarm, n, maxAllocation, cancelGrace);
    }

    public SandboxSettings withMaxAllocation(long bytes) {
        return new SandboxSettings(poolSize, statementLimit, maxResultChars, prewarm, tenantRuns, bytes, cancelGrace);
    }

    public SandboxSettings withCancelGrace(Duration grace) {
        return new SandboxSettings(poolSize, statementLimit, maxResultChars, prewarm, tenantRuns, maxAllocation, grace);
    }

    private static int defaultPoolSize() {
        return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }

    private static int defaultTenantRuns(int poolSize) {
        return Math.max(1, poolSize / 2);
    }
}
