package io.dotportion.nodes.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Runs user JavaScript (GraalJS) locked down: one shared engine and a bounded pool of contexts with no
 * host access or class lookup, no polyglot access, no IO, threads, processes, native access or
 * environment, no {@code load}, {@code print}, {@code Graal} or {@code eval}/{@code Function(...)}.
 * Thread-safe: callers on any threads (virtual threads included) hand runs to
 * {@link SandboxSettings#poolSize()} platform worker threads, each using one context at a time.
 *
 * <p>What is bounded:
 * <ul>
 * <li>wall time: each run stops at its time limit or the execution's remaining time, whichever is sooner
 *     (a watchdog thread cancels the context); a run that does not stop within
 *     {@link SandboxSettings#cancelGrace()} is written off: answered at once, its context and worker
 *     replaced, its thread demoted to the lowest scheduling class (see {@link Watchdog}, {@link Workers});</li>
 * <li>memory: {@link SandboxSettings#maxAllocation()} bytes allocated per run (read from the worker
 *     thread's allocation counter), the biggest allocator stopped when the heap is nearly full of live
 *     data (see {@link HeapPressure}), and the longest string and typed array or ArrayBuffer one built-in
 *     call can make (see {@link ContextFactory});</li>
 * <li>statements: {@link SandboxSettings#statementLimit()} per run, counting the user's code only (the
 *     context is then replaced);</li>
 * <li>result size: at most {@link SandboxSettings#maxResultChars()} characters of JSON (escapes not
 *     counted) and
 *     {@link io.dotportion.core.value.Json#MAX_DEPTH} levels of nesting;</li>
 * <li>error messages: cut at 300 characters, without Java stack traces or host frames;</li>
 * <li>contexts: at most {@link SandboxSettings#poolSize()} (plus one that only parses), and at most
 *     {@link SandboxSettings#tenantRuns()} runs of one tenant at once;</li>
 * <li>code shape: a body is parsed on its own before it is wrapped (see {@link ScriptParser}).</li>
 * </ul>
 * The GraalJS engine is built when the first context is. With {@link SandboxSettings#prewarm()} a
 * background thread creates the contexts (from {@link #startPrewarm}, or the first prepared script) and
 * evaluates each prepared script into the idle ones (watched like a run), so the first runs after a start
 * or a deploy find them ready.
 *
 * <p>Isolation between runs: contexts are reused by every workflow, so each context is hardened once
 * (see {@code sandbox-init.js}): all built-ins and the global object are frozen, and built-ins that carry
 * state from one run to the next (legacy {@code RegExp.$1}..., {@code FinalizationRegistry}) or that cannot
 * be frozen cheaply ({@code Intl.Segmenter}) are removed. Scripts still assign {@code toString},
 * {@code name}, {@code message} ... on their own objects (those built-in properties are accessors).
 * {@code console} exists and writes nowhere: its output is discarded, never reaching the server's output.
 */
public final class JsSandbox implements AutoCloseable {
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    /** How long a worker waits for one context's close before it goes on without it. */
    private static final Duration CONTEXT_CLOSE_WAIT = Duration.ofSeconds(1);
    /** How many prepared scripts are remembered by their text, and how much text in all (see {@link PreparedScripts}). */
    static final int PREPARED_ENTRIES = 2_048;

    static final long PREPARED_CHARS = 4L * 1024 * 1024;

    private final SandboxSettings settings;
    private final ContextFactory factory;
    private final ContextPool pool;
    private final ScriptParser parser;
    private final Watchdog watchdog;
    private final Workers workers;
    private final Runs runs;
    private final Warmup warmup;
    private final TenantShares shares;
    private final ContextCloser closer = new ContextCloser(CONTEXT_CLOSE_WAIT);
    private final PreparedScripts prepared = new PreparedScripts(PREPARED_ENTRIES, PREPARED_CHARS);

    public JsSandbox(SandboxSettings settings) {
        this.settings = settings;
        this.factory = new ContextFactory(settings.statementLimit(), initScript());
        this.pool = new ContextPool(settings.poolSize(), factory::newSandboxContext, closer);
        this.parser = new ScriptParser(factory::newParserContext);
        this.watchdog = new Watchdog(settings.cancelGrace());
        this.workers = new Workers(settings.poolSize(), settings.poolSize());
        this.runs = new Runs(pool, watchdog, new Failures(settings.statementLimit()), settings);
        this.warmup = new Warmup(pool, watchdog, settings.maxAllocation());
        this.shares = new TenantShares(settings.tenantRuns());
    }

    /**
     * With {@link SandboxSettings#prewarm()}, starts creating the pool's contexts (and the engine) in the
     * background now; a server calls it once it listens, so its start does not wait for the engine. Without
     * it, the first prepared script fills the pool.
     */
    public void startPrewarm() {
        if (settings.prewarm()) {
            warmup.fillPool();
        }
    }

    public SandboxSettings settings() {
        return settings;
    }

    /** The context pool's current use, for monitoring. */
    public SandboxUsage usage() {
        return pool.usage(workers.stuckCount(), workers.maxStuck());
    }

    /**
     * Prepares {@code (function (<parameterNames>) { "use strict"; <body> })}. Checks the syntax now, unless the same
     * body with the same parameters was prepared lately: then it is that script again, already parsed and warm
     * ({@link PreparedScripts}).
     *
     * @throws ScriptSyntaxException when the body does not compile, with the line and column in {@code body}
     */
    public PreparedScript prepare(String body, List<String> parameterNames) {
        return prepared.get(PreparedScripts.Form.BODY, body, parameterNames, () -> {
            var source = parser.function(body, parameterNames, body, 0);
            return warmed(new PreparedScript(source, parameterNames, ScriptSources.usage(body, parameterNames)));
        });
    }

    /** Prepares a function returning the value of one JavaScript expression. */
    public PreparedScript prepareExpression(String expression, List<String> parameterNames) {
        return prepared.get(
                PreparedScripts.Form.EXPRESSION,
                expression,
                parameterNames,
                () -> expression(expression, "(", parameterNames));
    }

    /** Prepares a function returning the JavaScript truthiness of one expression, as a Boolean. */
    public PreparedScript prepareCondition(String expression, List<String> parameterNames) {
        return prepared.get(
                PreparedScripts.Form.CONDITION,
                expression,
                parameterNames,
                () -> expression(expression, "!!(", parameterNames));
    }

    private PreparedScript expression(String expression, String open, List<String> parameterNames) {
        String body = ScriptSources.returning(open, expression, ")");
        var source = parser.function(body, parameterNames, expression, ("return " + open).length());
        parser.guard(ScriptSources.returning("[", expression, "]"), parameterNames);
        return warmed(new PreparedScript(source, parameterNames, ScriptSources.usage(expression, parameterNames)));
    }

    /** With {@link SandboxSettings#prewarm()}, has the script evaluated into the idle contexts in the background. */
    private PreparedScript warmed(PreparedScript script) {
        if (settings.prewarm()) {
            warmup.load(script);
        }
        return script;
    }

    /**
     * Runs a prepared script with one argument per parameter. Arguments are plain value trees (maps,
     * lists, strings, numbers, booleans, null) or {@link Undefined#VALUE}; the result is a fresh plain
     * value tree, or {@link Undefined#VALUE} when the script returned {@code undefined}. The calling
     * thread waits while a worker thread runs the script.
     *
     * <p>The script's own clock starts once a worker has a context for it; waiting for a free worker and
     * context is bounded by the execution's deadline, which is absolute and counts from this call.
     *
     * @param timeLimit          the script's own wall-time limit
     * @param executionRemaining time left before the execution's deadline
     * @throws ScriptException when the script throws or passes a limit
     */
    public Object run(PreparedScript script, List<?> arguments, Duration timeLimit, Duration executionRemaining) {
        return run("", script, arguments, timeLimit, executionRemaining);
    }

    /**
     * {@link #run(PreparedScript, List, Duration, Duration)} for one tenant (a project): at most
     * {@link SandboxSettings#tenantRuns()} of its runs go at once, the others wait within their deadline.
     */
    public Object run(
            String tenant, PreparedScript script, List<?> arguments, Duration timeLimit, Duration executionRemaining) {
        if (arguments.size() != script.parameters().size()) {
            throw new IllegalArgumentException(
                    "expected " + script.parameters().size() + " arguments, got " + arguments.size());
        }
        long start = System.nanoTime();
        Tape encoded = ValueCodec.encode(arguments);
        RunBudget budget = new RunBudget(start, timeLimit, executionRemaining);
        Semaphore share = share(tenant, budget);
        Handoff handoff = new Handoff(h -> runs.execute(script, encoded, budget, h), share, pool, workers);
        try {
            workers.submit(handoff);
        } catch (RuntimeException e) {
            share.release();
            throw e;
        }
        long grace = settings.cancelGrace().toNanos();
        return handoff.await(budget.waitUntil() + grace, grace);
    }

    private Semaphore share(String tenant, RunBudget budget) {
        try {
            Semaphore share = shares.acquire(tenant, budget.waitUntil());
            if (share == null) {
                throw Failures.waitedPastDeadline();
            }
            return share;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptException(ScriptException.Kind.DEADLINE, "the script was interrupted before it ran");
        }
    }

    /** How many contexts are running a script right now. */
    int contextsInUse() {
        return pool.inUse();
    }

    /** How many idle contexts have {@code script} evaluated already (lends each idle context in turn). */
    int idleContextsWith(PreparedScript script) {
        int[] count = {0};
        pool.forEachIdle(context -> count[0] += context.loaded(script) ? 1 : 0);
        return count[0];
    }

    /** Waits for the background warm-up work submitted so far; false on timeout. */
    boolean awaitWarmup(Duration timeout) throws InterruptedException {
        return warmup.awaitQuiet(timeout);
    }

    /** How many contexts exist, idle or running. */
    int contextsAlive() {
        return pool.alive();
    }

    /** How many written-off contexts are held until their runs end. */
    int contextsWrittenOff() {
        return pool.writtenOff();
    }

    private static String initScript() {
        try (InputStream in = JsSandbox.class.getResourceAsStream("sandbox-init.js")) {
            if (in == null) {
                throw new IllegalStateException("sandbox-init.js is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the sandbox in a bounded time, also with a written-off run that never stops: contexts are closed
     * on helper threads ({@link ContextCloser}), each waited for at most {@link #CONTEXT_CLOSE_WAIT} and all at
     * most {@link #CLOSE_WAIT}, and the engine's close is bounded too ({@link ContextFactory#close}).
     */
    @Override
    public void close() {
        warmup.close();
        watchdog.close();
        workers.close();
        pool.close();
        closer.run(parser::close);
        closer.shutdown(CLOSE_WAIT);
        factory.close();
    }
}
