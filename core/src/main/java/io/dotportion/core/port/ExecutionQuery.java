package io.dotportion.core.port;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Which logged runs to list, newest first: each filter applies when not null. {@code from} (inclusive) and
 * {@code to} (exclusive) bound the run's start; {@code after} is where the previous page ended (only runs
 * strictly older than it are listed); at most {@code limit} runs. Start times are kept to the millisecond, so
 * the bounds are cut to the millisecond too.
 */
public record ExecutionQuery(
        String workflowId,
        Integer version,
        String status,
        HttpStatusRange httpStatus,
        String kind,
        Instant from,
        Instant to,
        ExecutionKey after,
        int limit) {

    /** An inclusive range of HTTP statuses: one status, or a class such as 400..499. */
    public record HttpStatusRange(int min, int max) {
        public HttpStatusRange {
            if (min > max) {
                throw new IllegalArgumentException("min must not be above max");
            }
        }

        public boolean contains(int status) {
            return status >= min && status <= max;
        }
    }

    public ExecutionQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        from = millis(from);
        to = millis(to);
    }

    /** The newest {@code limit} runs, unfiltered. */
    public static ExecutionQuery newest(int limit) {
        return new ExecutionQuery(null, null, null, null, null, null, null, null, limit);
    }

    public ExecutionQuery withWorkflow(String id) {
        return new ExecutionQuery(id, version, status, httpStatus, kind, from, to, after, limit);
    }

    public ExecutionQuery withVersion(Integer v) {
        return new ExecutionQuery(workflowId, v, status, httpStatus, kind, from, to, after, limit);
    }

    public ExecutionQuery withStatus(String s) {
        return new ExecutionQuery(workflowId, version, s, httpStatus, kind, from, to, after, limit);
    }

    public ExecutionQuery withHttpStatus(HttpStatusRange range) {
        return new ExecutionQuery(workflowId, version, status, range, kind, from, to, after, limit);
    }

    public ExecutionQuery withKind(String k) {
        return new ExecutionQuery(workflowId, version, status, httpStatus, k, from, to, after, limit);
    }

    public ExecutionQuery between(Instant start, Instant end) {
        return new ExecutionQuery(workflowId, version, status, httpStatus, kind, start, end, after, limit);
    }

    public ExecutionQuery after(ExecutionKey key) {
        return new ExecutionQuery(workflowId, version, status, httpStatus, kind, from, to, key, limit);
    }

    public ExecutionQuery withLimit(int n) {
        return new ExecutionQuery(workflowId, version, status, httpStatus, kind, from, to, after, n);
    }

    /** Whether a run (of the project listed) passes every filter and comes after the page's start. */
    public boolean matches(ExecutionRecord run) {
        return (workflowId == null || workflowId.equals(run.workflowId()))
                && (version == null || version.equals(run.version()))
                && (status == null || status.equals(run.status()))
                && (httpStatus == null || httpStatus.contains(run.httpStatus()))
                && (kind == null || kind.equals(run.kind()))
                && (from == null || !run.startedAt().isBefore(from))
                && (to == null || run.startedAt().isBefore(to))
                && (after == null || after.isBefore(run));
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
