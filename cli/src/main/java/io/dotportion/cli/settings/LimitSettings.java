package io.dotportion.cli.settings;

import static io.dotportion.cli.settings.ValueTypes.integer;
import static io.dotportion.cli.settings.ValueTypes.longInteger;
import static io.dotportion.cli.settings.ValueTypes.millis;

import io.dotportion.core.limit.Limits;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/** The runtime limits of executions (docs/WORKFLOWS.md#limits); defaults are {@link Limits#defaults()}. */
public final class LimitSettings {
    private static final Limits D = Limits.defaults();
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    public static final Setting<Long> MAX_BODY_BYTES = limit(
            "limits.max-body-bytes",
            "--max-body-bytes",
            longInteger(1, 1L << 30),
            D.maxBodyBytes(),
            "Largest request body endpoints (`/api`) accept.",
            Limits::withMaxBodyBytes);

    public static final Setting<Duration> EXECUTION_TIMEOUT = limit(
            "limits.execution-timeout-ms",
            "--execution-timeout-ms",
            millis(1, DAY_MS),
            D.executionTimeout().toMillis(),
            "Time limit of one execution.",
            Limits::withExecutionTimeout);

    public static final Setting<Duration> SCRIPT_TIMEOUT = limit(
            "limits.script-timeout-ms",
            "--script-timeout-ms",
            millis(1, DAY_MS),
            D.scriptTimeout().toMillis(),
            "Time limit of one Logic or Condition script.",
            Limits::withScriptTimeout);

    public static final Setting<Long> SCRIPT_STATEMENT_LIMIT = limit(
            "limits.script-statement-limit",
            "--script-statement-limit",
            longInteger(1, Long.MAX_VALUE),
            D.scriptStatementLimit(),
            "Statements one script may run.",
            Limits::withScriptStatementLimit);

    public static final Setting<Integer> LOOP_MAX_ITERATIONS = limit(
            "limits.loop-max-iterations",
            "--loop-max-iterations",
            integer(1, Integer.MAX_VALUE),
            D.loopMaxIterations(),
            "Iterations one Loop node may run.",
            Limits::withLoopMaxIterations);

    public static final Setting<Duration> QUERY_TIMEOUT = limit(
            "limits.query-timeout-ms",
            "--query-timeout-ms",
            millis(1, DAY_MS),
            D.queryTimeout().toMillis(),
            "Time limit of one database query.",
            (l, v) -> new Limits(
                    l.maxBodyBytes(),
                    l.executionTimeout(),
                    l.scriptTimeout(),
                    l.scriptStatementLimit(),
                    l.loopMaxIterations(),
                    v,
                    l.queryMaxDocuments(),
                    l.traceBytesPerNode(),
                    l.logRetention()));

    public static final Setting<Integer> QUERY_MAX_DOCUMENTS = limit(
            "limits.query-max-documents",
            "--query-max-documents",
            integer(1, Integer.MAX_VALUE),
            D.queryMaxDocuments(),
            "Documents one query may return.",
            (l, v) -> new Limits(
                    l.maxBodyBytes(),
                    l.executionTimeout(),
                    l.scriptTimeout(),
                    l.scriptStatementLimit(),
                    l.loopMaxIterations(),
                    l.queryTimeout(),
                    v,
                    l.traceBytesPerNode(),
                    l.logRetention()));

    public static final Setting<Integer> TRACE_BYTES_PER_NODE = limit(
            "limits.trace-bytes-per-node",
            "--trace-bytes-per-node",
            integer(64, Integer.MAX_VALUE),
            D.traceBytesPerNode(),
            "Size cap of a node's input and output in traces.",
            Limits::withTraceBytesPerNode);

    public static final Setting<Duration> LOG_RETENTION = limit(
            "limits.log-retention-days",
            "--log-retention-days",
            ValueTypes.days(1, 3650),
            D.logRetention().toDays(),
            "How long execution logs are kept.",
            (l, v) -> new Limits(
                    l.maxBodyBytes(),
                    l.executionTimeout(),
                    l.scriptTimeout(),
                    l.scriptStatementLimit(),
                    l.loopMaxIterations(),
                    l.queryTimeout(),
                    l.queryMaxDocuments(),
                    l.traceBytesPerNode(),
                    v));

    private LimitSettings() {}

    static List<Setting<?>> all() {
        return List.of(
                MAX_BODY_BYTES,
                EXECUTION_TIMEOUT,
                SCRIPT_TIMEOUT,
                SCRIPT_STATEMENT_LIMIT,
                LOOP_MAX_ITERATIONS,
                QUERY_TIMEOUT,
                QUERY_MAX_DOCUMENTS,
                TRACE_BYTES_PER_NODE,
                LOG_RETENTION);
    }

    private static <T> Setting<T> limit(
            String key,
            String flag,
            ValueType<T> type,
            Object defaultValue,
            String description,
            BiFunction<Limits, T, Limits> change) {
        return Setting.serve(
                key,
                flag,
                type,
                String.valueOf(defaultValue),
                description,
                (b, v) -> b.limits(change.apply(b.limits(), v)));
    }
}
