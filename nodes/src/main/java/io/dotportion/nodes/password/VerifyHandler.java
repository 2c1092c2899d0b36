package io.dotportion.nodes.password;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.template.ValueTemplate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

/**
 * A compiled {@code verify} operation: outputs {@code {"valid": bool, "needsRehash": bool}}. A stored hash that is
 * missing or not an Argon2 or bcrypt hash gives {@code valid: false} after the same work as a real check (an
 * unknown account answers as slowly as a wrong password); one whose cost is over the node's limits is refused
 * with a failure, never computed.
 */
final class VerifyHandler implements NodeHandler {
    private static final Map<String, Object> INVALID = result(false, false);

    private final ValueTemplate password;
    private final ValueTemplate hash;
    private final Argon2Cost cost;
    private final PasswordLimits limits;
    private final PasswordWorkers workers;

    VerifyHandler(
            ValueTemplate password,
            ValueTemplate hash,
            Argon2Cost cost,
            PasswordLimits limits,
            PasswordWorkers workers) {
        this.password = password;
        this.hash = hash;
        this.cost = cost;
        this.limits = limits;
        this.workers = workers;
    }

    @Override
    public NodeOutcome execute(NodeContext context) {
        Object candidate = context.evaluate(password);
        if (candidate instanceof String text) {
            context.sensitive(PasswordNode.PASSWORD, text);
        }
        String stored = context.evaluate(hash) instanceof String text ? text : null;
        if (stored != null) {
            context.sensitive(PasswordNode.HASH, stored);
        }
        byte[] bytes = Candidates.bytes(candidate, limits);
        if (bytes == null) {
            return NodeOutcome.next(INVALID);
        }
        try {
            Argon2Hash argon = Argon2Hash.parse(stored).orElse(null);
            if (argon != null) {
                if (!argon.within(limits)) {
                    return tooCostly("Argon2 memory at most " + limits.maxMemoryKib() + " KiB, "
                            + limits.maxIterations() + " passes, " + limits.maxParallelism() + " lanes and "
                            + limits.maxWorkKib() + " KiB of memory × passes");
                }
                boolean valid = run(() -> Hashes.matches(bytes, argon), context);
                return NodeOutcome.next(result(valid, valid && argon.below(cost)));
            }
            int bcrypt = Hashes.bcryptCost(stored);
            if (bcrypt > 0) {
                if (bcrypt > limits.maxBcryptCost()) {
                    return tooCostly("bcrypt cost at most " + limits.maxBcryptCost());
                }
                boolean valid = run(() -> Hashes.bcryptMatches(bytes, stored), context);
                return NodeOutcome.next(result(valid, valid));
            }
            run(
                    () -> {
                        Hashes.decoy(bytes, cost);
                        return false;
                    },
                    context);
            return NodeOutcome.next(INVALID);
        } catch (TimeoutException e) {
            return NodeOutcome.fail(ErrorCode.TIMEOUT, "the password was not checked within the execution's time");
        }
    }

    private boolean run(Callable<Boolean> check, NodeContext context) throws TimeoutException {
        return workers.run(check, context.remaining());
    }

    private static NodeOutcome tooCostly(String bounds) {
        return NodeOutcome.fail(
                ErrorCode.EXECUTION_FAILED,
                "the stored hash asks for more work than the password node allows (" + bounds + ")");
    }

    private static Map<String, Object> result(boolean valid, boolean needsRehash) {
        return Map.of("valid", valid, "needsRehash", needsRehash);
    }
}
