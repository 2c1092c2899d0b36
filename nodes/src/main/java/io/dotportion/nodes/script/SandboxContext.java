package io.dotportion.nodes.script;

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
     * Runs the script on arguments given as JSON text ({@code undefinedMask} has a '1' for each argument
     * that is {@code undefined}). Returns the result as JSON text, or null when the script returned
     * {@code undefined}. Throws {@link org.graalvm.polyglot.PolyglotException} when the script fails.
     */
    String call(PreparedScript script, String arguments, String undefinedMask, int maxResultChars) {
        context.resetLimits();
        Value result = runner.execute(function(script), arguments, undefinedMask, maxResultChars);
        if (result.isString()) {
            return result.asString();
        }
        if (result.isNumber()) {
            throw new ScriptException(ScriptException.Kind.RESULT_TOO_LARGE, "script result is too large: "
                    + result.asLong() + " characters as JSON, the limit is " + maxResultChars);
        }
        return null;
    }

    private Value function(PreparedScript script) {
        Value function = functions.get(script);
        if (function == null) {
            function = context.eval(script.source());
            if (!function.canExecute()) {
                throw new ScriptException(ScriptException.Kind.SCRIPT_ERROR,
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
