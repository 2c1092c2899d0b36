package io.dotportion.server.execution;

import io.dotportion.core.port.ExecutionKey;
import io.dotportion.core.port.ExecutionQuery;
import io.dotportion.core.port.ExecutionQuery.HttpStatusRange;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.helidon.common.uri.UriQuery;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The query of {@code GET /v1/projects/{pid}/executions} as an {@link ExecutionQuery}: {@code workflowId},
 * {@code version}, {@code status} (ok, error), {@code httpStatus} (one status, or a class such as 4xx),
 * {@code kind} (deployed, test), {@code from}/{@code to} (ISO-8601 instants; from inclusive, to exclusive),
 * {@code limit} (1..500, 50 by default) and {@code cursor}. A parameter that is unknown, repeated or malformed
 * is a 400 INVALID_INPUT naming every one in {@code details}, never ignored (a typo would list everything).
 */
final class ExecutionFilters {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final List<String> NAMES =
            List.of("workflowId", "version", "status", "httpStatus", "kind", "from", "to", "limit", "cursor");
    private static final Set<String> STATUSES = Set.of("ok", "error");
    private static final Set<String> KINDS = Set.of("deployed", "test");
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{24}");
    private static final Pattern STATUS_CLASS = Pattern.compile("([1-5])[xX][xX]");

    private final UriQuery query;
    private final List<Map<String, String>> problems = new ArrayList<>();

    private ExecutionFilters(UriQuery query) {
        this.query = query;
    }

    static ExecutionQuery parse(UriQuery query) {
        return new ExecutionFilters(query).read();
    }

    private ExecutionQuery read() {
        for (String name : query.names()) {
            if (!NAMES.contains(name)) {
                problem(name, "unknown parameter; known: " + String.join(", ", NAMES));
            } else if (query.all(name).size() > 1) {
                problem(name, "given more than once");
            }
        }
        String workflowId = value("workflowId", ExecutionFilters::workflowId);
        Integer version = value("version", raw -> number(raw, 1, Integer.MAX_VALUE));
        String status = value("status", raw -> oneOf(raw, STATUSES));
        HttpStatusRange httpStatus = value("httpStatus", ExecutionFilters::httpStatus);
        String kind = value("kind", raw -> oneOf(raw, KINDS));
        Instant from = value("from", ExecutionFilters::instant);
        Instant to = value("to", ExecutionFilters::instant);
        Integer limit = value("limit", raw -> number(raw, 1, MAX_LIMIT));
        ExecutionKey after = value("cursor", ExecutionCursor::decode);
        if (from != null && to != null && !from.isBefore(to)) {
            problem("to", "must be after from");
        }
        if (!problems.isEmpty()) {
            throw new ApiException(ApiError.INVALID_INPUT, message(), Map.of("details", List.copyOf(problems)));
        }
        return new ExecutionQuery(
                workflowId, version, status, httpStatus, kind, from, to, after, limit == null ? DEFAULT_LIMIT : limit);
    }

    /** The parameter read by {@code parse} (which throws IllegalArgumentException with the reason), or null. */
    private <T> T value(String name, Function<String, T> parse) {
        List<String> all = query.contains(name) ? query.all(name) : List.of();
        if (all.size() != 1) {
            return null;
        }
        try {
            return parse.apply(all.getFirst().strip());
        } catch (IllegalArgumentException e) {
            problem(name, e.getMessage());
            return null;
        }
    }

    private void problem(String field, String reason) {
        problems.add(Map.of("field", field, "reason", reason));
    }

    private String message() {
        List<String> parts = problems.stream()
                .map(p -> p.get("field") + ": " + p.get("reason"))
                .toList();
        return "invalid executions query: " + String.join("; ", parts);
    }

    private static String workflowId(String raw) {
        if (!ID.matcher(raw).matches()) {
            throw new IllegalArgumentException("must be a workflow id (24 hex digits)");
        }
        return raw.toLowerCase(Locale.ROOT);
    }

    private static int number(String raw, int min, int max) {
        try {
            int n = Integer.parseInt(raw);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(
                max == Integer.MAX_VALUE
                        ? "must be a whole number of at least " + min
                        : "must be a whole number between " + min + " and " + max);
    }

    private static String oneOf(String raw, Set<String> allowed) {
        if (!allowed.contains(raw)) {
            throw new IllegalArgumentException("must be one of "
                    + String.join(", ", allowed.stream().sorted().toList()));
        }
        return raw;
    }

    private static HttpStatusRange httpStatus(String raw) {
        var statusClass = STATUS_CLASS.matcher(raw);
        if (statusClass.matches()) {
            int hundreds = Integer.parseInt(statusClass.group(1)) * 100;
            return new HttpStatusRange(hundreds, hundreds + 99);
        }
        if (raw.matches("[1-5][0-9][0-9]")) {
            int status = Integer.parseInt(raw);
            return new HttpStatusRange(status, status);
        }
        throw new IllegalArgumentException("must be a status from 100 to 599 or a class 1xx to 5xx");
    }

    private static Instant instant(String raw) {
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 instant such as 2025-01-31T10:00:00Z");
        }
    }
}
