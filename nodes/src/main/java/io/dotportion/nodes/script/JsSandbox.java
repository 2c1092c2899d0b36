package io.dotportion.nodes.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Runs user JavaScript (GraalJS) locked down: one shared engine and a bounded pool of contexts under
 * {@code SandboxPolicy.CONSTRAINED}, with no host access or class lookup, no polyglot access, no IO,
 * threads, processes, native access or environment, no {@code load}, {@code print}, {@code Graal} or
 * {@code eval}/{@code Function(...)}. Thread-safe; every context serves one run at a time.
 *
 * <p>What is bounded:
 * <ul>
 * <li>wall time: each run stops at its time limit or the execution's remaining time, whichever is sooner
 *     (a watchdog thread cancels the context);</li>
 * <li>statements: {@link SandboxSettings#statementLimit()} per run (the context is then replaced);</li>
 * <li>result size: at most {@link SandboxSettings#maxResultChars()} characters of JSON and
 *     {@link io.dotportion.core.value.Json#MAX_DEPTH} levels of nesting;</li>
 * <li>error messages: cut at 300 characters, without Java stack traces or host frames;</li>
 * <li>contexts: at most {@link SandboxSettings#poolSize()} (plus one that only parses), so memory held
 *     by idle contexts is bounded.</li>
 * </ul>
 * Not bounded: the heap a single run allocates. The community edition has no heap limit, and the
 * options that cap string and typed-array lengths ({@code js.string-length-limit},
 * {@code js.max-typed-array-length}) are refused under the CONSTRAINED policy. A run that allocates
 * quickly is stopped by its time limit; one that exhausts the heap fails with a resource error and its
 * context is replaced.
 *
 * <p>Isolation between runs: contexts are reused by every workflow, so each context is hardened once
 * (see {@code sandbox-init.js}): all built-ins and the global object are frozen, and built-ins that carry
 * state from one run to the next (legacy {@code RegExp.$1}..., {@code FinalizationRegistry}) or that cannot
 * be frozen cheaply ({@code Intl.Segmenter}) are removed. Scripts still assign {@code toString},
 * {@code name}, {@code message} ... on their own objects (those built-in properties are accessors).
 * {@code console} exists and writes nowhere: its output is discarded, never reaching the server's output.
 */
public final class JsSandbox implements AutoCloseable {
    private final SandboxSettings settings;
    private final ContextFactory factory;
    private final ContextPool pool;
    private final ScriptParser parser;
    private final Watchdog watchdog;
    private final Failures failures;

    public JsSandbox(SandboxSettings settings) {
        this.settings = settings;
        this.factory = new ContextFactory(settings.statementLimit(), initScript());
        this.pool = new ContextPool(settings.poolSize(), factory::newSandboxContext);
        this.parser = new ScriptParser(factory::newContext);
        this.watchdog = new Watchdog();
        this.failures = new Failures(settings.statementLimit());
    }

    public SandboxSettings settings() {
        return settings;
    }

    /** The context pool's current use, for monitoring. */
    public SandboxUsage usage() {
        return pool.usage();
    }

    /**
     * Prepares {@code (function (<parameterNames>) { "use strict"; <body> })}. Checks the syntax now.
     *
     * @throws ScriptSyntaxException when the body does not compile, with the line and column in {@code body}
     */
    public PreparedScript prepare(String body, List<String> parameterNames) {
        var source = parser.function(body, parameterNames, body, 0);
        parser.guard(body, parameterNames);
        return new PreparedScript(source, parameterNames, ScriptSources.usage(body, parameterNames));
    }

    /** Prepares a function returning the value of one JavaScript expression. */
    public PreparedScript prepareExpression(String expression, List<String> parameterNames) {
        return expression(expression, "(", parameterNames);
    }

    /** Prepares a function returning the JavaScript truthiness of one expression, as a Boolean. */
    public PreparedScript prepareCondition(String expression, List<String> parameterNames) {
        return expression(expression, "!!(", parameterNames);
    }

    private PreparedScript expression(String expression, String open, List<String> parameterNames) {
        String body = ScriptSources.returning(open, expression, ")");
        var source = parser.function(body, parameterNames, expression, ("return " + open).length());
        parser.guard(ScriptSources.returning("[", expression, "]"), parameterNames);
        return new PreparedScript(source, parameterNames, ScriptSources.usage(expression, parameterNames));
    }

    /**
     * Runs a prepared script with one argument per parameter. Arguments are plain value trees (maps,
     * lists, strings, numbers, booleans, null) or {@link Undefined#VALUE}; the result is a fresh plain
     * value tree, or {@link Undefined#VALUE} when the script returned {@code undefined}.
     *
     * <p>The script's own clock starts once it has a context (waiting for one is bounded by the same
     * limit); the execution's deadline is absolute and counts from this call.
     *
     * @param timeLimit          the script's own wall-time limit
     * @param executionRemaining time left before the execution's deadline
     * @throws ScriptException when the script throws or passes a limit
     */
    public Object run(PreparedScript script, List<?> arguments, Duration timeLimit, Duration executionRemaining) {
        if (arguments.size() != script.parameters().size()) {
            throw new IllegalArgumentException("expected " + script.parameters().size() + " arguments, got "
                    + arguments.size());
        }
        long start = System.nanoTime();
        long limit = timeLimit.toNanos();
        long remaining = executionRemaining.toNanos();
        ValueCodec.Arguments encoded = ValueCodec.encode(arguments);
        SandboxContext context = acquire(start + Math.min(limit, remaining), remaining <= limit, timeLimit.toMillis());
        long left = remaining - (System.nanoTime() - start);
        boolean deadlineFirst = left < limit;
        boolean reusable = false;
        try {
            Watchdog.Timer timer = watchdog.start(context, Math.min(left, limit));
            RuntimeException failure = null;
            String json = null;
            try {
                json = context.call(script, encoded.json(), encoded.undefinedMask(), settings.maxResultChars());
            } catch (RuntimeException e) {
                failure = e;
            }
            if (!timer.stop()) {
                throw Failures.timeout(deadlineFirst, timeLimit.toMillis());
            }
            if (failure != null) {
                reusable = Failures.reusable(failure);
                throw failures.classify(failure);
            }
            reusable = true;
            return ValueCodec.decode(json);
        } finally {
            pool.release(context, reusable);
        }
    }

    private SandboxContext acquire(long deadline, boolean deadlineFirst, long limitMillis) {
        try {
            SandboxContext context = pool.acquire(deadline);
            if (context == null) {
                throw Failures.busy(deadlineFirst, limitMillis);
            }
            return context;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScriptException(ScriptException.Kind.DEADLINE, "the script was interrupted before it ran");
        }
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

    @Override
    public void close() {
        watchdog.close();
        pool.close();
        parser.close();
        factory.close();
    }
}
