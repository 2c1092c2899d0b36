package io.dotportion.nodes.script;

/**
 * One run on a worker thread: takes a context from the pool, runs the script under the watchdog, and
 * gives the context back (or has it replaced, when the run left it unusable or was written off).
 */
final class Runs {
    private final ContextPool pool;
    private final Watchdog watchdog;
    private final Failures failures;
    private final int maxResultChars;
    private final long maxAllocation;

    Runs(ContextPool pool, Watchdog watchdog, Failures failures, SandboxSettings settings) {
        this.pool = pool;
        this.watchdog = watchdog;
        this.failures = failures;
        this.maxResultChars = settings.maxResultChars();
        this.maxAllocation = settings.maxAllocation();
    }

    /** The result tree, or {@link Undefined#VALUE}; throws {@link ScriptException} on failure. */
    Object execute(PreparedScript script, Tape arguments, RunBudget budget, Handoff handoff) {
        SandboxContext context = acquire(budget);
        handoff.hold(context);
        long left = budget.remainingNanos();
        boolean deadlineFirst = left < budget.limitNanos();
        boolean reusable = false;
        try {
            long cap = allocationCap(maxAllocation, budget.limitNanos());
            Watchdog.Timer timer = watchdog.start(
                    context,
                    Math.min(left, budget.limitNanos()),
                    cap,
                    expired -> handoff.writeOff(stopped(expired, deadlineFirst, budget, cap)));
            RuntimeException failure = null;
            Object value = null;
            try {
                value = context.call(script, arguments, maxResultChars);
            } catch (RuntimeException e) {
                failure = e;
            }
            if (!timer.stop()) {
                throw stopped(timer, deadlineFirst, budget, cap);
            }
            if (failure != null) {
                reusable = Failures.reusable(failure);
                throw failures.classify(failure);
            }
            reusable = true;
            return value;
        } finally {
            handoff.giveBack(context, reusable);
        }
    }

    /**
     * The allocation backstop of one run: {@link SandboxSettings#maxAllocation} per started second of the
     * run's limit. Garbage counts, so a legitimate busy loop allocates in proportion to how long it may run;
     * what a run may keep is bounded by the heap-pressure check, not by this.
     */
    static long allocationCap(long perSecond, long limitNanos) {
        long seconds = Math.max(1, limitNanos / 1_000_000_000L + (limitNanos % 1_000_000_000L == 0 ? 0 : 1));
        return seconds > Long.MAX_VALUE / perSecond ? Long.MAX_VALUE : perSecond * seconds;
    }

    private ScriptException stopped(Watchdog.Timer timer, boolean deadlineFirst, RunBudget budget, long cap) {
        return switch (timer.reason()) {
            case MEMORY -> Failures.allocation(cap);
            case HEAP -> Failures.heapFull();
            case TIME -> Failures.timeout(deadlineFirst, budget.limitMillis());
        };
    }

    private SandboxContext acquire(RunBudget budget) {
        long deadline = budget.waitUntil();
        if (System.nanoTime() - deadline > 0) {
            throw Failures.waitedPastDeadline();
        }
        try {
            SandboxContext context = pool.acquire(deadline);
            if (context == null) {
                throw Failures.waitedPastDeadline();
            }
            return context;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptException(ScriptException.Kind.DEADLINE, "the script was interrupted before it ran");
        }
    }
}
