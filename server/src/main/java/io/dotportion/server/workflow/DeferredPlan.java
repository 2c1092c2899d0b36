package io.dotportion.server.workflow;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.mask.RequestMasking;
import io.dotportion.core.model.RoutePath;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The plan of a version restored at start-up, served before it is compiled: the route table needs only its
 * method and path; the compile (scripts' syntax checks and preparation included) runs once, on the
 * background preparer or on the first request that needs it, whichever comes first; the other waits for it.
 * A version that no longer compiles answers as an unserved path (404), as it did when start-up skipped it.
 */
final class DeferredPlan implements CompiledWorkflow {
    private final String method;
    private final RoutePath path;
    private final Supplier<CompiledWorkflow> compile;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile CompiledWorkflow plan;
    private volatile RuntimeException failure;

    DeferredPlan(String method, RoutePath path, Supplier<CompiledWorkflow> compile) {
        this.method = method;
        this.path = path;
        this.compile = compile;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public RoutePath path() {
        return path;
    }

    /** Compiles now unless done; true when the plan is ready, false when the version does not compile. */
    boolean prepare() {
        if (plan != null) {
            return true;
        }
        lock.lock();
        try {
            if (plan == null && failure == null) {
                try {
                    plan = compile.get();
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            return plan != null;
        } finally {
            lock.unlock();
        }
    }

    /** Why the compile failed; null unless {@link #prepare} returned false. */
    RuntimeException failure() {
        return failure;
    }

    @Override
    public ExecutionResult execute(ExecutionRequest request) {
        if (!prepare()) {
            throw new ApiException(ApiError.NOT_FOUND, "no deployed workflow serves this path");
        }
        return plan.execute(request);
    }

    /** The compiled plan's; the default until it is compiled (no run has a trace to mask before). */
    @Override
    public RequestMasking masking() {
        CompiledWorkflow compiled = plan;
        return compiled == null ? RequestMasking.DEFAULT : compiled.masking();
    }
}
