package io.dotportion.core.limit;

import java.time.Duration;

/** Every runtime limit (docs/WORKFLOWS.md, "Limits"), explicit and configurable. */
public record Limits(
        long maxBodyBytes,
        Duration executionTimeout,
        Duration scriptTimeout,
        long scriptStatementLimit,
        int loopMaxIterations,
        Duration queryTimeout,
        int queryMaxDocuments,
        int traceBytesPerNode,
        Duration logRetention) {

    public static Limits defaults() {
        return new Limits(
                1024 * 1024,
                Duration.ofSeconds(10),
                Duration.ofSeconds(1),
                10_000_000,
                1000,
                Duration.ofSeconds(5),
                1000,
                64 * 1024,
                Duration.ofDays(7));
    }

    public Limits withExecutionTimeout(Duration d) {
        return new Limits(
                maxBodyBytes,
                d,
                scriptTimeout,
                scriptStatementLimit,
                loopMaxIterations,
                queryTimeout,
                queryMaxDocuments,
                traceBytesPerNode,
                logRetention);
    }

    public Limits withScriptTimeout(Duration d) {
        return new Limits(
                maxBodyBytes,
                executionTimeout,
                d,
                scriptStatementLimit,
                loopMaxIterations,
                queryTimeout,
                queryMaxDocuments,
                traceBytesPerNode,
                logRetention);
    }

    public Limits withScriptStatementLimit(long n) {
        return new Limits(
                maxBodyBytes,
                executionTimeout,
                scriptTimeout,
                n,
                loopMaxIterations,
                queryTimeout,
                queryMaxDocuments,
                traceBytesPerNode,
                logRetention);
    }

    public Limits withLoopMaxIterations(int n) {
        return new Limits(
                maxBodyBytes,
                executionTimeout,
                scriptTimeout,
                scriptStatementLimit,
                n,
                queryTimeout,
                queryMaxDocuments,
                traceBytesPerNode,
                logRetention);
    }

    public Limits withMaxBodyBytes(long n) {
        return new Limits(
                n,
                executionTimeout,
                scriptTimeout,
                scriptStatementLimit,
                loopMaxIterations,
                queryTimeout,
                queryMaxDocuments,
                traceBytesPerNode,
                logRetention);
    }

    public Limits withTraceBytesPerNode(int n) {
        return new Limits(
                maxBodyBytes,
                executionTimeout,
                scriptTimeout,
                scriptStatementLimit,
                loopMaxIterations,
                queryTimeout,
                queryMaxDocuments,
                n,
                logRetention);
    }
}
