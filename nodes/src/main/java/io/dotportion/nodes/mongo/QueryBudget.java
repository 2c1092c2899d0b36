package io.dotportion.nodes.mongo;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeFailure;
import java.time.Duration;

/**
 * What one query may spend: {@code maxTimeMs} is the smaller of the query limit and the time left in the
 * execution ({@code deadlineBound} says the execution's deadline was the smaller one), and at most
 * {@code maxDocuments} documents are read or inserted.
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

    /** The limit to read with: the requested one, never more than the cap (0 means "up to the cap"). */
    int cappedLimit(int requested) {
        return requested <= 0 ? maxDocuments : Math.min(requested, maxDocuments);
    }
}
