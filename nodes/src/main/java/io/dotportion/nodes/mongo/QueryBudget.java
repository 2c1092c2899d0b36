package io.dotportion.nodes.mongo;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeFailure;
import java.time.Duration;
import java.util.List;

/**
 * What one query may spend: {@code maxTimeMs} is the smaller of the query limit and the time left in the
 * execution ({@code deadlineBound} says the execution's deadline was the smaller one), and at most
 * {@code maxDocuments} documents are read or inserted: a read that finds more fails, it is never cut.
 */
record QueryBudget(long maxTimeMs, boolean deadlineBound, int maxDocuments) {

    static QueryBudget of(NodeContext context) {
        Duration limit = context.limits().queryTimeout();
        Duration remaining = context.remaining();
        if (remaining.isZero() || remaining.isNegative()) {
            throw new NodeFailure(ErrorCode.TIMEOUT, "execution time limit passed");
        }
        boolean deadlineBound = remaining.compareTo(limit) < 0;
        long ms = Math.max(1, (deadlineBound ? remaining : limit).toMillis());
        return new QueryBudget(ms, deadlineBound, Math.max(1, context.limits().queryMaxDocuments()));
    }

    /**
     * The documents read, as an immutable list, when there are at most {@link #maxDocuments}; more is a failure
     * ({@code EXECUTION_FAILED}, 500) with {@code message}, which names the cap and what to change.
     */
    List<Object> withinCap(List<Object> documents, String message) {
        if (documents.size() > maxDocuments) {
            throw new NodeFailure(ErrorCode.EXECUTION_FAILED, message);
        }
        return List.copyOf(documents);
    }
}
