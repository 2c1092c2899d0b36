package io.dotportion.nodes.script;

/**
 * A script run that did not produce a result. The message is safe to show to an API caller: it holds the
 * script's own error message or names the limit that stopped it, never a Java stack trace or host detail.
 */
public final class ScriptException extends RuntimeException {

    /** Why the run failed. */
    public enum Kind {
        /** The script threw (or failed with a JavaScript error). */
        SCRIPT_ERROR,
        /** The script ran past its own wall-time limit. */
        TIME_LIMIT,
        /** The execution's overall deadline passed while the script ran or waited for a free context. */
        DEADLINE,
        /** The script executed more statements than allowed. */
        STATEMENT_LIMIT,
        /** The script exhausted memory or stack. */
        RESOURCES,
        /** The script's result is too large or too deeply nested. */
        RESULT_TOO_LARGE
    }

    private final Kind kind;

    public ScriptException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
