package io.dotportion.nodes.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoConfigurationException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeError;

/**
 * Turns a driver failure into a node error with a stable code and a safe message (SPEC §3):
 * <ul>
 *   <li>no server reachable, connection refused or reset, DNS failure, credentials refused →
 *       {@code UPSTREAM_UNAVAILABLE} (502) "database unreachable";</li>
 *   <li>{@code maxTimeMS} exceeded → {@code TIMEOUT} when the execution's deadline set the bound (the request
 *       ran out of time), else {@code EXECUTION_FAILED} "query exceeded its time limit" (the query itself is
 *       too slow: a node failure, not the execution's deadline);</li>
 *   <li>duplicate key → {@code EXECUTION_FAILED} "duplicate key", without the key's value;</li>
 *   <li>anything else → {@code EXECUTION_FAILED} with the driver's message, scrubbed of connection details
 *       and shortened.</li>
 * </ul>
 */
final class MongoErrors {
    static final String UNREACHABLE = "database unreachable";
    static final int MAX_MESSAGE_LENGTH = 300;
    private static final int MAX_TIME_EXPIRED = 50;

    private MongoErrors() {
    }

    static NodeError map(RuntimeException error, Scrubber scrubber, QueryBudget budget) {
        return switch (error) {
            case MongoTimeoutException e -> NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE, UNREACHABLE);
            case MongoSocketException e -> NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE, UNREACHABLE);
            case MongoConfigurationException e -> NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE, UNREACHABLE);
            case MongoSecurityException e -> NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE,
                    UNREACHABLE + ": the credentials were refused");
            case MongoExecutionTimeoutException e -> timeLimit(budget);
            case MongoException e when e.getCode() == MAX_TIME_EXPIRED -> timeLimit(budget);
            case MongoException e when isDuplicateKey(e) -> NodeError.of(ErrorCode.EXECUTION_FAILED, "duplicate key");
            case MongoException e -> failed("database error", e, scrubber);
            default -> failed("database request rejected", error, scrubber);
        };
    }

    private static NodeError timeLimit(QueryBudget budget) {
        return budget.deadlineBound() ? NodeError.of(ErrorCode.TIMEOUT, "execution time limit passed")
                : NodeError.of(ErrorCode.EXECUTION_FAILED,
                        "query exceeded its time limit of " + budget.maxTimeMs() + " ms");
    }

    private static boolean isDuplicateKey(MongoException e) {
        return switch (e) {
            case MongoWriteException w -> w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
            case MongoBulkWriteException b -> b.getWriteErrors().stream()
                    .anyMatch(w -> w.getCategory() == ErrorCategory.DUPLICATE_KEY);
            default -> ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY;
        };
    }

    private static NodeError failed(String prefix, RuntimeException e, Scrubber scrubber) {
        String message = scrubber.scrub(e.getMessage());
        if (message.length() > MAX_MESSAGE_LENGTH) {
            message = message.substring(0, MAX_MESSAGE_LENGTH) + "...";
        }
        return NodeError.of(ErrorCode.EXECUTION_FAILED, message.isBlank() ? prefix : prefix + ": " + message);
    }
}
