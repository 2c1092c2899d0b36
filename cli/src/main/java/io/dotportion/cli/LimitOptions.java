package io.dotportion.cli;

import io.dotportion.core.limit.Limits;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Every runtime limit (docs/WORKFLOWS.md#limits) as a command-line option; defaults are {@link Limits#defaults()}. */
final class LimitOptions {
    private static final Limits DEFAULTS = Limits.defaults();

    @Option(names = "--max-body-bytes", description = "Largest request body accepted by endpoints (default 1 MiB).")
    Long maxBodyBytes;

    @Option(names = "--execution-timeout-ms", description = "Time limit of one execution (default 10000).")
    Long executionTimeoutMs;

    @Option(names = "--script-timeout-ms", description = "Time limit of one Logic/Condition script (default 1000).")
    Long scriptTimeoutMs;

    @Option(names = "--script-statement-limit", description = "Statements one script may run (default 10000000).")
    Long scriptStatementLimit;

    @Option(names = "--loop-max-iterations", description = "Iterations one Loop node may run (default 1000).")
    Integer loopMaxIterations;

    @Option(names = "--query-timeout-ms", description = "Time limit of one database query (default 5000).")
    Long queryTimeoutMs;

    @Option(names = "--query-max-documents", description = "Documents one query may return (default 1000).")
    Integer queryMaxDocuments;

    @Option(
            names = "--trace-bytes-per-node",
            description = "Size cap of a node's input/output in traces (default 65536).")
    Integer traceBytesPerNode;

    @Option(names = "--log-retention-days", description = "How long execution logs are kept (default 7).")
    Integer logRetentionDays;

    Limits toLimits() {
        return new Limits(
                or(maxBodyBytes, DEFAULTS.maxBodyBytes()),
                ms(executionTimeoutMs, DEFAULTS.executionTimeout()),
                ms(scriptTimeoutMs, DEFAULTS.scriptTimeout()),
                or(scriptStatementLimit, DEFAULTS.scriptStatementLimit()),
                or(loopMaxIterations, DEFAULTS.loopMaxIterations()),
                ms(queryTimeoutMs, DEFAULTS.queryTimeout()),
                or(queryMaxDocuments, DEFAULTS.queryMaxDocuments()),
                or(traceBytesPerNode, DEFAULTS.traceBytesPerNode()),
                logRetentionDays == null ? DEFAULTS.logRetention() : Duration.ofDays(logRetentionDays));
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static Duration ms(Long value, Duration fallback) {
        return value == null ? fallback : Duration.ofMillis(value);
    }
}
