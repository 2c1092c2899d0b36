package io.dotportion.nodes.script;

import io.dotportion.nodes.script.ScriptException.Kind;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns what a failed run threw into a {@link ScriptException} with a message safe for API callers. */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);
    private static final int MAX_MESSAGE = 300;

    private final long statementLimit;

    Failures(long statementLimit) {
        this.statementLimit = statementLimit;
    }

    /** A failure of a run that finished within its time ({@link #reusable} tells the pool what to do). */
    ScriptException classify(RuntimeException thrown) {
        if (thrown instanceof ScriptException known) {
            return known;
        }
        if (!(thrown instanceof PolyglotException e)) {
            LOG.warn("script sandbox failure: {}", thrown.getClass().getName());
            LOG.debug("script sandbox failure", thrown);
            return new ScriptException(Kind.SCRIPT_ERROR, "script error: the script could not run");
        }
        if (e.isResourceExhausted() && e.isCancelled()) {
            return new ScriptException(
                    Kind.STATEMENT_LIMIT, "script exceeded its limit of " + statementLimit + " statements");
        }
        if (e.isResourceExhausted()) {
            return new ScriptException(Kind.RESOURCES, "script ran out of memory or stack");
        }
        if (e.isGuestException() && !e.isCancelled() && !e.isInternalError()) {
            return new ScriptException(Kind.SCRIPT_ERROR, "script error: " + guestMessage(e));
        }
        if (e.isInternalError()) {
            LOG.warn("script engine internal error (context replaced)");
            LOG.debug("script engine internal error", e);
        }
        return new ScriptException(Kind.SCRIPT_ERROR, "script error: the script was stopped");
    }

    /** Whether the context may serve another run after this failure. */
    static boolean reusable(RuntimeException thrown) {
        if (thrown instanceof ScriptException) {
            return true;
        }
        return thrown instanceof PolyglotException e
                && e.isGuestException()
                && !e.isCancelled()
                && !e.isResourceExhausted()
                && !e.isInternalError()
                && !e.isExit();
    }

    static ScriptException timeout(boolean deadline, long limitMillis) {
        return deadline
                ? new ScriptException(Kind.DEADLINE, "the execution's time limit passed while the script was running")
                : new ScriptException(Kind.TIME_LIMIT, "script exceeded its " + limitMillis + " ms time limit");
    }

    static ScriptException allocation(long maxAllocation) {
        return new ScriptException(
                Kind.RESOURCES, "script allocated more than its limit of " + maxAllocation / (1024 * 1024) + " MiB");
    }

    static ScriptException heapFull() {
        return new ScriptException(
                Kind.RESOURCES,
                "script stopped: the server ran short of memory while this script allocated much of it");
    }

    static ScriptException waitedPastDeadline() {
        return new ScriptException(Kind.DEADLINE, "the execution's time limit passed while the script waited to run");
    }

    private static String guestMessage(PolyglotException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        if (message.isEmpty()) {
            message = "the script threw a value that is not an Error";
        }
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            SourceSection at = frame.getSourceLocation();
            if (frame.isGuestFrame()
                    && at != null
                    && at.isAvailable()
                    && ScriptParser.NAME.equals(at.getSource().getName())) {
                return message + " (line " + at.getStartLine() + ")";
            }
        }
        return message;
    }
}
