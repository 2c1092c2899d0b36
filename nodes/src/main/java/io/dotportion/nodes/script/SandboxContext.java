package io.dotportion.nodes.script;

import io.dotportion.core.value.Json;
import java.util.Map;
import java.util.WeakHashMap;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * One pooled context: used by one thread at a time, between {@link ContextPool#acquire} and
 * {@link ContextPool#release}. Keeps the function of each prepared script it has evaluated.
 */
final class SandboxContext {
    private final Context context;
    private final Value runner;
    private final Map<PreparedScript, Value> functions = new WeakHashMap<>();

    SandboxContext(Context context, Value runner) {
        this.context = context;
        this.runner = runner;
    }

    /**
     * Runs the script on arguments given as a tape. Returns the result as a fresh plain value tree, or
     * {@link Undefined#VALUE} when the script returned {@code undefined}. Throws
     * {@link org.graalvm.polyglot.PolyglotException} when the script fails, {@link ScriptException} when
     * its result is too large or too deeply nested.
     */
    Object call(PreparedScript script, Tape arguments, int maxResultChars) {
        context.resetLimits();
        // entered once for the call and the reads of its result, instead of once per polyglot call
        context.enter();
        try {
            return result(
                    runner.execute(function(script), arguments.kinds(), arguments, maxResultChars, Json.MAX_DEPTH),
                    maxResultChars);
        } finally {
            leave();
        }
    }

    private static Object result(Value result, int maxResultChars) {
        if (result.hasArrayElements()) {
            return ValueCodec.decode(result);
        }
        if (result.isNumber()) {
            if (result.asLong() < 0) {
                throw new ScriptException(
                        ScriptException.Kind.RESULT_TOO_LARGE,
                        "script result is nested more than " + Json.MAX_DEPTH + " levels deep");
            }
            throw new ScriptException(
                    ScriptException.Kind.RESULT_TOO_LARGE,
                    "script result is too large: more than " + maxResultChars + " characters as JSON");
        }
        return Undefined.VALUE;
    }

    private void leave() {
        try {
            context.leave();
        } catch (RuntimeException closed) {
            // cancelled meanwhile: the context is closed and no longer entered
        }
    }

    /** Evaluates the script into this context ahead of its first run (a no-op when already done). */
    void load(PreparedScript script) {
        function(script);
    }

    boolean loaded(PreparedScript script) {
        return functions.containsKey(script);
    }

    private Value function(PreparedScript script) {
        Value function = functions.get(script);
        if (function == null) {
            function = context.eval(script.source());
            if (!function.canExecute()) {
                throw new ScriptException(
                        ScriptException.Kind.SCRIPT_ERROR,
                        "script error: the code is not one function body (check its brackets)");
            }
            functions.put(script, function);
        }
        return function;
    }

    /** Stops a running script from another thread; the context cannot be used afterwards. */
    void cancel() {
        try {
            context.close(true);
        } catch (RuntimeException alreadyClosing) {
            // the context is gone either way
        }
    }

    void close() {
        cancel();
    }
}
