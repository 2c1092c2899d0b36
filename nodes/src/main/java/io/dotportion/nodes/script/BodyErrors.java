package io.dotportion.nodes.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions of syntax errors from the {@code Function} constructor, which reports them in its message
 * only ({@code "SyntaxError: <function>:1:0 Expected eof but found }"}), in the body's own lines and
 * 0-based columns.
 */
final class BodyErrors {
    private static final Pattern AT = Pattern.compile("<function>:(\\d+):(\\d+)");

    private BodyErrors() {}

    /** The error at its place in {@code userText}, which starts {@code firstLineShift} characters into the body. */
    static ScriptSyntaxException translate(String raw, int firstLineShift, String userText) {
        String first = raw == null ? "" : raw.lines().findFirst().orElse("");
        Matcher at = AT.matcher(first);
        int line = 0;
        int column = 0;
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2)) + 1;
        }
        if (line == 1) {
            column = Math.max(1, column - firstLineShift);
        }
        String[] lines = userText.split("\n", -1);
        if (line > lines.length) {
            line = lines.length;
            column = lines[lines.length - 1].length() + 1;
        }
        String message = ScriptParser.message(first.replace("<function>", "script"));
        if (message.startsWith("Expected eof")) {
            message = "the code is not one function body: it closes a bracket it did not open (" + message + ")";
        }
        return new ScriptSyntaxException(message, line, column);
    }
}
