package io.dotportion.nodes.script;

/**
 * Script source that does not compile. {@link #getMessage()} is the parser's message for a person;
 * {@link #line()} and {@link #column()} are 1-based positions in the code as the user wrote it (0 when unknown).
 */
public final class ScriptSyntaxException extends RuntimeException {
    private final int line;
    private final int column;

    public ScriptSyntaxException(String message, int line, int column) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message with its position, like {@code Expected ; but found x (line 3, column 7)}. */
    public String describe() {
        return line > 0 ? getMessage() + " (line " + line + ", column " + column + ")" : getMessage();
    }
}
