package io.dotportion.nodes.password;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.template.ValueTemplate;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** A compiled {@code hash} operation: outputs {@code {"hash": "$argon2id$..."}} of the password. */
final class HashHandler implements NodeHandler {
    private final ValueTemplate password;
    private final Argon2Cost cost;
    private final PasswordLimits limits;
    private final PasswordWorkers workers;
    private final SecureRandom random;

    HashHandler(
            ValueTemplate password,
            Argon2Cost cost,
            PasswordLimits limits,
            PasswordWorkers workers,
            SecureRandom random) {
        this.password = password;
        this.cost = cost;
        this.limits = limits;
        this.workers = workers;
        this.random = random;
    }

    @Override
    public NodeOutcome execute(NodeContext context) {
        Object value = context.evaluate(password);
        if (value instanceof String text) {
            context.sensitive(PasswordNode.PASSWORD, text);
        }
        byte[] bytes = Candidates.bytes(value, limits);
        if (bytes == null) {
            return NodeOutcome.fail(
                    ErrorCode.INVALID_REQUEST,
                    "password must be a non-empty text of at most " + limits.maxPasswordBytes() + " bytes");
        }
        try {
            Argon2Hash hash = workers.run(() -> Hashes.hash(bytes, cost, random), context.remaining());
            return NodeOutcome.next(Map.of(PasswordNode.HASH, hash.encode()));
        } catch (TimeoutException e) {
            return NodeOutcome.fail(ErrorCode.TIMEOUT, "the password was not hashed within the execution's time");
        }
    }
}
