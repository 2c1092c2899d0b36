package io.dotportion.nodes.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoConfigurationException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeError;
import java.util.regex.Pattern;

/**
 * Turns a driver failure into a node error with a stable code and a safe message (docs/ERRORS.md). No message
 * carries the driver's text: it names hosts, ports, Java classes and, for server errors, parts of the query.
 * <ul>
 *   <li>no server reachable, connection refused or reset, DNS failure, credentials refused →
 *       {@code UPSTREAM_UNAVAILABLE} (502) "database unreachable" (with "the host is not an allowed
 *       destination" when the egress policy refused a connection of the client);</li>
 *   <li>{@code maxTimeMS} exceeded → {@code TIMEOUT} when the execution's deadline set the bound (the request
 *       ran out of time), else {@code EXECUTION_FAILED} "query exceeded its time limit" (the query itself is
 *       too slow: a node failure, not the execution's deadline);</li>
 *   <li>duplicate key → {@code EXECUTION_FAILED} "duplicate key", without the key's value;</li>
 *   <li>an error the server answered → {@code EXECUTION_FAILED} "the database refused the operation" with the
 *       server's error code and code name (e.g. {@code BadValue}), never its message;</li>
 *   <li>anything else → {@code EXECUTION_FAILED} "database error" or "database request rejected".</li>
 * </ul>
 */
final class MongoErrors {
    static final String UNREACHABLE = "database unreachable";
    private static final int MAX_TIME_EXPIRED = 50;
    private static final Pattern CODE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    private MongoErrors() {}

    static NodeError map(RuntimeException error, QueryBudget budget, boolean egressRefused) {
        NodeError mapped = map(error, budget);
        return egressRefused && mapped.code() == ErrorCode.UPSTREAM_UNAVAILABLE
                ? NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE, UNREACHABLE + ": " + EgressDecision.REFUSED_MESSAGE)
                : mapped;
    }

    static NodeError map(RuntimeException error, QueryBudget budget) {
        return switch (error) {
            case MongoTimeoutException e -> NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE, UNREACHABLE);
            case MongoSocketException e -> NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE, UNREACHABLE);
            case MongoConfigurationException e -> NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE, UNREACHABLE);
            case MongoSecurityException e ->
                NodeError.of(ErrorCode.UPSTREAM_UNAVAILABLE, UNREACHABLE + ": the credentials were refused");
            case MongoExecutionTimeoutException e -> timeLimit(budget);
            case MongoException e when e.getCode() == MAX_TIME_EXPIRED -> timeLimit(budget);
            case MongoException e when isDuplicateKey(e) -> NodeError.of(ErrorCode.EXECUTION_FAILED, "duplicate key");
            case MongoCommandException e -> refused(e.getErrorCode(), e.getErrorCodeName());
            case MongoWriteException e -> refused(e.getError().getCode(), null);
            case MongoBulkWriteException e ->
                refused(
                        e.getWriteErrors().isEmpty()
                                ? e.getCode()
                                : e.getWriteErrors().getFirst().getCode(),
                        null);
            case MongoException e -> NodeError.of(ErrorCode.EXECUTION_FAILED, "database error");
            default -> NodeError.of(ErrorCode.EXECUTION_FAILED, "database request rejected");
        };
    }

    private static NodeError timeLimit(QueryBudget budget) {
        return budget.deadlineBound()
                ? NodeError.of(ErrorCode.TIMEOUT, "execution time limit passed")
                : NodeError.of(
                        ErrorCode.EXECUTION_FAILED, "query exceeded its time limit of " + budget.maxTimeMs() + " ms");
    }

    private static NodeError refused(int code, String codeName) {
        String name = codeName != null && CODE_NAME.matcher(codeName).matches() ? codeName + ", " : "";
        return NodeError.of(
                ErrorCode.EXECUTION_FAILED, "the database refused the operation (" + name + "code " + code + ")");
    }

    private static boolean isDuplicateKey(MongoException e) {
        return switch (e) {
            case MongoWriteException w -> w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
            case MongoBulkWriteException b ->
                b.getWriteErrors().stream().anyMatch(w -> w.getCategory() == ErrorCategory.DUPLICATE_KEY);
            default -> ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY;
        };
    }
}
